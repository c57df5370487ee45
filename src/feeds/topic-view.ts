import type { Item } from "../items/item";
import type { Site } from "../site";
import type { TopicKind } from "../urls";

/** A set of items with its own page and feeds: the whole site, or one topic. */
export interface Topic {
  /** "" for the site, "categories/syrie"… (see urls.ts). */
  key: string;
  kind: TopicKind;
  /** As the items spell it: "Syrie", "Jane Doe", "en-GB"; the site's title for the site. */
  name: string;
  /** As its feeds and pages are titled: "Le Fil — Syrie"; "Le Fil" for the site. */
  title: string;
}

/** One document of a topic: its current feed, or its archive page `page`, with the items it shows. */
export interface TopicView {
  topic: Topic;
  /** The archive page (1 = oldest), or undefined for the current feed. */
  page?: number;
  /** How many archive pages the topic has. */
  pages: number;
  /** Newest first. */
  items: readonly Item[];
  /** Items withdrawn by their source lately, for RFC 6721 tombstones in the current feed. */
  tombstones?: readonly Tombstone[];
}

/** RFC 6721 §2: a deleted entry, by the id it had and when it was deleted. */
export interface Tombstone {
  ref: string;
  when: Date;
}

/** A topic as feeds and pages show it, from what the store knows of it. */
export function topic(key: string, kind: TopicKind, name: string, site: Site): Topic {
  return kind === "site" ? { key, kind, name: site.title, title: site.title } : { key, kind, name, title: `${site.title} — ${name}` };
}

/** The language every item of `items` is in, when they share one. */
export function sharedLanguage(items: readonly Item[]): string | undefined {
  const languages = new Set(items.map((i) => i.language));
  return languages.size === 1 ? [...languages][0] : undefined;
}

/** The site as a topic. */
export function siteTopic(site: Site): Topic {
  return topic("", "site", "", site);
}
