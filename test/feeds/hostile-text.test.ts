import { decodeHTML } from "entities";
import { describe, expect, it } from "vitest";
import { loadItems } from "../../src/items/load-items";
import { escapeHtml } from "../../src/text/escape-html";
import { site } from "../fixtures/site";
import { siteItemFiles } from "../support/fixture-files";
import { all, one, parseXml, type XmlElement } from "../support/parse-xml";
import { makeItem } from "../support/make-item";
import { BASE, renderAll } from "../support/render-all";
import { unsafeMarkup } from "../support/unsafe-markup";

/** Everything that breaks feeds: CDATA ends twice, markup, controls, entities, emoji, bidi marks, a slot marker. */
const HOSTILE =
  "A & B <script>alert('x')</script> ]]> puis ]]> \u0001\u0008\u000B\u001F\uFFFE fin 😀 \u200F שלום \u202E &amp; &lt; \"q\" \uFDD0 0\uFDD1 \uD800x";
/** What survives: XML 1.0 forbids the controls, U+FFFE and the lone surrogate; U+FDD0 is reserved. */
const KEPT = "A & B <script>alert('x')</script> ]]> puis ]]>  fin 😀 \u200F שלום \u202E &amp; &lt; \"q\"  0 x";
/** What a name or a title keeps: the same on one line, runs of white space as one space. */
const KEPT_LINE = "A & B <script>alert('x')</script> ]]> puis ]]> fin 😀 \u200F שלום \u202E &amp; &lt; \"q\" 0 x";

const hostileItem = () =>
  makeItem({
    title: HOSTILE,
    summary: HOSTILE,
    categories: [HOSTILE],
    authors: [{ name: HOSTILE, email: "a&b@example.org" }, { name: HOSTILE }],
    credit: HOSTILE,
    source: { name: HOSTILE, url: "https://example.org/?a=1&b=<2>" },
    related: [{ title: HOSTILE }],
    html: `<p>${escapeHtml(HOSTILE)}</p>\n<pre>]]> ]]&gt; ]]></pre>`,
  });
const hostileSite = { ...site, title: HOSTILE, description: HOSTILE, copyright: HOSTILE, author: { name: HOSTILE } };

function elementNames(element: XmlElement): string[] {
  return [element.name, ...element.children.flatMap(elementNames)];
}

describe("hostile text", () => {
  it("leaves RSS well-formed with every text intact", () => {
    const { rss, doc } = renderAll([hostileItem()], hostileSite);
    const channel = one(parseXml(rss), "channel");
    expect(one(channel, "title").text).toBe(KEPT_LINE);
    expect(one(channel, "description").text).toBe(KEPT);
    expect(one(channel, "copyright").text).toBe(KEPT);
    const item = one(channel, "item");
    expect(one(item, "title").text).toBe(KEPT);
    expect(decodeHTML(one(item, "description").text)).toBe(KEPT);
    expect(one(item, "category").text).toBe(KEPT);
    expect(all(item, "dc:creator").map((c) => c.text)).toEqual([KEPT_LINE, KEPT_LINE]);
    expect(one(item, "content:encoded").text).toBe(doc.entries[0]!.html);
    expect(doc.entries[0]!.html).toContain(`<p>${escapeHtml(KEPT)}</p>\n<pre>]]> ]]&gt; ]]></pre>`);
    expect(elementNames(parseXml(rss))).not.toContain("script");
  });

  it("leaves Atom well-formed with every text intact, titles read as text", () => {
    const { atom, doc } = renderAll([hostileItem()], hostileSite);
    const root = parseXml(atom);
    expect(one(root, "title").text).toBe(KEPT_LINE);
    expect(one(root, "subtitle").text).toBe(KEPT);
    expect(one(one(root, "author"), "name").text).toBe(KEPT_LINE);
    const entry = one(root, "entry");
    // Text constructs of type text, even holding an HTML end tag: what a reader shows is the text.
    expect([one(entry, "title").attributes.type, one(entry, "summary").attributes.type]).toEqual(["text", "text"]);
    expect(one(entry, "title").text).toBe(KEPT);
    expect(one(entry, "summary").text).toBe(KEPT);
    expect(one(entry, "content").text).toBe(doc.entries[0]!.html);
    expect(one(entry, "category").attributes.term).toBe(KEPT);
    expect(all(entry, "author").map((a) => one(a, "name").text)).toEqual([KEPT_LINE, KEPT_LINE]);
    const via = all(entry, "link").find((l) => l.attributes.rel === "via")!;
    expect(via.attributes).toEqual({ rel: "via", href: "https://example.org/?a=1&b=<2>", title: KEPT });
    expect(elementNames(root)).not.toContain("script");
  });

  it("leaves JSON Feed valid with every text intact", () => {
    const { json, doc } = renderAll([hostileItem()], hostileSite);
    const feed = JSON.parse(json);
    expect([feed.title, feed.description, feed.authors[0].name]).toEqual([KEPT_LINE, KEPT, KEPT_LINE]);
    const [item] = feed.items;
    expect([item.title, item.summary, item.tags[0], item.authors[1].name, item._feed_publisher.credit]).toEqual([
      KEPT,
      KEPT,
      KEPT,
      KEPT_LINE,
      KEPT,
    ]);
    expect(item.content_html).toBe(doc.entries[0]!.html);
  });
});

describe("footnote labels that are markup (test/fixtures/items/hostile-footnotes.md)", () => {
  const item = loadItems(siteItemFiles, site).find((i) => i.slug === "hostile-footnotes")!;
  const page = `${BASE}/articles/hostile-footnotes`;

  /** The five notes' HTML as a reader gets it: marks numbered 1 to 5 on the page's address, nothing a label wrote. */
  function expectInertNotes(html: string) {
    expect(unsafeMarkup(html)).toEqual([]);
    expect(html).not.toMatch(/alert|onmouseover|FN\d/);
    const marks = [...html.matchAll(/<a id="footnote-ref-(\d)(-2)?" href="([^"]*)" data-footnote-ref aria-describedby="footnote-label">(\d)<\/a>/g)];
    expect(marks.map((m) => [m[1], m[2] ?? "", m[3], m[4]])).toEqual([
      ...["1", "2", "3", "4", "5"].map((n) => [n, "", `${page}#footnote-${n}`, n]),
      ["1", "-2", `${page}#footnote-1`, "1"],
    ]);
    expect([...html.matchAll(/<li id="(footnote-\d)">/g)].map((m) => m[1])).toEqual(["footnote-1", "footnote-2", "footnote-3", "footnote-4", "footnote-5"]);
    expect(html).toContain(`<a href="${page}#footnote-ref-1-2" data-footnote-backref aria-label="Back to reference 1">↩<sup>2</sup></a>`);
  }

  it("reach RSS content:encoded inert", () => {
    const { rss } = renderAll([item]);
    expectInertNotes(one(one(one(parseXml(rss), "channel"), "item"), "content:encoded").text);
  });

  it("reach Atom content inert", () => {
    const { atom } = renderAll([item]);
    expectInertNotes(one(one(parseXml(atom), "entry"), "content").text);
  });

  it("reach JSON Feed content_html inert", () => {
    const { json } = renderAll([item]);
    expectInertNotes(JSON.parse(json).items[0].content_html);
  });
});
