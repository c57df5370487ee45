/**
 * RFC 5005 §4 (archived feeds) on a topic whose items are numbered in the order
 * they entered it (1, 2, 3…; a number is never reused, even when its item
 * leaves). Archive page k (1 = oldest) holds numbers (k−1)·size+1 … k·size; the
 * current (subscription) feed holds every number above the last page. So a page
 * never changes as items come, a deleted or withdrawn item takes only its own
 * entry out of its page, a backdated item enters the current feed (it is new to
 * readers), and a reader that follows `prev-archive` sees each item once.
 *
 * The newest `size` numbers are never archived, and archives start at two pages:
 * a lone page would have neither a `prev-archive` nor a `next-archive` link,
 * which the W3C validator reports as an incomplete archive.
 */
export function archivedPages(numbered: number, size: number): number {
  const full = Math.max(0, Math.floor((numbered - size) / size));
  return full >= 2 ? full : 0;
}

/** The archive page holding number `seq`, or undefined when it is in the current feed. */
export function pageOf(seq: number, pages: number, size: number): number | undefined {
  return seq <= pages * size ? Math.ceil(seq / size) : undefined;
}
