import type { Item } from "../items/item";
import { slugify } from "../text/slugify";
import { archivePages } from "./archive-pages";
import { SITE_FEED_PATHS, type FeedFormat } from "./feed-formats";

export type TopicKind = "site" | "category" | "author" | "language";

/** A set of items with its own page and feeds: the whole site, or one topic. */
export interface Topic {
  kind: TopicKind;
  /** As the items spell it: "Syrie", "Jane Doe", "en-GB"; the site's title for the site. */
  name: string;
  /** As its feeds and pages are titled: "Le Fil — Syrie"; "Le Fil" for the site. */
  title: string;
  /** Path prefix of the topic's page and feeds: "" for the site, "/categories/syrie". */
  prefix: string;
  /** Newest first. */
  items: readonly Item[];
  /** Every item's language, when they share one: the feeds' `hreflang`. */
  language?: string;
}

/** One feed document: a topic's current feed or one of its archive pages. */
export interface FeedRef {
  topic: Topic;
  format: FeedFormat;
  /** The archive page (1 = oldest), or undefined for the current feed. */
  page?: number;
  items: readonly Item[];
  /** How many archive pages the topic has. */
  pageCount: number;
}

export interface Catalog {
  topics: Topic[];
  /** Every feed the site serves, by path (decoded, as routes see it). */
  feeds: Map<string, FeedRef>;
  /** Every topic page, by path. */
  pages: Map<string, Topic>;
}

const FORMATS = Object.keys(SITE_FEED_PATHS) as FeedFormat[];
const PREFIX: Record<Exclude<TopicKind, "site">, string> = {
  category: "/categories",
  author: "/authors",
  language: "/languages",
};

/** Path of a topic's feed in `format`, or of its archive page `page`. */
export function feedPath(topic: Topic, format: FeedFormat, page?: number): string {
  return `${topic.prefix}${page === undefined ? "" : `/archive/${page}`}${SITE_FEED_PATHS[format]}`;
}

/** The topic of a category, author or language name, as the catalog groups it. */
export function topicOf(catalog: Catalog, kind: Exclude<TopicKind, "site">, name: string): Topic | undefined {
  return catalog.pages.get(`${PREFIX[kind]}/${topicSlug(kind, name)}/`);
}

function topicSlug(kind: Exclude<TopicKind, "site">, name: string): string {
  return kind === "language" ? name.toLowerCase() : slugify(name);
}

/** Path of a topic's HTML page. */
export function topicPath(topic: Topic): string {
  return `${topic.prefix}/`;
}

/**
 * Every topic of `items` (newest first) and every feed document, with archive
 * pages of `pageSize` items. Categories and authors are grouped by slug; the
 * build refuses two spellings that share one. Languages get feeds only when the
 * items use more than one.
 */
export function feedCatalog(items: readonly Item[], siteTitle: string, pageSize: number): Catalog {
  const topics: Topic[] = [{ kind: "site", name: siteTitle, title: siteTitle, prefix: "", items, ...sharedLanguage(items) }];
  const group = (kind: Exclude<TopicKind, "site">, namesOf: (item: Item) => string[]) => {
    const bySlug = new Map<string, { name: string; items: Item[] }>();
    for (const item of items) {
      for (const name of new Set(namesOf(item))) {
        const slug = topicSlug(kind, name);
        const found = bySlug.get(slug) ?? bySlug.set(slug, { name, items: [] }).get(slug)!;
        found.items.push(item);
      }
    }
    for (const [slug, { name, items: own }] of [...bySlug].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const title = `${siteTitle} — ${name}`;
      topics.push({ kind, name, title, prefix: `${PREFIX[kind]}/${slug}`, items: own, ...sharedLanguage(own) });
    }
  };
  group("category", (item) => item.categories);
  group("author", (item) => item.authors.map((a) => a.name));
  if (new Set(items.map((i) => i.language)).size > 1) group("language", (item) => [item.language]);

  const feeds = new Map<string, FeedRef>();
  const pages = new Map<string, Topic>();
  for (const topic of topics) {
    pages.set(topicPath(topic), topic);
    const { current, pages: archive } = archivePages(topic.items, pageSize);
    for (const format of FORMATS) {
      feeds.set(feedPath(topic, format), { topic, format, items: current, pageCount: archive.length });
      archive.forEach((own, i) => {
        feeds.set(feedPath(topic, format, i + 1), { topic, format, page: i + 1, items: own, pageCount: archive.length });
      });
    }
  }
  return { topics, feeds, pages };
}

function sharedLanguage(items: readonly Item[]): { language?: string } {
  const languages = new Set(items.map((i) => i.language));
  return languages.size === 1 ? { language: [...languages][0]! } : {};
}
