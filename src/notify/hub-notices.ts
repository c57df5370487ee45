/**
 * The statement that records, for every hub, that the feeds at `urls` changed:
 * run in the batch that stores their documents, after the revision moves on, so
 * that a change is told if and only if it is stored. A notice still waiting for
 * the same hub and feed is replaced: one ping tells of every change before it.
 */
export function noticeStatement(db: D1Database, hubs: readonly string[], urls: readonly string[], due: number): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO hub_notices (hub, url, revision, attempts, due)
       SELECT h.value, u.value, (SELECT CAST(value AS INTEGER) FROM site_state WHERE key = 'revision'), 0, ?3
       FROM json_each(?1) h, json_each(?2) u WHERE true
       ON CONFLICT (hub, url) DO UPDATE SET revision = excluded.revision, attempts = 0, due = excluded.due`,
    )
    .bind(JSON.stringify(hubs), JSON.stringify(urls), due);
}

/** A hub still to be told that a feed changed. */
export interface HubNotice {
  hub: string;
  url: string;
  revision: number;
  attempts: number;
}

/** The notices for `hub` due at `now`, oldest first, at most `limit`. */
export async function dueNotices(db: D1Database, hub: string, now: number, limit: number): Promise<HubNotice[]> {
  const { results } = await db
    .prepare("SELECT hub, url, revision, attempts FROM hub_notices WHERE hub = ?1 AND due <= ?2 ORDER BY due, url LIMIT ?3")
    .bind(hub, now, limit)
    .all<HubNotice>();
  return results;
}

/** When the next notice (for `hub`, or for any) is due, in milliseconds since the epoch; null when none waits. */
export async function nextNoticeDue(db: D1Database, hub?: string): Promise<number | null> {
  return db.prepare("SELECT MIN(due) AS due FROM hub_notices WHERE ?1 IS NULL OR hub = ?1").bind(hub ?? null).first<number | null>("due");
}

/** Drops the notices for hubs no longer in WEBSUB_HUBS; says how many, by hub. */
export async function dropUnlisted(db: D1Database, hubs: readonly string[]): Promise<{ hub: string; dropped: number }[]> {
  const { results } = await db
    .prepare("DELETE FROM hub_notices WHERE hub NOT IN (SELECT value FROM json_each(?1)) RETURNING hub")
    .bind(JSON.stringify(hubs))
    .all<{ hub: string }>();
  const counts = new Map<string, number>();
  for (const { hub } of results) counts.set(hub, (counts.get(hub) ?? 0) + 1);
  return [...counts].map(([hub, dropped]) => ({ hub, dropped }));
}

/**
 * Settles notices in one batch: `done` ones are removed, `later` ones wait until
 * their `due`. Each is matched with its revision, so a notice for a newer change,
 * written meanwhile, is neither removed nor put off.
 */
export function settleStatements(db: D1Database, done: readonly HubNotice[], later: readonly (HubNotice & { due: number })[]): D1PreparedStatement[] {
  const key = ({ hub, url, revision }: HubNotice) => ({ hub, url, revision });
  return [
    db
      .prepare(
        `DELETE FROM hub_notices WHERE (hub, url, revision) IN
           (SELECT value ->> 'hub', value ->> 'url', value ->> 'revision' FROM json_each(?1))`,
      )
      .bind(JSON.stringify(done.map(key))),
    db
      .prepare(
        `UPDATE hub_notices SET attempts = attempts + 1,
           due = (SELECT value ->> 'due' FROM json_each(?1) WHERE value ->> 'hub' = hub AND value ->> 'url' = url)
         WHERE (hub, url, revision) IN (SELECT value ->> 'hub', value ->> 'url', value ->> 'revision' FROM json_each(?1))`,
      )
      .bind(JSON.stringify(later.map((n) => ({ ...key(n), due: n.due })))),
  ];
}
