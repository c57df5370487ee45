/** The feed media types: a client that names one wants a feed. */
const FEED_TYPES = /application\/(?:rss\+xml|atom\+xml|feed\+json)/i;

/**
 * Whether a request to a feed's address comes from a person's browser, who is
 * better served by a page about the feed. Browsers say so with Fetch metadata
 * (a navigation to a document); older ones by an Accept that ranks text/html
 * first and names no feed type. Readers, curl and scripts get the feed.
 */
export function wantsHtml(headers: Headers): boolean {
  const dest = headers.get("Sec-Fetch-Dest");
  if (dest !== null) return dest === "document" && headers.get("Sec-Fetch-Mode") === "navigate";
  const accept = headers.get("Accept");
  if (accept === null || FEED_TYPES.test(accept)) return false;
  let html = 0;
  let best = 0;
  for (const range of accept.split(",")) {
    const [type = "", ...params] = range.split(";").map((p) => p.trim().toLowerCase());
    const qParam = params.find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(q > 0)) continue;
    if (type === "text/html") html = Math.max(html, q);
    best = Math.max(best, q);
  }
  return html > 0 && html >= best;
}
