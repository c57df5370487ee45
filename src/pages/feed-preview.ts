import { html } from "hono/html";
import type { TopicView } from "../feeds/topic-view";
import { site } from "../site";
import { labels } from "../text/labels";
import { href, OPML_PATH, pagePath } from "../urls";
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

/** The feed a preview stands at, when readers subscribe to it: its self URL and its WebSub hubs. */
export interface PreviewOf {
  self: string;
  hubs: readonly string[];
}

/**
 * What a browser gets at a feed's address: what a feed is, the feed's address in
 * each format with a button that copies it and a link to its own bytes (`?raw`),
 * links that subscribe in web readers, and the feed's items. Readers that ask for
 * a feed get it unchanged at the same address. A current feed's page names the
 * feed as self, with its hubs (WebSub §4, for subscribers that read HTML), so
 * each format has its own; one page serves the three formats of an archive page.
 */
export function feedPreview(view: TopicView, base: string, of?: PreviewOf) {
  const { topic, page } = view;
  const l = labels(site.language);
  const feeds = feedLinks(topic, base, page);
  const title = `${l.previewTitle} — ${topic.title}${page ? ` — ${l.archivePage} ${page}` : ""}`;
  // RSS is the format every reader takes.
  const rss = feeds[0]!.href;
  return layout({
    title,
    lang: site.language,
    base,
    canonical: href(base, pagePath(topic.key, page)),
    feeds,
    ...(of && { head: html`${of.hubs.map((hub) => html`<link rel="hub" href="${hub}">\n`)}<link rel="self" href="${of.self}">\n` }),
    copyButtons: true,
    body: html`<header><p><a href="/">${site.title}</a>${topic.kind === "site" ? "" : html` › <a href="${encodeURI(pagePath(topic.key))}">${topic.name}</a>`}</p>
<h1>${title}</h1></header>
<main id="main">
<section aria-labelledby="subscribe"><h2 id="subscribe">${l.feeds}</h2>
<p>${l.whatIsAFeed}</p>
${feedList(feeds, l, l.rawFeed)}
<p>${l.openIn}${l.colon} ${READERS.map(([name, link], i) => html`${i ? " · " : ""}<a href="${link(rss)}" rel="nofollow">${name}</a>`)}</p>
</section>
<section aria-labelledby="items"><h2 id="items">${page ? l.olderItems : l.latest}</h2>
${itemList(view.items)}
</section>
</main>
<footer>
<p><a href="${OPML_PATH}">${l.allFeeds}</a></p>
</footer>`,
  });
}
