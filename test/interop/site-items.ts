import { join } from "node:path";
import { readItemFiles } from "../../src/cli/read-item-files";
import type { Item } from "../../src/items/item";
import { loadItems } from "../../src/items/load-items";
import { site } from "../../src/site";
import { shownNow } from "./expected-entries";

/**
 * The items the site in `dir` shows now, newest first, read from its items/ by
 * the site's own code (`npm run check` reads them so): drafts and scheduled
 * items left out.
 */
export async function siteItems(dir: string): Promise<Item[]> {
  return shownNow(loadItems(await readItemFiles(join(dir, "items")), site));
}

/** The item read from `file` (`hostile-text.md`); throws when the site does not show it. */
export function itemFrom(items: readonly Item[], file: string): Item {
  const item = items.find((i) => i.file.endsWith(`/${file}`));
  if (!item) throw new Error(`no published item from ${file}`);
  return item;
}
