import type { Result } from "../../publish/change";
import type { ItemState } from "../../store/item-row";

/** What became of one document of an ingest: the answer of `POST /ingest/ninjs`, which `npm run import` prints. */
export interface DocumentResult {
  /** The document's `uri`, or `(document N)` when it has none. */
  uri: string;
  result: Result | "kept";
  /** `headlines[0].value: must be string`: the JSON path and what is wrong, one line each. */
  problems?: string[];
  state?: ItemState;
  visibleFrom?: string;
  url?: string;
}
