import { html } from "hono/html";
import { FEED_FORMATS, SITE_FEED_PATHS, type FeedFormat } from "../feeds/feed-formats";
import type { Item } from "../items/item";
import { site } from "../site";
import { labels } from "../text/labels";
import { formatDate } from "./format-date";
import { layout } from "./layout";

/** `/`: the newest items with their summaries, and the three feeds. */
export function homePage(items: readonly Item[], base: string) {
  const l = labels(site.language);
  return layout({
    title: site.title,
    lang: site.language,
    base,
    canonical: `${base}/`,
    body: html`<header><h1>${site.title}</h1><p>${site.description}</p></header>
<main>
<h2>${l.latest}</h2>
${items.slice(0, site.feedSize).map(
  (item) => html`<article lang="${item.language}">
<h3><a href="/articles/${item.slug}">${item.title}</a></h3>
<p><time datetime="${item.date}">${formatDate(item, site.timeZone)}</time></p>
<p>${item.summary}</p>
</article>
`,
)}</main>
<footer><h2>${l.feeds}</h2><ul>
${(Object.keys(SITE_FEED_PATHS) as FeedFormat[]).map(
  (format) => html`<li><a href="${SITE_FEED_PATHS[format]}">${FEED_FORMATS[format].label}</a> — <code>${base}${SITE_FEED_PATHS[format]}</code></li>
`,
)}</ul></footer>`,
  });
}
