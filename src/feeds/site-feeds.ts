import { publishedItems } from "../items/published-items";
import { site } from "../site";
import { feedDoc } from "./feed-doc";
import { FEED_FORMATS, SITE_FEED_PATHS, type FeedFormat } from "./feed-formats";

/**
 * The site's subscription feed in one format, for one base URL, and the newest
 * change among its entries (its Last-Modified). The HTTP step keeps the bytes.
 */
export function siteFeed(format: FeedFormat, base: string): { body: string; updated: Date } {
  const items = publishedItems().slice(0, site.feedSize);
  const doc = feedDoc(items, site, base, { paths: SITE_FEED_PATHS, key: "feed" });
  return { body: FEED_FORMATS[format].render(doc), updated: doc.updated };
}
