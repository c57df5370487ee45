import type { Item } from "../items/item";
import type { ItemState, Origin, Withdrawal } from "../store/item-row";

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
  /** Its version, for paths whose input is versioned (ninjs `versionCreated`, ISO 8601 UTC): an older or equal one is ignored. */
  version?: string;
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

/**
 * An item its source withdrew (ninjs `pubStatus` canceled or withheld): it leaves
 * every page and feed at once, its page answers 410 Gone, and the Atom feeds
 * that showed it carry a tombstone (RFC 6721) for 30 days. Remembered even for
 * an item never seen, so that an older version arriving later is not published.
 */
export interface Withdraw {
  kind: "withdraw";
  origin: Origin;
  key: string;
  /** The id the item has (or would have). */
  id: string;
  status: Withdrawal;
  /** The withdrawal's version (ninjs `versionCreated`), ISO 8601 UTC. */
  version: string;
  digest: string;
  source?: unknown;
}

export type Change = Put | Remove | Promote | Withdraw;

export type Result = "created" | "updated" | "unchanged" | "ignored" | "withdrawn" | "deleted" | "absent" | "refused";

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
