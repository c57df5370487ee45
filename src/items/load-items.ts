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
    // An id made from a taken slug collides as well; the slug line says it all.
    const clash = claim(owners, "slug", item.slug, path) ?? claim(owners, "id", item.id, path);
    if (clash) lines.push(clash);
    if (!parsed.draft) items.push(item);
  }
  if (lines.length > 0) throw new ItemsError(lines);
  return items.sort((a, b) => (a.date === b.date ? (a.slug < b.slug ? -1 : 1) : a.date < b.date ? 1 : -1));
}

/** Records that `path` uses `value` as its `field`, or says who already does. */
function claim(owners: Map<string, string>, field: "slug" | "id", value: string, path: string): string | undefined {
  const owner = owners.get(`${field} ${value}`);
  if (owner) return `${path} → ${field}: ${JSON.stringify(value)} is already used by ${owner}`;
  owners.set(`${field} ${value}`, path);
  return undefined;
}
