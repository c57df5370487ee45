import { renderFeeds } from "../../src/feeds/render-feed";
import { siteTopic, type TopicView } from "../../src/feeds/topic-view";
import type { FeedFormat } from "../../src/formats";
import type { Item } from "../../src/items/item";
import { archivedPages } from "../../src/publish/archive-pages";
import { site } from "../../src/site";
import { feedPath } from "../../src/urls";

/**
 * The site's feed documents for `items` published one after the other, oldest
 * date first: its current feed and archive pages, each in every format, by path.
 * What the Publisher renders, for the renderers alone (no store).
 */
export function siteFeeds(items: readonly Item[], base: string): Map<string, { format: FeedFormat; body: string; ids: string[] }> {
  const inOrder = [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.slug < b.slug ? 1 : -1));
  const size = site.feedSize;
  const pages = archivedPages(inOrder.length, size);
  const newestFirst = (list: Item[]) => list.reverse();
  const views: TopicView[] = [{ topic: siteTopic(site), pages, items: newestFirst(inOrder.slice(pages * size)) }];
  for (let page = 1; page <= pages; page++) {
    views.push({ topic: siteTopic(site), pages, page, items: newestFirst(inOrder.slice((page - 1) * size, page * size)) });
  }
  const documents = new Map<string, { format: FeedFormat; body: string; ids: string[] }>();
  for (const view of views) {
    const { bodies } = renderFeeds(view, base, []);
    for (const format of ["rss", "atom", "json"] as const) {
      documents.set(feedPath("", format, view.page), { format, body: bodies[format], ids: view.items.map((i) => i.id) });
    }
  }
  return documents;
}
