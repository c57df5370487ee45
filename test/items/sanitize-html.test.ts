import { describe, expect, it } from "vitest";
import { parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { renderMarkdown } from "../../src/items/render-markdown";
import { sanitizeHtml } from "../../src/items/sanitize-html";

const clean = (html: string) => sanitizeHtml(html, "/articles/x");

describe("sanitizeHtml", () => {
  it("keeps what Markdown produces, spelled as Markdown spells it", () => {
    expect(clean('<h2>Titre</h2><p>Un <b>gras</b>, <i>italique</i>, <s>barré</s>, <code>a&lt;b</code>, <a href="https://example.org/a?b=1&amp;c=2" title="t">lien</a>.</p>')).toBe(
      '<h2>Titre</h2><p>Un <strong>gras</strong>, <em>italique</em>, <del>barré</del>, <code>a&lt;b</code>, <a href="https://example.org/a?b=1&amp;c=2" title="t">lien</a>.</p>\n',
    );
    expect(clean('<ol start="3"><li>a</li></ol><blockquote><p>q</p></blockquote><table><tr><th align="center">h</th></tr></table><img src="p.jpg" alt="photo">')).toBe(
      '<ol start="3"><li>a</li></ol><blockquote><p>q</p></blockquote><table><tbody><tr><th align="center">h</th></tr></tbody></table><img src="/articles/p.jpg" alt="photo">\n',
    );
  });

  it("drops scripts, styles, frames and their content, every handler and style, and unsafe addresses", () => {
    expect(
      clean(
        '<p onmouseover="x()" style="color:red" class="c">a<script>alert(1)</script><style>p{}</style><iframe src="https://x">f</iframe><svg><script>alert(2)</script></svg>' +
          '<a href="javascript:alert(3)">j</a><a href="data:text/html,x">d</a><a href="/.//evil.example">e</a><img src="javascript:alert(4)" alt="alt"><img src="x" onerror="alert(5)"></p>',
      ),
    ).toBe('<p>ajdealt<img src="/articles/x"></p>\n');
  });

  it("keeps the text of elements it drops the tags of, and writes well-formed HTML from broken", () => {
    expect(clean("<div><span>texte</span> <font color=red>rouge</font></div><p>ouvert <b>gras")).toBe("texte rouge<p>ouvert <strong>gras</strong></p>\n");
    expect(clean("<!-- commentaire --><p>a &amp; b &lt;c&gt; &eacute;</p>")).toBe("<p>a &amp; b &lt;c&gt; é</p>\n");
  });
});

/** Each element of a fragment with its attributes, in document order: `a href="…" id="…"`. */
function elements(html: string): string[] {
  const found: string[] = [];
  const visit = (nodes: readonly DefaultTreeAdapterMap["childNode"][]) => {
    for (const node of nodes) {
      if (!("tagName" in node)) continue;
      found.push([node.tagName, ...node.attrs.map((a) => `${a.name}="${a.value}"`)].join(" "));
      visit(node.childNodes);
    }
  };
  visit(parseFragment(html).childNodes);
  return found;
}

describe("sanitizeHtml on what Markdown writes", () => {
  /** Every construct of CommonMark, GFM and marked-footnote that writes an element or an attribute. */
  const MARKDOWN = [
    "# h1\n\n## h2\n\n### h3\n\n#### h4\n\n##### h5\n\n###### h6\n",
    "**strong** *em* ~~del~~ `code` [link](https://example.org/ \"title\") ![alt](p.jpg \"title\")  \nafter a break\n",
    "> quote\n\n---\n\n- item\n- [x] done\n- [ ] to do\n\n3. third\n4. fourth\n",
    "```js\nconst a = 1 < 2;\n```\n\n| left | centre | right | none |\n|:--|:-:|--:|--|\n| 1 | 2 | 3 | 4 |\n",
    "A call[^a], another[^b] and the first again[^a].\n\n[^a]: The first note.\n[^b]: The second note.\n",
  ].join("\n");

  it("keeps every element and attribute they write, with its value", () => {
    const written = renderMarkdown(MARKDOWN, "/articles/x", "en");
    const kept = elements(sanitizeHtml(written, "/articles/x"));
    expect(kept).toEqual(elements(written).map((e) => e.replace(/ href="#/, ' href="/articles/x#')));
    // What the Markdown above must exercise, so that this test cannot pass by writing less.
    const pairs = new Set(
      kept.flatMap((element) => {
        const [tag, ...attributes] = element.split(/ (?=[\w-]+=")/);
        return [tag!, ...attributes.map((a) => `${tag} ${a.slice(0, a.indexOf("="))}`)];
      }),
    );
    expect([...pairs].sort()).toEqual(
      [
        "a", "a aria-describedby", "a aria-label", "a data-footnote-backref", "a data-footnote-ref", "a href", "a id", "a title",
        "blockquote", "br", "code", "code class", "del", "em", "h1", "h2", "h2 id", "h3", "h4", "h5", "h6", "hr",
        "img", "img alt", "img src", "img title", "input", "input checked", "input disabled", "input type",
        "li", "li id", "ol", "ol start", "p", "pre", "section", "section class", "section data-footnotes", "strong", "sup",
        "table", "tbody", "td", "td align", "th", "th align", "thead", "tr", "ul",
      ].sort(),
    );
  });

  it("drops an attribute it keeps elsewhere when its value is not what Markdown writes", () => {
    expect(
      clean(
        '<section class="footnotes x" data-footnotes="y"><h2 id="top" class="footnotes">n</h2><ol start="1e3"><li id="footnote-x&quot; onmouseover=&quot;a()">l</li></ol></section>' +
          '<p><a href="#n" id="footnote-ref-1 x" aria-describedby="other" aria-label="&lt;b&gt;" data-footnote-ref="javascript:x">m</a></p>' +
          '<p><code class="x language-js">c</code><code class="language-">d</code><input type="text" value="v"><input type="checkbox"><input type="checkbox" disabled checked="checked"></p>' +
          '<table><tr><td align="justify" id="footnote-1">t</td></tr></table><p id="footnote-1" class="footnotes">p</p>',
      ),
    ).toBe(
      '<section data-footnotes><h2>n</h2><ol><li>l</li></ol></section>' +
        '<p><a href="/articles/x#n" aria-label="&lt;b&gt;" data-footnote-ref>m</a></p>' +
        '<p><code>c</code><code>d</code><input type="checkbox" disabled checked></p>' +
        '<table><tbody><tr><td>t</td></tr></tbody></table><p>p</p>\n',
    );
  });
});
