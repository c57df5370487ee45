import { site } from "../site";
import { feedPath, topicPath, type FeedRef } from "./feed-catalog";
import { feedDoc, type FeedUrls } from "./feed-doc";
import { FEED_FORMATS } from "./feed-formats";

/**
 * One feed document of the catalog, and the newest change among its entries
 * (its Last-Modified): a topic's current feed or one of its archive pages.
 */
export function renderFeed(ref: FeedRef, base: string): { body: string; updated: Date } {
  const { topic, page, pageCount } = ref;
  const paths = (at?: number): FeedUrls => ({
    rss: feedPath(topic, "rss", at),
    atom: feedPath(topic, "atom", at),
    json: feedPath(topic, "json", at),
  });
  const key = (topic.kind === "site" ? "feed" : topic.prefix.slice(1)) + (page ? `/archive/${page}` : "");
  const doc = feedDoc(ref.items, site, base, {
    paths: paths(page),
    page: topicPath(topic),
    key,
    ...(topic.kind !== "site" && { subtitle: topic.name }),
    ...(topic.language && { language: topic.language }),
    ...(pageCount > 0 && {
      history: {
        archive: page !== undefined,
        current: paths(),
        // The current feed's older neighbour is the newest archive page.
        ...((page ?? pageCount + 1) > 1 && { prev: paths((page ?? pageCount + 1) - 1) }),
        ...(page !== undefined && page < pageCount && { next: paths(page + 1) }),
      },
    }),
  });
  return { body: FEED_FORMATS[ref.format].render(doc), updated: doc.updated };
}
