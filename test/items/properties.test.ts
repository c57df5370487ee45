import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseItem } from "../../src/items/parse-item";
import { site } from "../../src/site";
import { cleanText } from "../../src/text/clean-text";
import { htmlText } from "../support/html-text";

const text = fc
  .oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
    fc.string({ unit: fc.constantFrom("]]>", "<b>", "&amp;", "\u0001", "\r", "\u2028", "😀", "\u200F", ":", "#", "- ", "'"), maxLength: 10 }),
  )
  .filter((value) => cleanText(value).trim().length > 0);
/** Body text without Markdown syntax, so that it must come out as it went in. */
const plainBody = fc.string({ unit: fc.constantFrom(..."abcdefghij éàü ЖШ עב 中文 😀,.;?!'\"&<@%$€"), minLength: 1, maxLength: 80 });

describe("items with arbitrary text (the build)", () => {
  it("parse every text field back as written, less what XML forbids, or say what is wrong", () => {
    fc.assert(
      fc.property(text, text, text, text, text, text, plainBody, (title, summary, category, author, credit, related, body) => {
        // JSON strings are YAML double-quoted scalars, escapes included.
        const q = (value: string) => JSON.stringify(value);
        const file = `---\ntitle: ${q(title)}\ndate: 2017-11-08\nsummary: ${q(summary)}\ncategories: [${q(category)}]\nauthors: [{ name: ${q(author)} }]\ncredit: ${q(credit)}\nrelated: [{ title: ${q(related)} }]\n---\n${body}\n`;
        const parsed = parseItem("items/x.md", new TextEncoder().encode(file), site);
        const clean = (value: string) => cleanText(value).trim();
        if (!body.trim()) {
          expect(parsed).toEqual({ ok: false, problems: ["body: empty (write the article below the closing ---)"] });
          return;
        }
        expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
        if (!parsed.ok) return;
        const { item } = parsed;
        expect([item.title, item.summary, item.categories[0], item.authors[0]!.name, item.credit, item.related[0]!.title]).toEqual(
          [title, summary, category, author, credit, related].map(clean),
        );
        expect(htmlText(item.html).trim()).toBe(body.trim());
      }),
      { numRuns: 300 },
    );
  });
});
