import type { Item } from "../items/item";
import { labels } from "../text/labels";

/** An item's date for people, in its language: the day alone when no time was given. */
export function formatDate(item: Item, timeZone: string): string {
  const date = new Date(item.date);
  const text = item.dayOnly
    ? new Intl.DateTimeFormat(item.language, { dateStyle: "long", timeZone: "UTC" }).format(date)
    : new Intl.DateTimeFormat(item.language, { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
  return item.dateApproximate ? `${text} (${labels(item.language).approximately})` : text;
}
