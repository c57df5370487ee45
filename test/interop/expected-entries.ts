import { join } from "node:path";
import { readFile } from "node:fs/promises";
import { feedCatalog, feedPath } from "../../src/feeds/feed-catalog";
import { feedDoc } from "../../src/feeds/feed-doc";
import { SITE_FEED_PATHS } from "../../src/feeds/feed-formats";
import type { Item } from "../../src/items/item";
import { scheduler } from "../../src/items/publication";
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
  html: string;
}

export interface Expected {
  /** The entries of every feed document the site serves, by path. */
  documents: Map<string, Shown[]>;
  /** Every id of each topic, newest first, by the path of its current feed. */
  topics: Map<string, string[]>;
}

/** The text of an HTML fragment as a reader shows it, for comparing clients. */
export function shownText(html: string): string {
  return htmlText(html).replace(/\s+/g, " ").trim();
}

/**
 * What each feed must hold, computed from the site's own data: the items the
 * build wrote into `dir`/.generated whose date has come (a scheduled item is
 * rightly absent), through the same catalog and feed model.
 */
export async function expectedFeeds(dir: string, base: string): Promise<Expected> {
  const built = JSON.parse(await readFile(join(dir, ".generated/items.txt"), "utf8")) as Item[];
  return expectedFromItems(scheduler(built)(Date.now()).items, base);
}

/** What each feed of `items` (published, newest first) must hold. */
export function expectedFromItems(items: readonly Item[], base: string): Expected {
  const catalog = feedCatalog(items, site.title, site.feedSize);
  const documents = new Map<string, Shown[]>();
  for (const [path, ref] of catalog.feeds) {
    const doc = feedDoc(ref.items, site, base, { paths: SITE_FEED_PATHS, key: "feed" });
    documents.set(
      path,
      doc.entries.map((e) => ({
        id: e.id,
        title: e.title,
        link: e.url,
        published: e.published.getTime() / 1000,
        updated: e.updated.getTime() / 1000,
        text: shownText(e.html),
        html: e.html,
      })),
    );
  }
  const topics = new Map<string, string[]>();
  for (const topic of catalog.topics) {
    for (const format of ["rss", "atom", "json"] as const) {
      topics.set(feedPath(topic, format), topic.items.map((i) => i.id));
    }
  }
  return { documents, topics };
}
