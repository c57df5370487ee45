import type { Item } from "../items/item";
import type { ItemState, Origin } from "../store/item-row";

/** An item a publishing path sends, validated: stored under (origin, key), replacing what was there. */
export interface Put {
  kind: "put";
  origin: Origin;
  /** The item's name in its path: `items/x.md`, a Micropub URL, a ninjs uri. */
  key: string;
  /** SHA-256 of what the path sent, so that unchanged input is left alone. */
  digest: string;
  item: Item;
  draft: boolean;
  /** When it may be shown: its date, or a later embargo. ISO 8601 UTC. */
  visibleFrom: string;
  /** What the path keeps of its input (Micropub properties, unknown ninjs fields). */
  source?: unknown;
}

/** An item its path no longer has: it leaves every page and feed. */
export interface Remove {
  kind: "delete";
  origin: Origin;
  key: string;
}

/** A scheduled item whose time has come: it enters its pages and feeds (the Publisher's alarm). */
export interface Promote {
  kind: "promote";
  origin: Origin;
  key: string;
}

export type Change = Put | Remove | Promote;

export type Result = "created" | "updated" | "unchanged" | "deleted" | "absent" | "refused";

/** What became of one change. */
export interface Outcome {
  key: string;
  result: Result;
  id?: string;
  slug?: string;
  /** The item's state after the change. */
  state?: ItemState;
  /** When a scheduled item goes live. */
  visibleFrom?: string;
  /** Why it was refused: `field: what is wrong` lines. */
  problems?: string[];
}
