/** Feed media types: a client that names one wants the feed, whatever else it says. */
const FEED_TYPES = /application\/(?:rss\+xml|atom\+xml|feed\+json|rdf\+xml)/i;
/** Named by browsers in their navigation Accept, and by nothing that reads feeds (unless at q=0: not wanted). */
const XHTML = /application\/xhtml\+xml(?!\s*;\s*q\s*=\s*0(?:\.0*)?\s*(?:,|$))/i;

/**
 * Whether a request to a feed's address is a person's browser opening it, who is
 * better served by a page about the feed. A feed reader must never get HTML, so
 * the page is sent only when the request says it is a navigation:
 *
 * - Fetch metadata (https://w3c.github.io/webappsec-fetch-metadata/): every
 *   current browser sends `Sec-Fetch-Dest: document` and `Sec-Fetch-Mode: navigate`
 *   when a person opens an address; a script's `fetch` says `empty` and `cors`.
 * - Browsers from before Fetch metadata (Safari before 16.4, Firefox before 90)
 *   name `application/xhtml+xml` in the Accept of a navigation. Clients that
 *   merely rank text/html first (Java's URLConnection sends
 *   `text/html, image/gif, image/jpeg` and any type at q=.2) do not, and get the feed.
 *
 * An Accept naming a feed type always gets the feed (Miniflux names text/html
 * and the feed types alike).
 */
export function wantsHtml(headers: Headers): boolean {
  const accept = headers.get("Accept") ?? "";
  if (FEED_TYPES.test(accept)) return false;
  const dest = headers.get("Sec-Fetch-Dest");
  if (dest !== null) return dest === "document" && headers.get("Sec-Fetch-Mode") === "navigate";
  return XHTML.test(accept);
}
