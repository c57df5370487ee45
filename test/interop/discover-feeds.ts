import { decodeHTML } from "entities";
import type { FeedFormat } from "../../src/feeds/feed-formats";
import { FEED_FORMATS } from "../../src/feeds/feed-formats";

export interface Advertised {
  url: string;
  format: FeedFormat;
}

/**
 * The feeds a page advertises for autodiscovery, as a reader finds them:
 * `<link rel="alternate">` with a feed media type, resolved against the page.
 */
export async function discoverFeeds(pageUrl: string): Promise<Advertised[]> {
  const html = await (await fetch(pageUrl)).text();
  const found: Advertised[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attr = (name: string) => {
      const match = new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, "i").exec(tag);
      return match ? decodeHTML(match[1]!) : undefined;
    };
    const format = (Object.keys(FEED_FORMATS) as FeedFormat[]).find((f) => FEED_FORMATS[f].mediaType === attr("type"));
    const href = attr("href");
    if (attr("rel")?.split(/\s+/).includes("alternate") && format && href) {
      found.push({ url: new URL(href, pageUrl).href, format });
    }
  }
  return found;
}
