import { FORMATS, type FeedFormat } from "./formats";
import { slugify } from "./text/slugify";

/**
 * Every path the site serves, made in one place. A topic is named by its key:
 * "" for the site, "categories/syrie", "authors/jane-doe", "languages/en-gb".
 * Paths are decoded (`/categories/עברית/`); `href` encodes them for a link.
 */
export type TopicKind = "site" | "category" | "author" | "language";

const PREFIX: Record<Exclude<TopicKind, "site">, string> = { category: "categories", author: "authors", language: "languages" };

/** The key of the topic of a category, author or language name. */
export function topicKey(kind: Exclude<TopicKind, "site">, name: string): string {
  return `${PREFIX[kind]}/${kind === "language" ? name.toLowerCase() : slugify(name)}`;
}

/** `/articles/SLUG`: an item's page. */
export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

/** A topic's HTML page, or that of its archive page `page` (1 = oldest): `/categories/syrie/archive/2/`. */
export function pagePath(topic: string, page?: number): string {
  return `${topic ? `/${topic}` : ""}${page ? `/archive/${page}` : ""}/`;
}

/** A topic's feed in `format`, or that of its archive page `page`: `/categories/syrie/archive/2/atom.xml`. */
export function feedPath(topic: string, format: FeedFormat, page?: number): string {
  return `${pagePath(topic, page)}${FORMATS[format].file}`;
}

/**
 * Where the page a browser gets at the feed `path` is kept: a current feed has
 * its own (it names the feed as its self, WebSub §4), while the three formats of
 * an archive page share one.
 */
export function previewPath(path: string): string {
  return /\/archive\/\d+\/[^/]+$/.test(path) ? path.slice(0, path.lastIndexOf("/") + 1) : path;
}

/** The subscription list of every feed. */
export const OPML_PATH = "/feeds.opml";

/** A path of the site as an absolute URL, encoded for a link. */
export function href(base: string, path: string): string {
  return base + encodeURI(path);
}

/** A URL from an item (absolute, or a path from the site root) made absolute. */
export function absolute(url: string, base: string): string {
  return url.startsWith("/") ? base + url : url;
}
