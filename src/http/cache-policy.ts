/**
 * Freshness for readers and caches (RFC 9111 §5.2.2, RFC 5861): a copy may be
 * reused for 5 minutes (readers poll every few minutes; a new item shows within
 * one poll or two), shared caches keep it 15, and a stale copy may be served while
 * it is revalidated or when the Worker fails. Archive pages get the same: they do
 * not change as items are added, but a deleted or withdrawn item must leave them.
 */
const FRESHNESS = "public, max-age=300, s-maxage=900, stale-while-revalidate=3600, stale-if-error=86400";

/**
 * A feed's address answers a browser with a page and anything else with the feed
 * (`wantsHtml`), so caches must key on what that choice reads; Cloudflare also
 * compresses by Accept-Encoding.
 */
const FEED_VARY = "Accept, Sec-Fetch-Dest, Sec-Fetch-Mode, Accept-Encoding";

type Policy = Readonly<Record<string, string>>;

/**
 * What is not a page for people (feeds, OPML, text, errors) runs nothing and
 * loads nothing if a browser ever renders it: CSP's sandbox also gives it an
 * opaque origin (https://www.w3.org/TR/CSP3/#directive-sandbox).
 */
export const NOTHING_RUNS = "default-src 'none'; sandbox";

/**
 * Headers of every feed response. Web-based readers fetch feeds from their own
 * origin: any origin may read them (Fetch, "CORS protocol"); the validators are
 * exposed so that such a reader can make conditional requests, and Link so that
 * it can find the feed's WebSub hubs.
 */
export const FEED_POLICY: Policy = {
  "Cache-Control": FRESHNESS,
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Link",
  "Content-Security-Policy": NOTHING_RUNS,
  "X-Content-Type-Options": "nosniff",
  Vary: FEED_VARY,
};

/**
 * The answer to a CORS preflight for a feed: a web reader that sends validators
 * (headers outside the CORS-safelisted ones) asks first. Browsers keep the answer
 * for Max-Age seconds (Chromium caps it at two hours).
 */
export const PREFLIGHT: Policy = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD",
  "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
  "Access-Control-Max-Age": "86400",
  "Cache-Control": "public, max-age=86400",
  "X-Content-Type-Options": "nosniff",
};

/** Redirects and errors: short-lived, never sniffed, never run. */
export const SMALL_ANSWER: Policy = {
  "Cache-Control": "public, max-age=300",
  "Content-Security-Policy": NOTHING_RUNS,
  "X-Content-Type-Options": "nosniff",
};

/**
 * Headers of every HTML page, with a Content-Security-Policy that allows the one
 * inline stylesheet (by its hash: the caller hands over the stylesheet) and the
 * site's own script, and nothing else: a `<script>` that reached a page from an
 * item's text would not run. The page about a feed, at the feed's address,
 * varies as the feed does. `base` is the site's origin, for the Link header.
 */
export async function pagePolicies(style: string, base: string): Promise<{ page: Policy; preview: Policy }> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(style));
  const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
  const page: Policy = {
    "Cache-Control": FRESHNESS,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": `default-src 'none'; img-src 'self' https: data:; style-src 'sha256-${hash}'; script-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    "Referrer-Policy": "strict-origin-when-cross-origin",
    // Editors' apps find the Micropub endpoint here too (Micropub §5.3, RFC 8288).
    Link: `<${base}/micropub>; rel="micropub"`,
    Vary: "Accept-Encoding",
  };
  return { page, preview: { ...page, Vary: FEED_VARY } };
}

/** Static files of the site's own (the copy script, icons). */
export const STATIC_POLICY: Policy = {
  "Cache-Control": "public, max-age=86400",
  "X-Content-Type-Options": "nosniff",
};
