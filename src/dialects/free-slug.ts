/**
 * `slug`, or `slug-2`, `slug-3`… the first that no item not deleted holds: a new
 * item from an editor's app or an agency never takes another item's page.
 */
export async function freeSlug(db: D1Database, slug: string): Promise<string> {
  const { results } = await db
    // Every slug that is `slug` or starts with `slug-` ("-" sorts just before "."): a range of the index.
    .prepare("SELECT slug FROM items WHERE state <> 'deleted' AND (slug = ?1 OR (slug >= ?1 || '-' AND slug < ?1 || '.'))")
    .bind(slug)
    .all<{ slug: string }>();
  const taken = new Set(results.map((r) => r.slug));
  let n = 1;
  while (taken.has(n === 1 ? slug : `${slug}-${n}`)) n++;
  return n === 1 ? slug : `${slug}-${n}`;
}
