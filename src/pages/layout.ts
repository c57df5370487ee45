import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { FEED_FORMATS, SITE_FEED_PATHS, type FeedFormat } from "../feeds/feed-formats";
import { site } from "../site";

export interface PageOptions {
  title: string;
  lang: string;
  base: string;
  /** Absolute URL of this page (`<link rel="canonical">`). */
  canonical: string;
  body: HtmlEscapedString | Promise<HtmlEscapedString>;
}

/** The HTML document around every page: feed autodiscovery links and a small stylesheet. */
export function layout({ title, lang, base, canonical, body }: PageOptions) {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="canonical" href="${canonical}">
<link rel="icon" type="image/png" href="${base}${site.favicon}">
${(Object.keys(SITE_FEED_PATHS) as FeedFormat[]).map(
  (format) =>
    html`<link rel="alternate" type="${FEED_FORMATS[format].mediaType}" title="${site.title} (${FEED_FORMATS[format].label})" href="${base}${SITE_FEED_PATHS[format]}">
`,
)}<style>
body{font:1.05rem/1.6 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem;color:#1a1a1a;background:#fff}
a{color:#0b57d0}
@media (prefers-color-scheme:dark){body{color:#e8e8e8;background:#141414}a{color:#8ab4f8}}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
