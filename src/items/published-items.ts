import itemsJson from "../../.generated/items.js";
import type { Item } from "./item";

let items: readonly Item[] | undefined;

/** The items the build validated, newest first; parsed once per isolate, on first use. */
export function publishedItems(): readonly Item[] {
  return (items ??= Object.freeze(JSON.parse(itemsJson) as Item[]));
}
