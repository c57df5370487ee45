import { writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * `count` short dispatches, one a day from 1 January 2024, all in the category
 * "Archives": enough for the site's feed and that category's to have RFC 5005
 * archive pages. Their text holds "&" and "<" as words.
 */
export function syntheticItems(count: number): { name: string; text: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(3, "0");
    const date = new Date(Date.UTC(2024, 0, i + 1, 8)).toISOString();
    const text = `---\ntitle: "Dépêche d’archive n° ${n}"\ndate: ${date}\nsummary: "Résumé de la dépêche ${n}."\ncategories:\n  - Archives\n---\nTexte de la dépêche ${n}, avec « guillemets » & <suite>.\n`;
    return { name: `archive-${n}.md`, text };
  });
}

/** Writes `syntheticItems(count)` into the folder `dir`. */
export async function writeSyntheticItems(dir: string, count: number): Promise<void> {
  for (const { name, text } of syntheticItems(count)) await writeFile(join(dir, name), text);
}
