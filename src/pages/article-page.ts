import { html, raw } from "hono/html";
import { absoluteUrls } from "../feeds/absolute-urls";
import { siteTopic, topic, type Topic } from "../feeds/topic-view";
import type { Item } from "../items/item";
import { site } from "../site";
import { labels } from "../text/labels";
import { photoCaption } from "../text/photo-caption";
import { feedLinks } from "./feed-links";
import { formatTime } from "../text/format-time";
import { formatDate } from "./format-date";
import { layout } from "./layout";
import { absolute, articlePath, href, pagePath, topicKey } from "../urls";

/**
 * `/articles/:slug`: one item, everything its file says, in its language; its
 * categories and authors link to their pages, whose feeds it advertises.
 */
export function articlePage(item: Item, base: string) {
  const l = labels(item.language);
  const { image } = item;
  const url = href(base, articlePath(item.slug));
  const caption = image && photoCaption(image, l);
  // Every topic of a published item has its page and feeds.
  const categories = item.categories.map((name) => topic(topicKey("category", name), "category", name, site));
  const authors = item.authors.map((a) => topic(topicKey("author", a.name), "author", a.name, site));
  const linked = (list: Topic[]) => list.map((t, i) => html`${i ? ", " : ""}<a href="${encodeURI(pagePath(t.key))}">${t.name}</a>`);
  return layout({
    title: `${item.title} — ${site.title}`,
    lang: item.language,
    base,
    canonical: url,
    feeds: [siteTopic(site), ...categories, ...authors].flatMap((t) => feedLinks(t, base)),
    // Open Graph (https://ogp.me) and its article: properties, for link previews.
    head: html`<meta name="description" content="${item.summary}">
<meta property="og:type" content="article">
<meta property="og:title" content="${item.title}">
<meta property="og:description" content="${item.summary}">
<meta property="og:url" content="${url}">
<meta property="og:site_name" content="${site.title}">
<meta property="og:locale" content="${item.language.replace("-", "_")}">
${image?.url ? html`<meta property="og:image" content="${absolute(image.url, base)}">\n${image.alt ? html`<meta property="og:image:alt" content="${image.alt}">\n` : ""}` : ""}<meta property="article:published_time" content="${item.date}">
${item.updated ? html`<meta property="article:modified_time" content="${item.updated}">\n` : ""}${item.authors.map((a) => html`<meta property="article:author" content="${a.name}">\n`)}${item.categories.map((c) => html`<meta property="article:tag" content="${c}">\n`)}`,
    body: html`<header><p><a href="/">${site.title}</a></p></header>
<main id="main"><article>
<h1>${item.title}</h1>
<p class="meta"><time datetime="${item.date}">${formatDate(item, site.timeZone)}</time>${authors.length ? html` — ${l.by} ${linked(authors)}` : ""}</p>
${item.dateNote ? html`<p class="meta">${l.approximateDate}${l.colon} ${item.dateNote}</p>` : ""}
${item.corrected ? html`<p class="meta"><time datetime="${item.corrected}">${l.corrected.replace("{0}", formatTime(item.corrected, item.language, site.timeZone))}</time></p>` : ""}
${
  image?.url
    ? html`<figure><img src="${image.url}" alt="${image.alt ?? image.caption ?? ""}">${caption ? html`<figcaption>${caption}</figcaption>` : ""}</figure>`
    : image
      ? html`<p class="meta">(${l.photoNotKept}) ${caption}</p>`
      : ""
}
${item.dateline ? html`<p><strong>${item.dateline}</strong></p>` : ""}
${raw(absoluteUrls(item.html, base))}
${item.credit ? html`<p>${item.credit}</p>` : ""}
${item.source ? html`<p>${l.source}${l.colon} <a href="${item.source.url}">${item.source.name}</a></p>` : ""}
${
  item.related.length
    ? html`<aside aria-labelledby="related"><h2 id="related">${l.related}</h2><ul>${item.related.map((r) => html`<li>${r.url ? html`<a href="${r.url}">${r.title}</a>` : r.title}</li>`)}</ul></aside>`
    : ""
}
${categories.length ? html`<p class="meta">${l.categories}${l.colon} ${linked(categories)}</p>` : ""}
</article></main>`,
  });
}
