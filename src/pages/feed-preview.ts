import { html } from "hono/html";
import { feedPath, topicPath, type FeedRef } from "../feeds/feed-catalog";
import { FEED_FORMATS } from "../feeds/feed-formats";
import { site } from "../site";
import { labels } from "../text/labels";
import { feedLinks } from "./feed-links";
import { feedList } from "./feed-list";
import { itemList } from "./item-list";
import { layout } from "./layout";

/** Web readers that subscribe from a link, and how each takes the feed's address. */
const READERS: [string, (url: string) => string][] = [
  ["Feedly", (url) => `https://feedly.com/i/subscription/feed/${encodeURIComponent(url)}`],
  ["Inoreader", (url) => `https://www.inoreader.com/?add_feed=${encodeURIComponent(url)}`],
  ["NewsBlur", (url) => `https://www.newsblur.com/?url=${encodeURIComponent(url)}`],
  ["The Old Reader", (url) => `https://theoldreader.com/feeds/subscribe?url=${encodeURIComponent(url)}`],
  // The feed: scheme opens desktop and phone readers (NetNewsWire, Reeder…).
  ["feed:", (url) => `feed:${url}`],
];

/**
 * What a browser gets at a feed's address: what a feed is, how to subscribe,
 * and the feed's items. The feed itself stays at `?raw` for anyone who wants to
 * read it; readers that ask for it get it unchanged at the plain address.
 */
export function feedPreview(ref: FeedRef, base: string) {
  const l = labels(site.language);
  const url = base + encodeURI(feedPath(ref.topic, ref.format, ref.page));
  const label = FEED_FORMATS[ref.format].label;
  const page = ref.page ? ` — ${l.archivePage} ${ref.page}` : "";
  const title = `${l.previewTitle} ${label} — ${ref.topic.title}${page}`;
  const feeds = feedLinks(ref.topic, base);
  return layout({
    title,
    lang: site.language,
    base,
    canonical: url,
    feeds,
    copyButtons: true,
    body: html`<header><p><a href="/">${site.title}</a>${ref.topic.kind === "site" ? "" : html` › <a href="${encodeURI(topicPath(ref.topic))}">${ref.topic.name}</a>`}</p>
<h1>${title}</h1></header>
<main id="main">
<section aria-labelledby="subscribe"><h2 id="subscribe">${l.feeds}</h2>
<p>${l.whatIsAFeed}</p>
${feedList([{ title: label, type: FEED_FORMATS[ref.format].mediaType, href: url }], l)}
<p>${l.openIn}${l.colon} ${READERS.map(([name, link], i) => html`${i ? " · " : ""}<a href="${link(url)}" rel="nofollow">${name}</a>`)}</p>
<p><a href="${url}?raw">${l.rawFeed}</a></p>
</section>
<section aria-labelledby="items"><h2 id="items">${ref.page ? l.olderItems : l.latest}</h2>
${itemList(ref.items)}
</section>
</main>
<footer>
<h2>${l.otherFormats}</h2>
${feedList(feeds.filter((f) => f.href !== url), l)}
<p><a href="/feeds.opml">${l.allFeeds}</a></p>
</footer>`,
  });
}
