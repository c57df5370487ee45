import itemsJson from "../../.generated/items.js";
import type { Item } from "./item";

let items: readonly Item[] | undefined;

/** The items the build validated, newest first; parsed once per isolate, on first use. */
export function publishedItems(): readonly Item[] {
  return (items ??= Object.freeze(JSON.parse(itemsJson) as Item[]));
}

let bySlug: Map<string, Item> | undefined;

/** The published item at `/articles/slug`, found without scanning every item. */
export function itemBySlug(slug: string): Item | undefined {
  bySlug ??= new Map(publishedItems().map((item) => [item.slug, item]));
  return bySlug.get(slug);
}
