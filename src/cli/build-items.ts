/// <reference types="node" />
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Item } from "../items/item";
import { loadItems } from "../items/load-items";
import type { ItemDefaults } from "../items/parse-item";
import { readItemFiles } from "./read-item-files";

export interface Built {
  items: Item[];
  drafts: number;
  /** Items dated after `now`: served from their date on. */
  scheduled: Item[];
}

/**
 * Validates every file in `itemsDir` and writes the module the Worker imports to
 * `out`. Any problem throws `ItemsError` with every line; the module is then
 * removed, so that nothing stale can be served or tested.
 */
export async function buildItems(itemsDir: string, out: string, defaults: ItemDefaults, now = Date.now()): Promise<Built> {
  try {
    const files = await readItemFiles(itemsDir);
    const items = loadItems(files, defaults);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(
      join(dirname(out), "items.d.ts"),
      'declare module "*/.generated/items.txt" {\n  const json: string;\n  export default json;\n}\n',
    );
    await writeFile(`${out}.tmp`, JSON.stringify(items));
    await rename(`${out}.tmp`, out);
    const scheduled = items.filter((item) => Date.parse(item.date) > now).reverse();
    return { items, drafts: files.length - items.length, scheduled };
  } catch (error) {
    await rm(out, { force: true });
    throw error;
  }
}
