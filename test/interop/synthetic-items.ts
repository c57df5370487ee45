import { writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Writes `count` short dispatches into `dir`, one a day from 1 January 2024, all
 * in the category "Archives": enough for the site's feed and that category's to
 * have RFC 5005 archive pages.
 */
export async function writeSyntheticItems(dir: string, count: number): Promise<void> {
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(3, "0");
    const date = new Date(Date.UTC(2024, 0, i, 8)).toISOString();
    const text = `---\ntitle: "Dépêche d’archive n° ${n}"\ndate: ${date}\nsummary: "Résumé de la dépêche ${n}."\ncategories:\n  - Archives\n---\nTexte de la dépêche ${n}, avec « guillemets » & esperluette.\n`;
    await writeFile(join(dir, `archive-${n}.md`), text);
  }
}
