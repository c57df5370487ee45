import { html } from "hono/html";
import { topicPath, type Catalog, type Topic, type TopicKind } from "../feeds/feed-catalog";
import { site } from "../site";
import { labels } from "../text/labels";
import { feedLinks } from "./feed-links";
import { feedList } from "./feed-list";
import { itemList } from "./item-list";
import { layout } from "./layout";

/** How many headlines a page lists; the feeds and their archives hold the rest. */
const LISTED = 50;

/**
 * `/` for the site, `/categories/syrie/` and the like for a topic: the newest
 * items with their summaries, the topic's feeds with a short "how to subscribe",
 * and, on the home page, every topic of the site.
 */
export function topicPage(topic: Topic, catalog: Catalog, base: string) {
  const l = labels(site.language);
  const feeds = feedLinks(topic, base);
  const home = topic.kind === "site";
  const group = (kind: TopicKind, title: string) => {
    const topics = catalog.topics.filter((t) => t.kind === kind);
    return topics.length
      ? html`<h2>${title}</h2><ul>${topics.map((t) => html`<li><a href="${encodeURI(topicPath(t))}"${t.language && kind === "language" ? html` hreflang="${t.language}"` : ""}>${t.name}</a> (${t.items.length})</li>`)}</ul>`
      : "";
  };
  return layout({
    title: topic.title,
    lang: site.language,
    base,
    canonical: base + encodeURI(topicPath(topic)),
    feeds: home ? feeds : [...feedLinks(catalog.topics[0]!, base), ...feeds],
    copyButtons: true,
    body: html`<header>${home ? "" : html`<p><a href="/">${site.title}</a></p>`}<h1>${home ? site.title : topic.name}</h1>${home ? html`<p>${site.description}</p>` : ""}</header>
<main id="main">
<h2>${l.latest}</h2>
${itemList(topic.items.slice(0, LISTED))}
</main>
<footer>
<section aria-labelledby="subscribe"><h2 id="subscribe">${l.feeds}</h2>
<p>${l.howToSubscribe}</p>
${feedList(feeds, l)}
<p><a href="/feeds.opml">${l.allFeeds}</a></p>
</section>
${home ? html`<nav aria-label="${l.categories}">${group("category", l.categories)}${group("author", l.authors)}${group("language", l.languages)}</nav>` : ""}
</footer>`,
  });
}
