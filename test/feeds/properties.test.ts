import { decodeHTML } from "entities";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText } from "../../src/text/clean-text";
import { oneLine } from "../../src/text/one-line";
import { site } from "../fixtures/site";
import { escapeHtml } from "../../src/text/escape-html";
import { all, one, parseXml } from "../support/parse-xml";
import { makeItem } from "../support/make-item";
import { renderAll } from "../support/render-all";

/** Pieces that have broken feeds, mixed into arbitrary Unicode. */
const PIECES = ["]]>", "<", ">", "&", "&amp;", "&#x26;", "'", '"', "\u0000", "\u0007", "\t", "\n", "\r", "\r\n", "\u0085", "\u007f",
  "\uFFFE", "\uD800", "\uDC00", "\u200F", "\u202E", "😀", "\uFDD0", "\uFDD1", "é", "ש", " "];
/** Any text an item can hold: the schema refuses text that is empty once cleaned and trimmed. */
const text = fc
  .oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...PIECES), minLength: 1, maxLength: 12 }),
    fc.string({ unit: fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 1 })), minLength: 1, maxLength: 30 }),
  )
  .filter((value) => cleanText(value).trim().length > 0);

const fields = fc.record({
  title: text,
  summary: text,
  body: text,
  category: text,
  author: text,
  credit: text,
  related: text,
  siteTitle: text,
  siteDescription: text,
  copyright: text,
});
type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;

function render(f: Fields) {
  const item = makeItem({
    title: f.title,
    summary: f.summary,
    categories: [f.category],
    authors: [{ name: f.author }, { name: "Second" }],
    credit: f.credit,
    related: [{ title: f.related }],
    html: `<p>${escapeHtml(f.body)}</p>\n`,
  });
  const settings = { ...site, title: f.siteTitle, description: f.siteDescription, copyright: f.copyright, author: { name: f.author } };
  return renderAll([item], settings);
}

/** What a name or a site title keeps: the text, less what XML forbids, on one line. */
const line = (value: string) => oneLine(cleanText(value));
const RUNS = { numRuns: 300 };

describe("arbitrary Unicode in every text field", () => {
  it("keeps RSS well-formed and every text as written, less what XML forbids", () => {
    fc.assert(
      fc.property(fields, (f) => {
        const channel = one(parseXml(render(f).rss), "channel");
        const item = one(channel, "item");
        expect(one(channel, "title").text).toBe(line(f.siteTitle));
        expect(one(channel, "description").text).toBe(cleanText(f.siteDescription));
        expect(one(channel, "copyright").text).toBe(cleanText(f.copyright));
        expect(one(item, "title").text).toBe(cleanText(f.title));
        expect(decodeHTML(one(item, "description").text)).toBe(cleanText(f.summary));
        expect(one(item, "category").text).toBe(cleanText(f.category));
        expect(all(item, "dc:creator").map((c) => c.text)).toEqual([line(f.author), "Second"]);
        const content = decodeHTML(one(item, "content:encoded").text);
        for (const value of [f.body, f.credit, f.related]) expect(content).toContain(cleanText(value));
      }),
      RUNS,
    );
  });

  it("keeps Atom well-formed and every text as written, less what XML forbids", () => {
    fc.assert(
      fc.property(fields, (f) => {
        const feed = parseXml(render(f).atom);
        const entry = one(feed, "entry");
        expect(one(feed, "title").text).toBe(line(f.siteTitle));
        expect(one(feed, "subtitle").text).toBe(cleanText(f.siteDescription));
        expect(one(feed, "rights").text).toBe(cleanText(f.copyright));
        // Text constructs of type text, whatever the text holds.
        expect([one(entry, "title").attributes.type, one(entry, "summary").attributes.type]).toEqual(["text", "text"]);
        expect(one(entry, "title").text).toBe(cleanText(f.title));
        expect(one(entry, "summary").text).toBe(cleanText(f.summary));
        expect(one(entry, "category").attributes.term).toBe(cleanText(f.category));
        expect(all(entry, "author").map((a) => one(a, "name").text)).toEqual([line(f.author), "Second"]);
        const content = decodeHTML(one(entry, "content").text);
        for (const value of [f.body, f.credit, f.related]) expect(content).toContain(cleanText(value));
      }),
      RUNS,
    );
  });

  it("keeps JSON Feed valid and every text as written, less what XML forbids", () => {
    fc.assert(
      fc.property(fields, (f) => {
        const json = JSON.parse(render(f).json);
        const item = json.items[0];
        expect([json.title, json.description, json.authors[0].name]).toEqual([
          line(f.siteTitle),
          cleanText(f.siteDescription),
          line(f.author),
        ]);
        expect([item.title, item.summary, item.tags[0], item.authors[0].name, item._feed_publisher.credit]).toEqual([
          cleanText(f.title),
          cleanText(f.summary),
          cleanText(f.category),
          line(f.author),
          cleanText(f.credit),
        ]);
        expect(decodeHTML(item.content_html)).toContain(cleanText(f.body));
      }),
      RUNS,
    );
  });
});
