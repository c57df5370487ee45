import type { Item } from "../items/item";
import { labels } from "../text/labels";

/** Formatters made once per language, zone and style: making one costs more than formatting a date with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** An item's date for people, in its language: the day alone when no time was given. */
export function formatDate(item: Item, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = item.dayOnly ? { dateStyle: "long", timeZone: "UTC" } : { dateStyle: "long", timeStyle: "short", timeZone };
  const key = `${item.language} ${options.timeZone} ${options.timeStyle ?? ""}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(item.language, options);
    formatters.set(key, formatter);
  }
  const text = formatter.format(new Date(item.date));
  return item.dateApproximate ? `${text} (${labels(item.language).approximately})` : text;
}
