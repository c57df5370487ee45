import type { Item } from "../items/item";
import { formatTime } from "../text/format-time";
import { labels } from "../text/labels";

/** An item's date for people, in its language: the day alone when no time was given. */
export function formatDate(item: Item, timeZone: string): string {
  const text = formatTime(item.date, item.language, timeZone, item.dayOnly);
  return item.dateApproximate ? `${text} (${labels(item.language).approximately})` : text;
}
