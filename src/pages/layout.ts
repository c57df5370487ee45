import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { site } from "../site";
import { labels } from "../text/labels";
import { STYLE } from "./style";

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** A feed a page advertises for autodiscovery (`<link rel="alternate">`). */
export interface FeedLink {
  title: string;
  type: string;
  href: string;
  /** The feed's language, when the page offers feeds in several. */
  hreflang?: string;
}

export interface PageOptions {
  title: string;
  lang: string;
  base: string;
  /** Absolute URL of this page (`<link rel="canonical">`). */
  canonical: string;
  feeds: readonly FeedLink[];
  /** More of `<head>`: Open Graph and `article:` meta tags. */
  head?: Html;
  /** Whether the page uses /copy.js (buttons that copy a feed's address). */
  copyButtons?: boolean;
  body: Html;
}

/**
 * The HTML document around every page: landmarks, feed autodiscovery, the
 * Micropub endpoint for editors' apps (W3C Micropub §5.3), one inline stylesheet. Pages read without JavaScript; the copy buttons are the only script.
 */
export function layout({ title, lang, base, canonical, feeds, head, copyButtons, body }: PageOptions) {
  const l = labels(lang);
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="canonical" href="${canonical}">
<link rel="icon" type="image/png" href="${base}${site.favicon}">
<link rel="micropub" href="${base}/micropub">
${feeds.map(
  (f) => html`<link rel="alternate" type="${f.type}" title="${f.title}" href="${f.href}"${f.hreflang ? html` hreflang="${f.hreflang}"` : ""}>
`,
)}${head ?? ""}<style>${raw(STYLE)}</style>
${copyButtons ? html`<script src="/copy.js" defer></script>\n` : ""}</head>
<body>
<a class="skip" href="#main">${l.skipToContent}</a>
${body}
</body>
</html>
`;
}
