import { publishedItems } from "../items/published-items";
import { site } from "../site";
import { feedDoc } from "./feed-doc";
import { FEED_FORMATS, SITE_FEED_PATHS, type FeedFormat } from "./feed-formats";

/** Origins seen without a configured BASE_URL are the client's Host header: keep only a few. */
const MAX_ORIGINS = 8;
const rendered = new Map<string, string>();

/**
 * The site's subscription feed in one format, for one base URL. Items do not
 * change within a deployment, so each feed is rendered once per isolate and
 * origin, then served from memory.
 */
export function siteFeed(format: FeedFormat, base: string): string {
  const key = `${format} ${base}`;
  let body = rendered.get(key);
  if (body === undefined) {
    const items = publishedItems().slice(0, site.feedSize);
    body = FEED_FORMATS[format].render(feedDoc(items, site, base, { paths: SITE_FEED_PATHS, key: "feed" }));
    if (rendered.size >= MAX_ORIGINS * 3) rendered.clear();
    rendered.set(key, body);
  }
  return body;
}
