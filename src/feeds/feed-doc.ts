import type { Item } from "../items/item";
import { imageType } from "../items/image-type";
import { newestChange } from "../items/newest-change";
import type { Site } from "../site";
import { cleanText } from "../text/clean-text";
import { oneLine } from "../text/one-line";
import { absolute, articlePath, href } from "../urls";
import { entryHtml } from "./entry-html";
import type { Tombstone } from "./topic-view";

/** One feed, ready for any format: absolute URLs, text XML can hold, no defaults left. */
export interface FeedDoc {
  id: string;
  title: string;
  description: string;
  language: string;
  home: string;
  self: FeedUrls;
  /** RFC 5005: the archive links of this document, when the feed has archive pages. */
  history?: History;
  /** WebSub hubs this feed advertises (current feeds only: an archive page does not change). */
  hubs?: string[];
  /** Entries withdrawn lately (RFC 6721), which Atom says are deleted. */
  tombstones?: Tombstone[];
  /** The newest change among the entries: never the time of the request. */
  updated: Date;
  author: { name: string; email?: string; url?: string };
  copyright: string;
  icon: string;
  favicon: string;
  entries: Entry[];
}

export interface Entry {
  id: string;
  url: string;
  title: string;
  summary: string;
  html: string;
  published: Date;
  updated: Date;
  dateApproximate: boolean;
  dateNote?: string;
  authors: { name: string; email?: string; url?: string }[];
  categories: string[];
  language: string;
  credit?: string;
  image?: { url: string; type: string; length?: number };
  source?: { name: string; url: string };
}

export interface FeedUrls {
  rss: string;
  atom: string;
  json: string;
}

export interface History {
  /** This document is an archive page (RFC 5005 §4: `fh:archive`). */
  archive: boolean;
  /** The subscription feed (`current`). */
  current: FeedUrls;
  /** The next older archive page (`prev-archive`). */
  prev?: FeedUrls;
  /** The next newer archive page (`next-archive`). */
  next?: FeedUrls;
}

export interface FeedScope {
  /** Paths of this document's three formats, e.g. `{ rss: "/rss.xml", … }`. */
  paths: FeedUrls;
  /** Path of the page the feed belongs to: "/" for the site's. */
  page?: string;
  /** Tag-URI suffix of the feed's own id: `feed` for the site's subscription feed. */
  key: string;
  /** Added to the site title, for topic feeds. */
  subtitle?: string;
  /** The feed's language, when not the site's (a language's own feed). */
  language?: string;
  /** Archive links, as paths. */
  history?: History;
  /** WebSub hubs, for a feed readers subscribe to. */
  hubs?: readonly string[];
  tombstones?: readonly Tombstone[];
}

/** Builds the format-neutral feed for `items` (already chosen and ordered). */
export function feedDoc(items: readonly Item[], site: Site, base: string, scope: FeedScope): FeedDoc {
  const entries = items.map((item) => entry(item, base));
  return {
    id: `tag:${site.tagAuthority}:${scope.key}`,
    // Site settings are written in code, not through the item schema: one line here too.
    title: oneLine(cleanText(scope.subtitle ? `${site.title} — ${scope.subtitle}` : site.title)),
    description: cleanText(site.description),
    language: scope.language ?? site.language,
    home: href(base, scope.page ?? "/"),
    self: urls(scope.paths, base),
    ...(scope.history && {
      history: {
        archive: scope.history.archive,
        current: urls(scope.history.current, base),
        ...(scope.history.prev && { prev: urls(scope.history.prev, base) }),
        ...(scope.history.next && { next: urls(scope.history.next, base) }),
      },
    }),
    ...(scope.hubs && scope.hubs.length > 0 && { hubs: [...scope.hubs] }),
    ...(scope.tombstones && scope.tombstones.length > 0 && { tombstones: [...scope.tombstones] }),
    updated: newestChange(items),
    author: cleanPerson(site.author, base),
    copyright: cleanText(site.copyright),
    icon: absolute(site.icon, base),
    favicon: absolute(site.favicon, base),
    entries,
  };
}

function entry(item: Item, base: string): Entry {
  const image = item.image?.url && {
    url: absolute(item.image.url, base),
    type: imageType(item.image)!,
    ...(item.image.length && { length: item.image.length }),
  };
  return {
    id: item.id,
    url: href(base, articlePath(item.slug)),
    title: cleanText(item.title),
    summary: cleanText(item.summary),
    html: cleanText(entryHtml(item, base)),
    published: new Date(item.date),
    updated: new Date(item.updated ?? item.date),
    dateApproximate: item.dateApproximate,
    ...(item.dateNote && { dateNote: cleanText(item.dateNote) }),
    authors: item.authors.map((a) => cleanPerson(a, base)),
    categories: item.categories.map(cleanText),
    language: item.language,
    ...(item.credit && { credit: cleanText(item.credit) }),
    ...(image && { image }),
    ...(item.source && { source: { name: cleanText(item.source.name), url: absolute(item.source.url, base) } }),
  };
}

function urls(paths: FeedUrls, base: string): FeedUrls {
  return { rss: href(base, paths.rss), atom: href(base, paths.atom), json: href(base, paths.json) };
}

function cleanPerson(person: { name: string; email?: string; url?: string }, base: string) {
  return {
    name: oneLine(cleanText(person.name)),
    ...(person.email && { email: cleanText(person.email) }),
    ...(person.url && { url: absolute(person.url, base) }),
  };
}
