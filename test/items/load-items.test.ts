import { describe, expect, it } from "vitest";
import { ItemsError } from "../../src/items/items-error";
import { loadItems } from "../../src/items/load-items";
import { site } from "../fixtures/site";
import expectedLines from "../fixtures/items-bad.expected.txt?raw";
import { badItemFiles, itemFile, siteItemFiles } from "../support/fixture-files";

function problems(files: Parameters<typeof loadItems>[0]): string[] {
  try {
    loadItems(files, site);
  } catch (error) {
    if (error instanceof ItemsError) return error.lines;
    throw error;
  }
  throw new Error("loadItems accepted the files");
}

const good = (name: string, front: string, body = "Texte.") =>
  itemFile(name, `---\ntitle: Titre\ndate: 2017-11-08\n${front}---\n${body}\n`);

describe("loadItems", () => {
  it("names the file, the field and the fault, for every problem of every file at once", () => {
    // The corpus of broken items and its expected lines, one per problem (the
    // command-line build is held to the same lines in test/node/build.test.ts).
    // The file that is not UTF-8 is left out here: Vite reads fixtures as text.
    const expected = expectedLines.trimEnd().split("\n").filter((line) => !line.startsWith("items/not-utf8.md"));
    expect(problems(badItemFiles.filter((f) => f.path !== "items/not-utf8.md"))).toEqual(expected);
  });

  it("refuses the whole set when one file is bad, with its problem in the error message", () => {
    const files = [good("a.md", ""), itemFile("b.md", "---\ntitle: B\ndate: 2017-02-30\n---\nx\n")];
    expect(() => loadItems(files, site)).toThrow(
      new ItemsError(['items/b.md → date: not a date: "2017-02-30"']),
    );
    expect(() => loadItems(files, site)).toThrow('1 problem in items:\nitems/b.md → date: not a date: "2017-02-30"');
  });

  it("refuses a file that is not Markdown", () => {
    expect(problems([itemFile("notes.txt", "hello")])).toEqual([
      "items/notes.txt → file: not an item (items are Markdown files ending in .md)",
    ]);
  });

  it("refuses two items with the same id, set by hand", () => {
    const files = [good("a.md", "id: tag:example.org,2026:x\n"), good("b.md", "id: tag:example.org,2026:x\n")];
    expect(problems(files)).toEqual(['items/b.md → id: "tag:example.org,2026:x" is already used by items/a.md']);
  });

  it("refuses two spellings of a category or author that would share one page", () => {
    const files = [
      good("a.md", "categories: [Météo]\nauthors: [{ name: Zoë Durand }]\n"),
      good("b.md", "categories: [Meteo, Météo]\nauthors: [{ name: Zoe Durand }]\n"),
    ];
    expect(problems(files)).toEqual([
      'items/b.md → categories: "Meteo" and "Météo" (items/a.md) would share one page: spell them the same',
      'items/b.md → authors: "Zoe Durand" and "Zoë Durand" (items/a.md) would share one page: spell them the same',
    ]);
  });

  it("leaves drafts out, newest first, and sorts same-day items by slug", () => {
    const items = loadItems(
      [
        good("c.md", ""),
        good("b.md", ""),
        itemFile("new.md", "---\ntitle: N\ndate: 2019-05-01T08:00:00+02:00\n---\nx\n"),
        itemFile("draft.md", "---\ntitle: D\ndate: 2020-01-01\ndraft: true\n---\nx\n"),
        itemFile("old.md", "---\ntitle: O\ndate: 2016-01-01\n---\nx\n"),
      ],
      site,
    );
    expect(items.map((i) => [i.slug, i.date])).toEqual([
      ["new", "2019-05-01T06:00:00.000Z"],
      ["b", "2017-11-08T12:00:00.000Z"],
      ["c", "2017-11-08T12:00:00.000Z"],
      ["old", "2016-01-01T12:00:00.000Z"],
    ]);
  });

  it("loads the fixture site, its draft left out", () => {
    const items = loadItems(siteItemFiles, site);
    expect(items.map((i) => i.file).sort()).toEqual(siteItemFiles.map((f) => f.path).filter((p) => !p.endsWith("/brouillon.md")).sort());
  });
});
