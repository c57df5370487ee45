import { Marked, type Tokens } from "marked";
import { escapeHtml } from "../text/escape-html";

/**
 * Renders an item's Markdown body to HTML, once, at build time.
 *
 * - The author's characters are kept: marked has no "smart" quotes or dashes.
 * - Raw HTML in the Markdown is shown as text, never passed through: no script,
 *   style or event handler can reach a feed or a page from an item file.
 * - Links and images keep only http(s) and mailto URLs; relative ones are resolved
 *   against the item's page and written as paths from the site root, which the
 *   Worker makes absolute with the deployment's base URL.
 */
export function renderMarkdown(markdown: string, pagePath: string): string {
  const marked = new Marked({
    gfm: true,
    async: false,
    renderer: {
      html: (token: Tokens.HTML | Tokens.Tag) =>
        "block" in token && token.block ? `<p>${escapeHtml(token.text.trim())}</p>\n` : escapeHtml(token.text),
      link({ href, title, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        const target = resolveUrl(href, pagePath);
        if (!target) return inner;
        return `<a href="${escapeHtml(target)}"${titleAttribute(title)}>${inner}</a>`;
      },
      image({ href, title, text }: Tokens.Image) {
        const target = resolveUrl(href, pagePath);
        if (!target) return escapeHtml(text);
        return `<img src="${escapeHtml(target)}" alt="${escapeHtml(text)}"${titleAttribute(title)}>`;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}

const PAGE_ORIGIN = "https://site-root.invalid";

function resolveUrl(href: string, pagePath: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, PAGE_ORIGIN + pagePath);
  } catch {
    return undefined;
  }
  if (url.origin === PAGE_ORIGIN) return url.pathname + url.search + url.hash;
  return ["https:", "http:", "mailto:"].includes(url.protocol) ? url.href : undefined;
}

function titleAttribute(title: string | null | undefined): string {
  return title ? ` title="${escapeHtml(title)}"` : "";
}
