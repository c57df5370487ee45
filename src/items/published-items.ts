import itemsJson from "../../.generated/items.txt";
import type { Item } from "./item";
import { scheduler, type Publication } from "./publication";

let publish: ((now: number) => Publication) | undefined;

/**
 * The items the build validated whose date has come, newest first. The build's
 * module is parsed once per isolate, on first use; the result changes only when
 * a scheduled item comes due.
 */
export function publication(now: number = Date.now()): Publication {
  publish ??= scheduler(Object.freeze(JSON.parse(itemsJson) as Item[]));
  return publish(now);
}
