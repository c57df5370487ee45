import { describe, expect, it } from "vitest";
import { archivePages } from "../../src/feeds/archive-pages";

/** Items 1…n, newest (n) first. */
const items = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe("archivePages", () => {
  it("keeps everything current until there are two full pages to archive", () => {
    for (const n of [0, 1, 19, 20, 39, 40, 59]) {
      const { current, pages } = archivePages(items(n), 20);
      expect(pages, `n = ${n}`).toEqual([]);
      expect(current).toEqual(items(n));
    }
  });

  it.each([60, 61, 79, 80, 99, 100, 1234])("puts each of %i items in exactly one document", (n) => {
    const { current, pages } = archivePages(items(n), 20);
    const seen = [...current, ...pages.flat()].sort((a, b) => a - b);
    expect(seen).toEqual(items(n).reverse());
    expect(current.length).toBeGreaterThanOrEqual(20);
    expect(current.length).toBeLessThan(40);
    expect(current[0]).toBe(n);
    for (const page of pages) expect(page).toHaveLength(20);
    // Page 1 is the oldest, each page newest first.
    expect(pages[0]).toEqual(items(20));
    expect(pages.at(-1)![0]! + 1).toBe(current.at(-1));
  });

  it("never changes a page once written, as items are added", () => {
    const before = archivePages(items(100), 20).pages;
    for (const n of [101, 119, 120, 140, 500]) {
      const after = archivePages(items(n), 20).pages;
      expect(after.slice(0, before.length)).toEqual(before);
    }
  });
});
