import type { Item } from "./item";

/** The items readers may see at one moment, and when that changes next. */
export interface Publication {
  /** Newest first: every item whose date has come. */
  items: readonly Item[];
  bySlug: ReadonlyMap<string, Item>;
  /** When the next scheduled item comes due (ms since the epoch), or Infinity. */
  nextDue: number;
}

/**
 * An item dated in the future is scheduled: the build accepts it, and it stays out
 * of every page and feed until its date. Returns the publication at `now` for
 * items newest first, kept until the next scheduled item comes due, so that each
 * request pays one comparison.
 */
export function scheduler(all: readonly Item[]): (now: number) => Publication {
  let current: Publication | undefined;
  return (now) => {
    if (current && now < current.nextDue) return current;
    const items = all.filter((item) => Date.parse(item.date) <= now);
    const due = all.map((item) => Date.parse(item.date)).filter((time) => time > now);
    current = { items, bySlug: new Map(items.map((item) => [item.slug, item])), nextDue: Math.min(Infinity, ...due) };
    return current;
  };
}
