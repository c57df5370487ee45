import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseItem } from "../../src/items/parse-item";
import { site } from "../fixtures/site";
import { cleanText } from "../../src/text/clean-text";
import { oneLine } from "../../src/text/one-line";
import { htmlText } from "../support/html-text";
import { unsafeMarkup } from "../support/unsafe-markup";

const text = fc
  .oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
    fc.string({ unit: fc.constantFrom("]]>", "<b>", "&amp;", "\u0001", "\r", "\u2028", "😀", "\u200F", ":", "#", "- ", "'"), maxLength: 10 }),
  )
  .filter((value) => cleanText(value).trim().length > 0);
/**
 * Body text as [written, shown]: characters without Markdown meaning, which must
 * come out as they went in, and entity references, which CommonMark (§2.5) reads
 * as the character they name (`&af;` is U+2061), among ampersands that are none.
 * "<" comes with a space: followed by "?", "!" or a letter it starts raw HTML,
 * shown as written, entities and all (seed 1419200179: "<?&af;").
 */
const plainBody = fc
  .array(
    fc.oneof(
      fc.constantFrom(..."abcdefghij éàü ЖШ עב 中文 😀,.;?!'\"@%$€", "< ").map((c) => [c, c] as const),
      fc.constantFrom(
        ["&af;", "\u2061"],
        ["&ge;", "≥"],
        ["&amp;", "&"],
        ["&#38;", "&"],
        ["&#x2265;", "≥"],
        ["&eacute;", "é"],
        ["& ", "& "],
        ["AT&T", "AT&T"],
        ["&foo;", "&foo;"],
      ),
    ),
    { minLength: 1, maxLength: 60 },
  )
  // A letter first: four spaces at the start of a line would begin a code block.
  .map((parts) => ({ written: `x${parts.map(([w]) => w).join("")}`, shown: `x${parts.map(([, s]) => s).join("")}` }));

describe("items with arbitrary text (the build)", () => {
  it("parse every text field back as written, less what XML forbids, or say what is wrong", () => {
    fc.assert(
      fc.property(text, text, text, text, text, text, plainBody, (title, summary, category, author, credit, related, body) => {
        // JSON strings are YAML double-quoted scalars, escapes included.
        const q = (value: string) => JSON.stringify(value);
        const file = `---\ntitle: ${q(title)}\ndate: 2017-11-08\nsummary: ${q(summary)}\ncategories: [${q(category)}]\nauthors: [{ name: ${q(author)} }]\ncredit: ${q(credit)}\nrelated: [{ title: ${q(related)} }]\n---\n${body.written}\n`;
        const parsed = parseItem("items/x.md", new TextEncoder().encode(file), site);
        const clean = (value: string) => cleanText(value).trim();
        const line = (value: string) => oneLine(cleanText(value));
        if (!body.written.trim()) {
          expect(parsed).toEqual({ ok: false, problems: ["body: empty (write the article below the closing ---)"] });
          return;
        }
        expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
        if (!parsed.ok) return;
        const { item } = parsed;
        // Titles and names on one line; the summary as written.
        expect([item.title, item.categories[0], item.authors[0]!.name, item.credit, item.related[0]!.title]).toEqual(
          [title, category, author, credit, related].map(line),
        );
        expect(item.summary).toBe(clean(summary));
        expect(htmlText(item.html).trim()).toBe(body.shown.trim());
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Footnote labels: what breaks out of an attribute or a replacement string
 * (quotes, brackets, `$&`, `$'`), and any character at all, lone surrogates
 * among them (which `encodeURIComponent` refuses). No `]` or line break: either
 * ends a label.
 */
const markupLabel = fc.string({ unit: fc.constantFrom(..."\"'<>=&$`/ ab:;()!#*_", "$&", "$'", "<script>", "onerror="), minLength: 1, maxLength: 30 });
const anyLabel = fc.string({ unit: "binary", minLength: 1, maxLength: 30 }).filter((label) => !/[\]\n\r]/.test(label));

describe("footnotes with arbitrary labels", () => {
  const page = (label: string) =>
    parseItem("items/notes.md", new TextEncoder().encode(`---\ntitle: Notes\ndate: 2017-11-08\n---\nA call[^${label}] and again[^${label}].\n\n[^${label}]: The note.\n`), site);
  /** Every id and fragment a footnote may write: numbers, never a label. */
  const ids = (html: string) => [...html.matchAll(/ (?:id|href)="([^"]*)"/g)].map((m) => m[1]!.replace(/^\/articles\/notes#/, ""));

  it("write a label that is markup as a numbered note, nothing of the label written", () => {
    fc.assert(
      fc.property(markupLabel, (label) => {
        const parsed = page(label);
        expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
        if (!parsed.ok) return;
        const { html } = parsed.item;
        expect(unsafeMarkup(html)).toEqual([]);
        // The note is numbered and its label written nowhere: not in an id, a link or the text.
        expect(ids(html)).toEqual(["footnote-ref-1", "footnote-1", "footnote-ref-1-2", "footnote-1", "footnote-label", "footnote-1", "footnote-ref-1", "footnote-ref-1-2"]);
        expect(htmlText(html).replace(/\s+/g, " ").trim()).toBe("A call1 and again1. Notes The note. ↩ ↩2");
      }),
      { numRuns: 300 },
    );
  });

  it("publish any label, lone surrogates included, and write nothing that runs", () => {
    fc.assert(
      fc.property(anyLabel, (label) => {
        const parsed = page(label);
        expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
        if (!parsed.ok) return;
        expect(unsafeMarkup(parsed.item.html)).toEqual([]);
        for (const id of ids(parsed.item.html)) expect(id).toMatch(/^footnote-(?:label|\d+|ref-\d+(?:-\d+)?)$/);
      }),
      { numRuns: 300 },
    );
  });
});
