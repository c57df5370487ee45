import { html } from "hono/html";
import type { Labels } from "../text/labels";
import type { FeedLink } from "./layout";

/**
 * Feed addresses to copy, each with a button that copies it (shown once /copy.js
 * runs), and, given its text, a link to the feed's own bytes (`?raw`).
 */
export function feedList(feeds: readonly FeedLink[], l: Labels, raw?: string) {
  return html`<ul class="feeds">
${feeds.map(
  (f) => html`<li><a href="${f.href}">${f.title}</a><br><code>${f.href}</code><button type="button" data-copy="${f.href}" data-done="${l.copied}" hidden>${l.copy}</button>${raw ? html` <a href="${f.href}?raw">${raw}</a>` : ""}</li>
`,
)}</ul>`;
}
