import { describe, expect, it } from "vitest";
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
