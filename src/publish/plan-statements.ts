import type { Plan } from "./plan-changes";

/** D1 limits a bound string to 2 MB: rows travel in JSON chunks well under it. */
const CHUNK_CHARS = 250_000;

/**
 * The writes of a plan as statements for one D1 batch, which D1 runs as one
 * transaction: the items, their memberships, the topics and the units to render
 * are stored together or not at all. A handful of statements whatever the
 * number of items: rows travel as JSON (`json_each`).
 */
export function planStatements(db: D1Database, plan: Plan): D1PreparedStatement[] {
  const statements: D1PreparedStatement[] = [];
  for (const chunk of chunks(plan.items)) {
    statements.push(
      db
        .prepare(
          `INSERT INTO items (id, slug, origin, origin_key, digest, state, date, modified, visible_from, item, source, changed_at, version, withdrawn, withdrawn_at)
           SELECT value ->> 'id', value ->> 'slug', value ->> 'origin', value ->> 'origin_key', value ->> 'digest', value ->> 'state',
                  value ->> 'date', value ->> 'modified', value ->> 'visible_from', value ->> 'item', value ->> 'source', value ->> 'changed_at',
                  value ->> 'version', value ->> 'withdrawn', value ->> 'withdrawn_at'
           FROM json_each(?1) WHERE true
           ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, origin = excluded.origin, origin_key = excluded.origin_key,
             digest = excluded.digest, state = excluded.state, date = excluded.date, modified = excluded.modified,
             visible_from = excluded.visible_from, item = excluded.item, source = excluded.source, changed_at = excluded.changed_at,
             version = excluded.version, withdrawn = excluded.withdrawn, withdrawn_at = excluded.withdrawn_at`,
        )
        .bind(JSON.stringify(chunk)),
    );
  }
  if (plan.removedMemberships.length > 0) {
    statements.push(
      db
        .prepare("DELETE FROM memberships WHERE (topic, seq) IN (SELECT value ->> 'topic', value ->> 'seq' FROM json_each(?1))")
        .bind(JSON.stringify(plan.removedMemberships)),
    );
  }
  if (plan.topics.size > 0) {
    statements.push(
      db
        .prepare(
          `INSERT INTO topics (key, kind, name, next_seq, live)
           SELECT value ->> 'key', value ->> 'kind', value ->> 'name', value ->> 'next_seq', value ->> 'live' FROM json_each(?1) WHERE true
           ON CONFLICT (key) DO UPDATE SET name = excluded.name, next_seq = excluded.next_seq, live = excluded.live`,
        )
        .bind(JSON.stringify([...plan.topics.values()])),
    );
  }
  if (plan.addedMemberships.length > 0) {
    statements.push(
      db
        .prepare("INSERT INTO memberships (topic, seq, item_id) SELECT value ->> 'topic', value ->> 'seq', value ->> 'item_id' FROM json_each(?1)")
        .bind(JSON.stringify(plan.addedMemberships)),
    );
  }
  if (plan.liftedTombstones.length > 0) {
    // The feeds that carried them are rendered again without them.
    const lifted = JSON.stringify(plan.liftedTombstones);
    statements.push(
      db.prepare("INSERT OR IGNORE INTO pending (unit) SELECT 'topic|' || topic || '|current' FROM tombstones WHERE item_id IN (SELECT value FROM json_each(?1))").bind(lifted),
      db.prepare("DELETE FROM tombstones WHERE item_id IN (SELECT value FROM json_each(?1))").bind(lifted),
    );
  }
  if (plan.tombstones.length > 0) {
    statements.push(
      db
        .prepare(
          `INSERT OR REPLACE INTO tombstones (topic, item_id, withdrawn_at)
           SELECT value ->> 'topic', value ->> 'item_id', value ->> 'withdrawn_at' FROM json_each(?1)`,
        )
        .bind(JSON.stringify(plan.tombstones)),
    );
  }
  if (plan.units.size > 0) {
    statements.push(db.prepare("INSERT OR IGNORE INTO pending (unit) SELECT value FROM json_each(?1)").bind(JSON.stringify([...plan.units])));
  }
  if (plan.languagesShown) {
    statements.push(db.prepare("INSERT OR REPLACE INTO site_state (key, value) VALUES ('languages_shown', 'true')"));
  }
  return statements;
}

function chunks<T extends { item: string }>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const row of rows) {
    if (current.length > 0 && size + row.item.length > CHUNK_CHARS) {
      result.push(current);
      [current, size] = [[], 0];
    }
    current.push(row);
    size += row.item.length + 500;
  }
  if (current.length > 0) result.push(current);
  return result;
}
