import { decodeHTML } from "entities";
import { FEED_FORMATS, FORMATS, type FeedFormat } from "../../src/formats";

export interface Advertised {
  url: string;
  format: FeedFormat;
}

const formatOf = (type: string | undefined) =>
  FEED_FORMATS.find((f) => FORMATS[f].mediaType === type);

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
    const format = formatOf(attr("type"));
    const href = attr("href");
    if (attr("rel")?.split(/\s+/).includes("alternate") && format && href) {
      found.push({ url: new URL(href, pageUrl).href, format });
    }
  }
  return found;
}

/** Every feed an OPML subscription list names, with its format found from its address. */
export async function listedFeeds(opmlUrl: string): Promise<Advertised[]> {
  const opml = await (await fetch(opmlUrl)).text();
  return [...opml.matchAll(/xmlUrl="([^"]+)"/g)].map(([, url]) => {
    const href = decodeHTML(url!);
    const format: FeedFormat = href.endsWith(".json") ? "json" : href.endsWith("/atom.xml") ? "atom" : "rss";
    return { url: href, format };
  });
}

/** RFC 5005's prev-archive link of a feed document (JSON Feed: `next_url`). */
export function previousArchive(body: string, format: FeedFormat): string | undefined {
  if (format === "json") return (JSON.parse(body) as { next_url?: string }).next_url;
  const link = /<(?:atom:)?link rel="prev-archive"[^>]*href="([^"]+)"/.exec(body);
  return link ? decodeHTML(link[1]!) : undefined;
}
