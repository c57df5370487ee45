import { describe, expect, it } from "vitest";
import { parseItem } from "../../src/items/parse-item";
import { site } from "../fixtures/site";

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (front: string, body = "Texte.", name = "exemple.md") =>
  parseItem(`items/${name}`, bytes(`---\ntitle: Titre\ndate: 2017-11-08\n${front}---\n${body}\n`), site);
const item = (front: string, body?: string, name?: string) => {
  const parsed = parse(front, body, name);
  if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
  return parsed.item;
};

describe("parseItem", () => {
  it("makes the slug from the file name, the id a tag URI, and the language the site's", () => {
    expect(item("", undefined, "boukamal-encerclee.md")).toMatchObject({
      slug: "boukamal-encerclee",
      id: "tag:tests.example,2026:boukamal-encerclee",
      language: "fr",
    });
  });

  it("takes slug and id from the file when given, so a renamed item keeps its id", () => {
    expect(item("slug: nouveau-nom\nid: tag:feeds.example.org,2026:ancien-nom\n")).toMatchObject({
      slug: "nouveau-nom",
      id: "tag:feeds.example.org,2026:ancien-nom",
    });
  });

  it("takes the start of the first paragraph as summary when there is none", () => {
    expect(item("", "Premier *paragraphe* & suite.\n\nSecond.").summary).toBe("Premier paragraphe & suite.");
    const long = `${"mot ".repeat(100)}fin`;
    const summary = item("", long).summary;
    expect(summary.length).toBeLessThanOrEqual(301);
    expect(summary).toMatch(/^mot mot .* mot…$/);
  });

  it("keeps the author's quotes and dashes: no smart typography", () => {
    expect(item("", `"Guillemets" droits, l'apostrophe -- et --- tirets...`).html).toBe(
      "<p>&quot;Guillemets&quot; droits, l&#39;apostrophe -- et --- tirets...</p>\n",
    );
  });

  it("shows raw HTML as text: no script, style or handler reaches a feed", () => {
    const html = item("", '<script>alert(1)</script>\n\nTexte <img src=x onerror="alert(2)"> fin.').html;
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toBe(
      "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n<p>Texte &lt;img src=x onerror=&quot;alert(2)&quot;&gt; fin.</p>\n",
    );
  });

  it("keeps http(s) and mailto links, drops javascript:, and resolves relative ones from the site root", () => {
    const html = item("", "[a](javascript:alert(1)) [b](photo.jpg) [c](/x?a=1&b=2) [d](mailto:r@example.org) ![e](../i.png)").html;
    expect(html).toBe(
      '<p>a <a href="/articles/photo.jpg">b</a> <a href="/x?a=1&amp;b=2">c</a> <a href="mailto:r@example.org">d</a> <img src="/i.png" alt="e"></p>\n',
    );
  });

  it("writes entity references as the characters they name, in the page, the feeds and the summary alike", () => {
    const parsed = item("", "A &ge; B, &af;x, AT&T; \\&ge; `&ge;` &#1;z &foo;.");
    expect(parsed.html).toBe("<p>A ≥ B, \u2061x, AT&amp;T; &amp;ge; <code>&amp;ge;</code> z &amp;foo;.</p>\n");
    expect(parsed.summary).toBe("A ≥ B, \u2061x, AT&T; &ge; &ge; z &foo;.");
  });

  it("keeps links on the site: a path that would lead to another host is no link", () => {
    expect(item("", "[a](/.//evil.example/x) [b](/ok)").html).toBe('<p>a <a href="/ok">b</a></p>\n');
  });

  it("renders GFM tables and footnotes, the footnotes headed in the item's language", () => {
    const html = item("language: en\n", "| a | b |\n|---|---|\n| 1 | 2 |\n\nText[^1].\n\n[^1]: A note.", "notes.md").html;
    expect(html).toContain("<table>\n<thead>\n<tr>\n<th>a</th>");
    expect(html).toContain('<sup><a id="footnote-ref-1" href="/articles/notes#footnote-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup>');
    expect(html).toContain('<h2 id="footnote-label">Notes</h2>');
    expect(html).toContain('<a href="/articles/notes#footnote-ref-1" data-footnote-backref aria-label="Back to reference 1">↩</a>');
  });

  it("writes titles, names and categories on one line", () => {
    const text = '---\ntitle: "A title written\\non two lines"\ndate: 2017-11-08\nauthors: [{ name: "Jane\\t\\tDoe" }]\ncategories: ["Monde\\n arabe"]\n---\nTexte.\n';
    const parsed = parseItem("items/lines.md", bytes(text), site);
    expect(parsed.ok && [parsed.item.title, parsed.item.authors[0]!.name, parsed.item.categories[0]]).toEqual([
      "A title written on two lines",
      "Jane Doe",
      "Monde arabe",
    ]);
  });

  it("reads CRLF line ends and a byte-order mark like plain files", () => {
    const text = "\uFEFF---\r\ntitle: Titre\r\ndate: 2017-11-08\r\n---\r\nTexte.\r\n";
    const parsed = parseItem("items/crlf.md", bytes(text), site);
    expect(parsed.ok && parsed.item.html).toBe("<p>Texte.</p>\n");
  });

  it("normalises URLs, so every format writes the same string", () => {
    expect(item("source:\n  name: S\n  url: HTTPS://Example.org/a b\n").source).toEqual({
      name: "S",
      url: "https://example.org/a%20b",
    });
  });

  it("refuses an image whose type cannot be told from its URL", () => {
    expect(parse("image:\n  url: https://cdn.example.org/photo\n")).toEqual({
      ok: false,
      problems: ["image.type: required: the URL does not end in .jpg, .png, .gif, .webp, .avif or .svg"],
    });
  });

  it("refuses a file that is not UTF-8 and one over 256 KiB", () => {
    expect(parseItem("items/latin1.md", new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]), site)).toEqual({
      ok: false,
      problems: ["file: not UTF-8 text (save it as UTF-8)"],
    });
    expect(parseItem("items/huge.md", new Uint8Array(256 * 1024 + 1), site)).toEqual({
      ok: false,
      problems: ["file: 262145 bytes, over the limit of 262144 bytes (256 KiB)"],
    });
  });
});
