import { FEED_FORMATS, type FeedFormat } from "../formats";
import { site } from "../site";
import { feedPath, pagePath } from "../urls";
import { feedDoc, type FeedDoc, type FeedUrls } from "./feed-doc";
import { renderAtom } from "./render-atom";
import { renderJsonFeed } from "./render-json-feed";
import { renderRss } from "./render-rss";
import { sharedLanguage, type TopicView } from "./topic-view";

const RENDERERS: Record<FeedFormat, (doc: FeedDoc) => string> = { rss: renderRss, atom: renderAtom, json: renderJsonFeed };

/**
 * One feed document of a topic in every format: its current feed or one of its
 * archive pages, with the RFC 5005 links between them, and the newest change
 * among its entries (its Last-Modified). The current feed advertises `hubs`.
 */
export function renderFeeds(view: TopicView, base: string, hubs: readonly string[]): { bodies: Record<FeedFormat, string>; updated: Date } {
  const { topic, page, pages } = view;
  const paths = (at?: number): FeedUrls => ({ rss: feedPath(topic.key, "rss", at), atom: feedPath(topic.key, "atom", at), json: feedPath(topic.key, "json", at) });
  const id = (topic.kind === "site" ? "feed" : topic.key) + (page ? `/archive/${page}` : "");
  // The current feed's older neighbour is the newest archive page.
  const older = (page ?? pages + 1) - 1;
  const doc = feedDoc(view.items, site, base, {
    paths: paths(page),
    page: pagePath(topic.key),
    key: id,
    ...(topic.kind !== "site" && { subtitle: topic.name }),
    language: topic.kind === "language" ? topic.name : (sharedLanguage(view.items) ?? site.language),
    ...(page === undefined && { hubs, ...(view.tombstones && { tombstones: view.tombstones }) }),
    ...(pages > 0 && {
      history: {
        archive: page !== undefined,
        current: paths(),
        ...(older >= 1 && { prev: paths(older) }),
        ...(page !== undefined && page < pages && { next: paths(page + 1) }),
      },
    }),
  });
  const bodies = Object.fromEntries(FEED_FORMATS.map((format) => [format, RENDERERS[format](doc)])) as Record<FeedFormat, string>;
  return { bodies, updated: doc.updated };
}
