import type { Topic } from "../feeds/topic-view";
import { FEED_FORMATS, FORMATS } from "../formats";
import { feedPath, href } from "../urls";
import type { FeedLink } from "./layout";

/** The three feeds of a topic (or of its archive page), for autodiscovery and for the lists on pages. */
export function feedLinks(topic: Topic, base: string, page?: number): FeedLink[] {
  return FEED_FORMATS.map((format) => ({
    title: `${topic.title} (${FORMATS[format].label})`,
    type: FORMATS[format].mediaType,
    href: href(base, feedPath(topic.key, format, page)),
    // A language's own feeds say so (RFC 8288 §3.4.1): readers can pick theirs.
    ...(topic.kind === "language" && { hreflang: topic.name }),
  }));
}
