import { feedPath, type Topic } from "../feeds/feed-catalog";
import { FEED_FORMATS, type FeedFormat } from "../feeds/feed-formats";
import type { FeedLink } from "./layout";

/** The three feeds of a topic, for autodiscovery and for the lists on pages. */
export function feedLinks(topic: Topic, base: string): FeedLink[] {
  return (Object.keys(FEED_FORMATS) as FeedFormat[]).map((format) => ({
    title: `${topic.title} (${FEED_FORMATS[format].label})`,
    type: FEED_FORMATS[format].mediaType,
    href: base + encodeURI(feedPath(topic, format)),
    // A language's own feeds say so (RFC 8288 §3.4.1): readers can pick theirs.
    ...(topic.kind === "language" && topic.language && { hreflang: topic.language }),
  }));
}
