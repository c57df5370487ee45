/**
 * Makes the site-root paths in item HTML absolute (`href="/a"` → `href="https://host/a"`).
 * Feed readers resolve relative URLs inconsistently, or not at all, so every URL
 * in a feed is absolute. The pattern is safe only on HTML that `renderMarkdown`
 * wrote: it writes every URL as a double-quoted `href` or `src`, and escapes `"`
 * in text, so the pattern cannot match inside the article's words.
 */
export function absoluteUrls(html: string, base: string): string {
  return html.replace(/ (href|src)="\/(?!\/)/g, ` $1="${base}/`);
}
