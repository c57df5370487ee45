import { decodeHTMLStrict } from "entities";
import { Marked, type Tokens } from "marked";
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
 *   heading in the item's language.
 */
export function renderMarkdown(markdown: string, pagePath: string, language: string): string {
  const l = labels(language);
  const footnotes = markedFootnote({ description: l.footnotes, headingClass: "", backRefLabel: l.backToReference });
  const marked = new Marked(footnotes, {
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
  // The footnote marks and back links are fragments: written as paths of the page,
  // they stay on it in a browser and reach it from a feed reader.
  return marked.parse(markdown, { async: false }).replace(/ href="#/g, ` href="${pagePath}#`);
}

/** Text with its entity references decoded, less what no feed may carry (`&#1;`). */
function characters(text: string): string {
  return cleanText(decodeHTMLStrict(text));
}

function titleAttribute(title: string | null | undefined): string {
  return title ? ` title="${escapeHtml(characters(title))}"` : "";
}
