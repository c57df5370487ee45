import { html, raw } from "hono/html";
import { absoluteUrls } from "../feeds/absolute-urls";
import type { Item } from "../items/item";
import { site } from "../site";
import { labels } from "../text/labels";
import { formatDate } from "./format-date";
import { layout } from "./layout";

/** `/articles/:slug`: one item, everything its file says. */
export function articlePage(item: Item, base: string) {
  const l = labels(item.language);
  const { image } = item;
  const photoCredit = image?.credit ? ` — ${l.photo}${l.colon} ${image.credit}` : "";
  return layout({
    title: `${item.title} — ${site.title}`,
    lang: item.language,
    base,
    canonical: `${base}/articles/${item.slug}`,
    body: html`<header><p><a href="/">${site.title}</a></p></header>
<main><article>
<h1>${item.title}</h1>
<p><time datetime="${item.date}">${formatDate(item, site.timeZone)}</time>${item.authors.length ? html` — ${item.authors.map((a) => a.name).join(", ")}` : ""}</p>
${item.dateNote ? html`<p><small>${l.approximateDate}${l.colon} ${item.dateNote}</small></p>` : ""}
${
  image?.url
    ? html`<figure><img src="${image.url}" alt="${image.alt ?? image.caption ?? ""}"><figcaption>${image.caption ?? ""}${photoCredit}</figcaption></figure>`
    : image
      ? html`<p><small>(${l.photoNotKept}) ${image.caption ?? ""}${photoCredit}</small></p>`
      : ""
}
${raw(absoluteUrls(item.html, base))}
${item.credit ? html`<p>${item.credit}</p>` : ""}
${item.source ? html`<p>${l.source}${l.colon} <a href="${item.source.url}">${item.source.name}</a></p>` : ""}
${
  item.related.length
    ? html`<aside><h2>${l.related}</h2><ul>${item.related.map((r) => html`<li>${r.url ? html`<a href="${r.url}">${r.title}</a>` : r.title}</li>`)}</ul></aside>`
    : ""
}
${item.categories.length ? html`<p>${item.categories.join(" · ")}</p>` : ""}
</article></main>`,
  });
}
