import type { Item } from "./item";
import { ItemsError } from "./items-error";
import { parseItem, type ItemDefaults } from "./parse-item";
import { slugify } from "../text/slugify";

/** An item file as read: its bytes, or why it was not read (a link, a folder…). */
export type ItemFile = {
  /** Path as the editor knows it, e.g. `items/boukamal.md`. */
  path: string;
} & ({ bytes: Uint8Array } | { refused: string });

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

  for (const file of sorted) {
    const { path } = file;
    if ("refused" in file) {
      lines.push(`${path} → ${file.refused}`);
      continue;
    }
    if (!path.endsWith(".md")) {
      lines.push(`${path} → file: not an item (items are Markdown files ending in .md)`);
      continue;
    }
    const parsed = parseItem(path, file.bytes, defaults);
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
  lines.push(...sharedPages(items));
  if (lines.length > 0) throw new ItemsError(lines);
  return items.sort((a, b) => (a.date === b.date ? (a.slug < b.slug ? -1 : 1) : a.date < b.date ? 1 : -1));
}

/**
 * Categories and authors get a page each, at a path made from the name: two
 * spellings of one name ("Météo", "Meteo") would share it, so the build asks
 * for one spelling.
 */
function sharedPages(items: readonly Item[]): string[] {
  const lines: string[] = [];
  for (const [field, namesOf] of [
    ["categories", (i: Item) => i.categories],
    ["authors", (i: Item) => i.authors.map((a) => a.name)],
  ] as const) {
    const seen = new Map<string, { name: string; file: string }>();
    for (const item of items) {
      for (const name of namesOf(item)) {
        const slug = slugify(name);
        const first = seen.get(slug) ?? { name, file: item.file };
        seen.set(slug, first);
        if (first.name !== name) {
          lines.push(
            `${item.file} → ${field}: ${JSON.stringify(name)} and ${JSON.stringify(first.name)} (${first.file}) would share one page: spell them the same`,
          );
        }
      }
    }
  }
  return lines;
}

/** Records that `path` uses `value` as its `field`, or says who already does. */
function claim(owners: Map<string, string>, field: "slug" | "id", value: string, path: string): string | undefined {
  const owner = owners.get(`${field} ${value}`);
  if (owner) return `${path} → ${field}: ${JSON.stringify(value)} is already used by ${owner}`;
  owners.set(`${field} ${value}`, path);
  return undefined;
}
