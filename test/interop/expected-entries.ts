import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { feedDoc } from "../../src/feeds/feed-doc";
import { SITE_FEED_PATHS } from "../../src/feeds/feed-formats";
import type { Item } from "../../src/items/item";
import { site } from "../../src/site";
import { htmlText } from "../support/html-text";

/** What every client must show of one entry: the fields a reader displays. */
export interface Shown {
  id: string;
  title: string;
  link: string;
  /** Seconds since the epoch. Readers show one date: some the first, some the last. */
  published: number;
  updated: number;
  /** The content's text: tags dropped, entities decoded, white space collapsed. */
  text: string;
}

/** The text of an HTML fragment as a reader shows it, for comparing clients. */
export function shownText(html: string): string {
  return htmlText(html).replace(/\s+/g, " ").trim();
}

/**
 * The entries each feed path must hold, computed from the site's own data: the
 * items the build wrote into `dir`/.generated, through the same feed model.
 */
export async function expectedEntries(dir: string, base: string): Promise<Map<string, Shown[]>> {
  const module = (await import(pathToFileURL(join(dir, ".generated/items.js")).href)) as { default: string };
  const items = JSON.parse(module.default) as Item[];
  const doc = feedDoc(items.slice(0, site.feedSize), site, base, { paths: SITE_FEED_PATHS, key: "feed" });
  const shown = doc.entries.map((e) => ({
    id: e.id,
    title: e.title,
    link: e.url,
    published: e.published.getTime() / 1000,
    updated: e.updated.getTime() / 1000,
    text: shownText(e.html),
  }));
  return new Map(Object.values(SITE_FEED_PATHS).map((path) => [path, shown]));
}
