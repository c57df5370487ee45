import { decodeHTMLStrict } from "entities";
import { Marked, type MarkedExtension, type Tokens } from "marked";
import markedFootnote from "marked-footnote";
import { cleanText } from "../text/clean-text";
import { escapeHtml } from "../text/escape-html";
import { labels } from "../text/labels";
import { resolveUrl } from "./resolve-url";

/**
 * Renders an item's Markdown body to HTML, once, at build time.
 *
 * - The author's characters are kept: marked has no "smart" quotes or dashes.
 *   Entity references (`&ge;`, `&#8805;`) are Markdown syntax for a character
 *   (CommonMark §2.5): they are written as that character, so the page, the feeds
 *   and the summary all show the same text. `\&ge;` keeps the letters.
 * - Raw HTML in the Markdown is shown as text, never passed through: no script,
 *   style or event handler can reach a feed or a page from an item file.
 * - Links and images keep only http(s) and mailto URLs; relative ones are resolved
 *   against the item's page and written as paths from the site root, which the
 *   Worker makes absolute with the deployment's base URL. A path that would leave
 *   the site (`/.//evil.example`) is no link.
 * - GFM tables, strikethrough and footnotes (`[^1]`), the footnotes under a
 *   heading in the item's language, numbered in the order they are first
 *   called: a label is the author's name for a note, never written out.
 *
 * What it writes is not yet safe to show: `renderBody` sanitises it, as it does
 * every dialect's body (an extension may write what this renderer never sees).
 */
export function renderMarkdown(markdown: string, pagePath: string, language: string): string {
  const l = labels(language);
  const footnotes = markedFootnote({ description: l.footnotes, headingClass: "", backRefLabel: l.backToReference });
  const marked = new Marked(footnotes, numberedFootnotes, {
    gfm: true,
    async: false,
    renderer: {
      html: (token: Tokens.HTML | Tokens.Tag) =>
        "block" in token && token.block ? `<p>${escapeHtml(token.text.trim())}</p>\n` : escapeHtml(token.text),
      text(token: Tokens.Text | Tokens.Escape) {
        if ("tokens" in token && token.tokens) return this.parser.parseInline(token.tokens);
        return escapeHtml(token.type === "escape" ? token.text : characters(token.text));
      },
      link({ href, title, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        const target = resolveUrl(characters(href), pagePath);
        if (!target) return inner;
        return `<a href="${escapeHtml(target)}"${titleAttribute(title)}>${inner}</a>`;
      },
      image({ href, title, text }: Tokens.Image) {
        const alt = characters(text);
        const target = resolveUrl(characters(href), pagePath);
        if (!target) return escapeHtml(alt);
        return `<img src="${escapeHtml(target)}" alt="${escapeHtml(alt)}"${titleAttribute(title)}>`;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}

/** A footnote and a call of it, as marked-footnote's tokens hold them. */
interface FootnoteToken { type: "footnote"; label: string; refs: { id: string }[] }
interface FootnoteRefToken { type: "footnoteRef"; label: string; id: string }

/**
 * marked-footnote writes a note's label raw into its ids, `href`s and the
 * back-reference's `aria-label` (a quote in `[^x" onmouseover=…]` opens an
 * attribute of its own), and through `String.replace`, where `$&` is a pattern.
 * Once the calls are matched to their notes, each label becomes the note's
 * number, the one its mark shows: ids `footnote-1`, `footnote-ref-1-2`.
 */
const numberedFootnotes: MarkedExtension = {
  walkTokens(token) {
    const note = token as unknown as FootnoteToken | FootnoteRefToken;
    if (note.type === "footnoteRef") note.label = note.id;
    // A note never called has no number and is not written.
    else if (note.type === "footnote" && note.refs.length > 0) note.label = note.refs[0]!.id;
  },
};

/** Text with its entity references decoded, less what no feed may carry (`&#1;`). */
function characters(text: string): string {
  return cleanText(decodeHTMLStrict(text));
}

function titleAttribute(title: string | null | undefined): string {
  return title ? ` title="${escapeHtml(characters(title))}"` : "";
}
