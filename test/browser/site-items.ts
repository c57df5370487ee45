import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Item } from "../../src/items/item";
import { scheduler } from "../../src/items/publication";

/**
 * The published items of the site in `dir`, newest first, as its build wrote them
 * into .generated/: what the pages must show now, drafts and scheduled items left out.
 */
export async function siteItems(dir: string): Promise<Item[]> {
  return scheduler(JSON.parse(await readFile(join(dir, ".generated/items.txt"), "utf8")) as Item[])(Date.now()).items.slice();
}

/** The item built from `file` (`hostile-text.md`); throws when the build left it out. */
export function itemFrom(items: readonly Item[], file: string): Item {
  const item = items.find((i) => i.file.endsWith(`/${file}`));
  if (!item) throw new Error(`no published item from ${file}`);
  return item;
}
