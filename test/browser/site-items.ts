import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Item } from "../../src/items/item";

/**
 * The published items of the site in `dir`, newest first, as its build wrote them
 * into .generated/: what the pages must show, drafts already left out.
 */
export async function siteItems(dir: string): Promise<Item[]> {
  return JSON.parse(await readFile(join(dir, ".generated/items.txt"), "utf8")) as Item[];
}

/** The item built from `file` (`hostile-text.md`); throws when the build left it out. */
export function itemFrom(items: readonly Item[], file: string): Item {
  const item = items.find((i) => i.file.endsWith(`/${file}`));
  if (!item) throw new Error(`no published item from ${file}`);
  return item;
}
