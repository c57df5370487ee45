import type { ItemRow } from "../../store/item-row";
import { articlePath } from "../../urls";

/**
 * The item a Micropub request names by its `url` (the address its creation
 * answered with): a page of this site, `/articles/SLUG`. The row not deleted
 * first; a deleted one only when asked for (`undelete`). One published another
 * way (items/, an agency) only when `anyOrigin`: Micropub may read it, not
 * change it. Else why not.
 */
export async function postRow(db: D1Database, url: string, base: string, deleted = false, anyOrigin = false): Promise<ItemRow | { problem: string }> {
  let path: string;
  try {
    const parsed = new URL(url, `${base}/`);
    if (parsed.origin !== base) return { problem: `url: ${url} is not a post of this site` };
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return { problem: `url: ${JSON.stringify(url)} is not a URL` };
  }
  const slug = /^\/articles\/([^/]+)$/.exec(path)?.[1];
  if (!slug || articlePath(slug) !== path) return { problem: `url: ${url} is not the address of a post (/articles/…)` };
  const row = await db
    .prepare(`SELECT * FROM items WHERE slug = ?1 AND ${deleted ? "state = 'deleted' ORDER BY changed_at DESC" : "state <> 'deleted'"} LIMIT 1`)
    .bind(slug)
    .first<ItemRow>();
  if (!row) return { problem: `url: no ${deleted ? "deleted " : ""}post at ${url}` };
  if (row.origin !== "micropub" && !anyOrigin) {
    return { problem: `url: ${url} was published from ${row.origin === "files" ? row.origin_key : "an agency's feed"}: change it there` };
  }
  return row;
}
