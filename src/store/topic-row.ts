import type { TopicKind } from "../urls";

/** A topic as the store holds it: the site, a category, an author or a language. */
export interface TopicRow {
  key: string;
  kind: TopicKind;
  name: string;
  /** Memberships ever given, plus one: archive pages are cut from it. */
  next_seq: number;
  /** Items shown now. */
  live: number;
}

/** The topics of `keys` that exist, by key. */
export async function topicsByKey(db: D1Database, keys: readonly string[]): Promise<Map<string, TopicRow>> {
  if (keys.length === 0) return new Map();
  const { results } = await db
    .prepare(`SELECT * FROM topics WHERE key IN (SELECT value FROM json_each(?1))`)
    .bind(JSON.stringify(keys))
    .all<TopicRow>();
  return new Map(results.map((row) => [row.key, row]));
}

/** Every topic with items shown now, site first, then categories, authors and languages by key. */
export async function liveTopics(db: D1Database): Promise<TopicRow[]> {
  const { results } = await db
    .prepare(
      `SELECT * FROM topics WHERE live > 0 OR kind = 'site'
       ORDER BY CASE kind WHEN 'site' THEN 0 WHEN 'category' THEN 1 WHEN 'author' THEN 2 ELSE 3 END, key`,
    )
    .all<TopicRow>();
  return results;
}
