/**
 * Freshness for readers and caches (RFC 9111 §5.2.2, RFC 5861). Items change only
 * with a deployment, so a copy may be reused for 5 minutes (readers poll every few
 * minutes; a new item shows within one poll or two), shared caches keep it 15, and
 * a stale copy may be served while it is revalidated or when the Worker fails.
 */
const FRESHNESS = "public, max-age=300, s-maxage=900, stale-while-revalidate=3600, stale-if-error=86400";

/** Headers of every feed response: web-based readers fetch feeds from other origins. */
export const FEED_POLICY: Readonly<Record<string, string>> = {
  "Cache-Control": FRESHNESS,
  "Access-Control-Allow-Origin": "*",
  "X-Content-Type-Options": "nosniff",
  // Cloudflare compresses by the reader's Accept-Encoding: caches must keep the encodings apart.
  Vary: "Accept-Encoding",
};

/** Headers of every HTML page. */
export const PAGE_POLICY: Readonly<Record<string, string>> = {
  "Cache-Control": FRESHNESS,
  "X-Content-Type-Options": "nosniff",
  Vary: "Accept-Encoding",
};
