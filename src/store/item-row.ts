import type { Item } from "../items/item";

/** Where an item came from: each publishing path owns its items and never touches another's. */
export type Origin = "files" | "micropub" | "ninjs";

/** `live`: shown now; `scheduled`: shown from `visible_from`; `draft` and `deleted`: shown nowhere. */
export type ItemState = "live" | "scheduled" | "draft" | "deleted";

/** An item as the store holds it (migrations/0001_store.sql). */
export interface ItemRow {
  id: string;
  slug: string;
  origin: Origin;
  origin_key: string;
  digest: string;
  state: ItemState;
  date: string;
  /** Its last change: `updated`, else `date`. */
  modified: string;
  visible_from: string;
  /** JSON of the validated `Item`. */
  item: string;
  /** JSON of what the publishing path keeps of its input, or null. */
  source: string | null;
  changed_at: string;
}

/** The row of the item that `origin` knows as `key`, deleted or not. */
export function itemByOrigin(db: D1Database, origin: Origin, key: string): Promise<ItemRow | null> {
  return db.prepare("SELECT * FROM items WHERE origin = ?1 AND origin_key = ?2").bind(origin, key).first<ItemRow>();
}

/** The items of rows, parsed. */
export function itemsOf(rows: readonly { item: string }[]): Item[] {
  return rows.map((row) => JSON.parse(row.item) as Item);
}
