import { describe, expect, it } from "vitest";
import { printable } from "../../src/text/printable";

describe("printable", () => {
  it("writes controls, separators and bidirectional marks as escapes", () => {
    expect(printable("a\u001b[2Jb\nc\rd\te\u007ff\u0085g")).toBe("a\\x1b[2Jb\\x0ac\\x0dd\\x09e\\x7ff\\x85g");
    expect(printable("x\u2028y\u202ez\u2066w\u200fv\ufeff")).toBe("x\\u2028y\\u202ez\\u2066w\\u200fv\\ufeff");
  });

  it("leaves letters, accents, emoji and other scripts as they are", () => {
    expect(printable("items/météo-🎉-עברית.md → title: « ok »")).toBe("items/météo-🎉-עברית.md → title: « ok »");
  });
});
