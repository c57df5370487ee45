import { html } from "hono/html";
import { siteTopic, type Topic, type TopicView } from "../feeds/topic-view";
import { site } from "../site";
import { labels } from "../text/labels";
import { href, OPML_PATH, pagePath } from "../urls";
import { feedLinks } from "./feed-links";
import { feedList } from "./feed-list";
import { itemList } from "./item-list";
import { layout } from "./layout";
import { pageLinks } from "./page-links";

/** Every topic of the site with how many items it shows, for the home page. */
export type TopicCounts = readonly { topic: Topic; count: number }[];

/**
 * `/` for the site, `/categories/syrie/` and the like for a topic, and each of
 * their archive pages (`/archive/3/`): the items with their summaries, links to
 * older and newer pages, the feeds with a short "how to subscribe", and, on the
 * home page, every topic of the site.
 */
export function topicPage(view: TopicView, base: string, topics?: TopicCounts) {
  const { topic, page } = view;
  const l = labels(site.language);
  const feeds = feedLinks(topic, base);
  const home = topic.kind === "site";
  const heading = `${home ? site.title : topic.name}${page ? ` — ${l.archivePage} ${page}` : ""}`;
  const group = (kind: Topic["kind"], title: string) => {
    const list = (topics ?? []).filter((t) => t.topic.kind === kind);
    return list.length
      ? html`<h2>${title}</h2><ul>${list.map(
          ({ topic: t, count }) =>
            html`<li><a href="${encodeURI(pagePath(t.key))}"${kind === "language" ? html` hreflang="${t.name}"` : ""}>${t.name}</a> (${count})</li>`,
        )}</ul>`
      : "";
  };
  return layout({
    title: page ? `${topic.title} — ${l.archivePage} ${page}` : topic.title,
    lang: site.language,
    base,
    canonical: href(base, pagePath(topic.key, page)),
    feeds: home ? feeds : [...feedLinks(siteTopic(site), base), ...feeds],
    copyButtons: true,
    body: html`<header>${home && !page ? "" : html`<p><a href="/">${site.title}</a></p>`}<h1>${heading}</h1>${home && !page ? html`<p>${site.description}</p>` : ""}</header>
<main id="main">
<h2>${page ? l.olderItems : l.latest}</h2>
${itemList(view.items)}
${pageLinks(view, l)}
</main>
<footer>
<section aria-labelledby="subscribe"><h2 id="subscribe">${l.feeds}</h2>
<p>${l.howToSubscribe}</p>
${feedList(feeds, l)}
<p><a href="${OPML_PATH}">${l.allFeeds}</a></p>
</section>
${topics ? html`<nav aria-label="${l.categories}">${group("category", l.categories)}${group("author", l.authors)}${group("language", l.languages)}</nav>` : ""}
</footer>`,
  });
}
