import type { FeedDoc } from "./feed-doc";
import { renderAtom } from "./render-atom";
import { renderJsonFeed } from "./render-json-feed";
import { renderRss } from "./render-rss";

export type FeedFormat = "rss" | "atom" | "json";

/** Each format: its renderer and its media type (RFC 4287 §7 for Atom; JSON Feed 1.1). */
export const FEED_FORMATS: Record<FeedFormat, { render: (doc: FeedDoc) => string; mediaType: string; label: string }> = {
  rss: { render: renderRss, mediaType: "application/rss+xml", label: "RSS 2.0" },
  atom: { render: renderAtom, mediaType: "application/atom+xml", label: "Atom 1.0" },
  json: { render: renderJsonFeed, mediaType: "application/feed+json", label: "JSON Feed 1.1" },
};

/** Where the site's own feeds live. */
export const SITE_FEED_PATHS: Record<FeedFormat, string> = {
  rss: "/rss.xml",
  atom: "/atom.xml",
  json: "/feed.json",
};
