import type { Item } from "../items/item";

/** Where an item came from: each publishing path owns its items and never touches another's. */
export type Origin = "files" | "micropub" | "ninjs";

/** `live`: shown now; `scheduled`: shown from `visible_from`; `draft` and `deleted`: shown nowhere. */
export type ItemState = "live" | "scheduled" | "draft" | "deleted";

/** Why a source took an item down (ninjs `pubStatus`): a kill is final, a hold lasts until a later version. */
export type Withdrawal = "canceled" | "withheld";

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
  /** The version its path last stored (ninjs `versionCreated`), or null. */
  version: string | null;
  /** Set when its source withdrew it: the row is `deleted`, its page answers 410. */
  withdrawn: Withdrawal | null;
  withdrawn_at: string | null;
}

/** The items of rows, parsed. */
export function itemsOf(rows: readonly { item: string }[]): Item[] {
  return rows.map((row) => JSON.parse(row.item) as Item);
}
