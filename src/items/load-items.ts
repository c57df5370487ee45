import type { Item } from "./item";
import { ItemsError } from "./items-error";
import { parseItem, type ItemDefaults } from "./parse-item";

export interface ItemFile {
  /** Path as the editor knows it, e.g. `items/boukamal.md`. */
  path: string;
  bytes: Uint8Array;
}

/**
 * Validates every item file and returns the published items, newest first.
 * Any problem in any file throws one `ItemsError` listing all of them, so nothing
 * is published half-built. Drafts are left out.
 */
export function loadItems(files: readonly ItemFile[], defaults: ItemDefaults): Item[] {
  const lines: string[] = [];
  const items: Item[] = [];
  const owners = new Map<string, string>();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : 1));

  for (const { path, bytes } of sorted) {
    if (!path.endsWith(".md")) {
      lines.push(`${path} → file: not an item (items are Markdown files ending in .md)`);
      continue;
    }
    const parsed = parseItem(path, bytes, defaults);
    if (!parsed.ok) {
      lines.push(...parsed.problems.map((problem) => `${path} → ${problem}`));
      continue;
    }
    const { item } = parsed;
    // Drafts claim their slug and id too: publishing one later must not collide.
    for (const [field, key] of [["slug", `slug:${item.slug}`], ["id", `id:${item.id}`]] as const) {
      const owner = owners.get(key);
      if (owner) lines.push(`${path} → ${field}: ${JSON.stringify(item[field])} is already used by ${owner}`);
      else owners.set(key, path);
    }
    if (!parsed.draft) items.push(item);
  }
  if (lines.length > 0) throw new ItemsError(lines);
  return items.sort((a, b) => (a.date === b.date ? (a.slug < b.slug ? -1 : 1) : a.date < b.date ? 1 : -1));
}
