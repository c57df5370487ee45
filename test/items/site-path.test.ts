import { describe, expect, it } from "vitest";
import { sitePath } from "../../src/items/site-path";

describe("sitePath", () => {
  it("writes a path from the site root in its normal form", () => {
    expect(sitePath("/a/./b/../c?x=1#y")).toBe("/a/c?x=1#y");
    expect(sitePath("/media/photo de moi.jpg")).toBe("/media/photo%20de%20moi.jpg");
  });

  it("refuses a path that a browser would read as another host", () => {
    for (const path of ["/.//evil.example/x", "/..//evil.example", "/a/../..//evil.example", "/.%2F/evil.example"]) {
      const result = sitePath(path);
      expect(result === undefined || !result.startsWith("//"), path).toBe(true);
    }
    expect(sitePath("/.//evil.example/x")).toBeUndefined();
  });
});
