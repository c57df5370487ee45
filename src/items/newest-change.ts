import type { Item } from "./item";

/**
 * The newest change among `items` (`updated`, else `date`): a feed's `updated`
 * and a response's Last-Modified. The epoch when there are none, never the
 * clock, so the same items always give the same bytes.
 */
export function newestChange(items: readonly Pick<Item, "date" | "updated">[]): Date {
  return new Date(Math.max(0, ...items.map((item) => Date.parse(item.updated ?? item.date))));
}
