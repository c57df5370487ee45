import { html } from "hono/html";
import type { Item } from "../items/item";
import { site } from "../site";
import { labels } from "../text/labels";
import { formatTime } from "../text/format-time";
import { layout } from "./layout";
import { articlePath, href } from "../urls";

/**
 * What `/articles/SLUG` says once the item's source has withdrawn it (a kill):
 * a short notice, answered 410 Gone. Nothing of the dispatch is shown, its title
 * neither: a kill means no part of it may be used; search engines drop the page.
 */
export function withdrawnPage(item: Item, withdrawnAt: string, base: string) {
  const l = labels(item.language);
  const when = formatTime(withdrawnAt, item.language, site.timeZone);
  return layout({
    title: `${l.withdrawn} — ${site.title}`,
    lang: item.language,
    base,
    canonical: href(base, articlePath(item.slug)),
    feeds: [],
    head: html`<meta name="robots" content="noindex">\n`,
    body: html`<header><p><a href="/">${site.title}</a></p></header>
<main id="main">
<h1>${l.withdrawn}</h1>
<p>${l.withdrawnNotice.replace("{0}", when)}</p>
<p><a href="/">${l.backHome}</a></p>
</main>`,
  });
}
