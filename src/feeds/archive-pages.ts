/**
 * RFC 5005 §4 (archived feeds), for items newest first: complete pages of `size`
 * items, counted from the oldest, so a page never changes once written while
 * items are added; and the current (subscription) feed, which holds every item
 * no page holds, so no item is in two documents and a reader that follows
 * `prev-archive` links sees each exactly once. The newest `size` items are never
 * archived.
 *
 * Archives start at two pages: a lone page would have neither a `prev-archive`
 * nor a `next-archive` link, which the W3C validator reports as an incomplete
 * archive. So the current feed carries between `size` and 2 × `size` − 1 items,
 * and up to 3 × `size` − 1 while the feed is shorter than that.
 */
export function archivePages<T>(newestFirst: readonly T[], size: number): { current: T[]; pages: T[][] } {
  const full = Math.max(0, Math.floor((newestFirst.length - size) / size));
  const archived = (full >= 2 ? full : 0) * size;
  const oldestFirst = [...newestFirst].reverse();
  const pages: T[][] = [];
  for (let start = 0; start < archived; start += size) {
    // Each document lists its items newest first, as the current feed does.
    pages.push(oldestFirst.slice(start, start + size).reverse());
  }
  return { current: newestFirst.slice(0, newestFirst.length - archived), pages };
}
