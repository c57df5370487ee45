import { feedDoc } from "../../src/feeds/feed-doc";
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
  html: string;
}

/** The text of an HTML fragment as a reader shows it, for comparing clients. */
export function shownText(html: string): string {
  return htmlText(html).replace(/\s+/g, " ").trim();
}

/**
 * What each published item must show, by id, computed from the items as the
 * site's own code reads them (`loadItems`), through the same feed model: a
 * reader must show exactly this, whichever document carries the entry.
 */
export function shownEntries(items: readonly Item[], base: string): Map<string, Shown> {
  const doc = feedDoc(items, site, base, { paths: { rss: "/rss.xml", atom: "/atom.xml", json: "/feed.json" }, key: "feed" });
  return new Map(
    doc.entries.map((e) => [
      e.id,
      {
        id: e.id,
        title: e.title,
        link: e.url,
        published: e.published.getTime() / 1000,
        updated: e.updated.getTime() / 1000,
        text: shownText(e.html),
        html: e.html,
      },
    ]),
  );
}

/** The items of `items` shown at `now`: drafts are already out, scheduled ones are not due. */
export function shownNow(items: readonly Item[], now = Date.now()): Item[] {
  return items.filter((item) => Date.parse(item.date) <= now);
}
