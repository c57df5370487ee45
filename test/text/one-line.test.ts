import { describe, expect, it } from "vitest";
import { oneLine } from "../../src/text/one-line";

describe("oneLine", () => {
  it("makes every run of white space one space, line breaks included", () => {
    expect(oneLine("A title written\non two lines")).toBe("A title written on two lines");
    expect(oneLine("  a\t\tb \r\n c\u2028d\u2029e\u0085f\v\fg  ")).toBe("a b c d e f g");
  });

  it("keeps no-break and other typographic spaces as written", () => {
    expect(oneLine("Syrie\u00a0: l’armée\u202fet\u2009le\u3000reste")).toBe("Syrie\u00a0: l’armée\u202fet\u2009le\u3000reste");
  });
});
