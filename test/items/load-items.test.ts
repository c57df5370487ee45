import { describe, expect, it } from "vitest";
import { ItemsError } from "../../src/items/items-error";
import { loadItems } from "../../src/items/load-items";
import { site } from "../../src/site";
import { badItemFiles, itemFile, realItemFiles } from "../support/fixture-files";

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
    expect(problems(badItemFiles)).toEqual([
      'items/Not URL Safe.md → slug: the file name "Not URL Safe" is not URL-safe: rename the file (a-z, 0-9, hyphens) or set slug',
      'items/broken-yaml.md → front matter: YAML error on line 3: Missing closing "quote',
      "items/draft-yes.md → draft: expected true or false, got text",
      'items/duplicate-b.md → slug: "meme-slug" is already used by items/duplicate-a.md',
      "items/duplicate-key.md → front matter: YAML error on line 3: Map keys must be unique",
      "items/front-matter-list.md → front matter: must be a mapping of fields (name: value), got a list",
      "items/image-without-url.md → image.url: required (or set unavailable: true when the picture was not kept)",
      'items/impossible-date.md → date: not a date: "2017-13-45"',
      "items/missing-title.md → title: required",
      'items/no-front-matter.md → front matter: missing (the file must start with a line "---")',
      'items/no-time-zone.md → date: no time zone in "2017-11-08T10:00:00": add Z for UTC or an offset such as +01:00',
      'items/relative-source.md → source.url: not an absolute URL: "lecourrier.vn/page.html" (use https://… or a path starting with /)',
      'items/several-problems.md → language: not a BCP 47 language tag: "français" (e.g. fr, en-GB)',
      "items/several-problems.md → updated: is earlier than date",
      "items/several-problems.md → body: empty (write the article below the closing ---)",
      "items/typo-field.md → title: required",
      'items/typo-field.md → titel: unknown field (did you mean "title"?)',
      "items/wrong-types.md → title: must not be empty",
      "items/wrong-types.md → authors[0].name: required",
      "items/wrong-types.md → categories[1]: expected text, got a number",
    ]);
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

  it("loads the project's own items/", () => {
    const items = loadItems(realItemFiles, site);
    expect(items.length).toBe(realItemFiles.length);
  });
});
