import type { Item } from "../items/item";
import type { ItemRow } from "../store/item-row";
import type { TopicRow } from "../store/topic-row";
import type { Change } from "./change";
import type { State } from "./plan-changes";
import { topicsOf } from "./topics-of";

/**
 * What the store holds that `changes` can touch, in a handful of queries
 * whatever their number: the rows of their keys, ids and slugs, the memberships
 * of those items, the topics involved and every language topic.
 */
export async function loadState(db: D1Database, changes: readonly Change[]): Promise<State> {
  const json = (values: Iterable<string>) => JSON.stringify([...new Set(values)]);
  const puts = changes.flatMap((c) => (c.kind === "put" ? [c] : []));
  const [byKey, byId, bySlug, shown] = await db.batch<ItemRow | { value: string }>([
    db
      .prepare(
        `SELECT items.* FROM items JOIN json_each(?1) AS k
         ON items.origin = k.value ->> 'origin' AND items.origin_key = k.value ->> 'key'`,
      )
      .bind(JSON.stringify(changes.map((c) => ({ origin: c.origin, key: c.key })))),
    db.prepare("SELECT * FROM items WHERE id IN (SELECT value FROM json_each(?1))").bind(json(puts.map((p) => p.item.id))),
    db.prepare("SELECT * FROM items WHERE state <> 'deleted' AND slug IN (SELECT value FROM json_each(?1))").bind(json(puts.map((p) => p.item.slug))),
    db.prepare("SELECT value FROM site_state WHERE key = 'languages_shown'"),
  ]);
  const rows = [...(byKey!.results as ItemRow[]), ...(byId!.results as ItemRow[]), ...(bySlug!.results as ItemRow[])];
  const state: State = {
    byOrigin: new Map(),
    byId: new Map(),
    slugOwner: new Map(),
    memberships: new Map(),
    topics: new Map(),
    languagesShown: (shown!.results[0] as { value: string } | undefined)?.value === "true",
  };
  for (const row of rows) {
    state.byId.set(row.id, row);
    if (row.state !== "deleted") state.slugOwner.set(row.slug, row.id);
    const key = `${row.origin} ${row.origin_key}`;
    // The row not deleted speaks for its key; a deleted one only when there is no other.
    if (row.state !== "deleted" || !state.byOrigin.has(key)) state.byOrigin.set(key, row);
  }
  const ids = [...state.byId.keys()];
  const { results: memberships } = await db
    .prepare("SELECT topic, seq, item_id FROM memberships WHERE item_id IN (SELECT value FROM json_each(?1))")
    .bind(json(ids))
    .all<{ topic: string; seq: number; item_id: string }>();
  for (const m of memberships) {
    const own = state.memberships.get(m.item_id) ?? new Map<string, number>();
    state.memberships.set(m.item_id, own.set(m.topic, m.seq));
  }
  // The topics an item may leave (its memberships) or enter: those of what is sent, and of a scheduled item coming due.
  const entering = [...puts.map((p) => p.item), ...(byKey!.results as ItemRow[]).filter((r) => r.state === "scheduled").map((r) => JSON.parse(r.item) as Item)];
  const keys = [...memberships.map((m) => m.topic), ...entering.flatMap((item) => topicsOf(item).map((t) => t.key))];
  const { results: topics } = await db
    .prepare("SELECT * FROM topics WHERE key IN (SELECT value FROM json_each(?1)) OR kind = 'language'")
    .bind(json(keys))
    .all<TopicRow>();
  for (const topic of topics) state.topics.set(topic.key, topic);
  return state;
}
