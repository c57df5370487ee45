import { escapeHtml } from "../text/escape-html";
import type { FeedDoc } from "./feed-doc";

/** RFC 6721's namespace (Atom tombstones). */
export const AT_NAMESPACE = "http://purl.org/atompub/tombstones/1.0";

/**
 * RFC 6721 §2: an `at:deleted-entry` per entry withdrawn lately, naming the id
 * it had (`ref`) and when it was deleted (`when`, an RFC 3339 date-time), so that
 * readers that keep entries take it down. Atom only: RSS and JSON Feed have no
 * such element, and simply stop carrying the item.
 */
export function tombstoneLines(doc: FeedDoc): string[] {
  return (doc.tombstones ?? []).map(({ ref, when }) => `<at:deleted-entry ref="${escapeHtml(ref)}" when="${when.toISOString()}"/>`);
}
