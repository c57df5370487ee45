import { escapeHtml } from "../text/escape-html";
import { firstLine } from "./read-yaml";
import { renderMarkdown } from "./render-markdown";
import { sanitizeHtml } from "./sanitize-html";

/**
 * An item's body as its publishing path sends it: Markdown (files), HTML or plain
 * text (Micropub's `content`, ninjs bodies).
 */
export type Body = { markdown: string } | { html: string } | { text: string };

/**
 * The body as the HTML every page and feed shows, or why it cannot be: Markdown
 * rendered, text kept as written in paragraphs, HTML as sent; then each of them
 * through the one sanitiser, so that no dialect and no Markdown extension puts
 * in the store what Markdown may not produce. marked recurses: deep nesting
 * overflows its stack, which is a problem of the item, not a crash.
 */
export function renderBody(body: Body, pagePath: string, language: string): string | { problem: string } {
  try {
    const html = "html" in body ? body.html : "text" in body ? paragraphs(body.text) : renderMarkdown(body.markdown, pagePath, language);
    return sanitizeHtml(html, pagePath);
  } catch (error) {
    return {
      problem:
        error instanceof RangeError
          ? `body: nested too deeply to render (${firstLine(error)}): use fewer levels of quotes, lists or emphasis`
          : `body: could not be rendered: ${firstLine(error)}`,
    };
  }
}

/** Plain text as HTML: a paragraph per blank-line-separated block, its line breaks kept. */
function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n[ \t]*\n+/)
    .map((block) => `<p>${escapeHtml(block.trim()).replace(/\n/g, "<br>\n")}</p>\n`)
    .join("");
}

/** Whether a body says nothing: what a publishing path must refuse. */
export function isEmpty(body: Body): boolean {
  return ("markdown" in body ? body.markdown : "html" in body ? body.html.replace(/<[^>]*>/g, "") : body.text).trim() === "";
}
