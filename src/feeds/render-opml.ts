import { escapeHtml } from "../text/escape-html";
import { cleanText } from "../text/clean-text";
import type { Catalog } from "./feed-catalog";
import { feedPath, topicPath } from "./feed-catalog";
import { FEED_FORMATS, type FeedFormat } from "./feed-formats";

/** OPML 2.0's `version` attribute names RSS versions only ("Subscription lists"). */
const OPML_VERSION: Partial<Record<FeedFormat, string>> = { rss: "RSS2" };

/**
 * `/feeds.opml`: every subscription feed of the site (http://opml.org/spec2.opml),
 * one outline per topic holding its three formats, so a reader imports them all
 * at once. Archive pages are not listed: the feeds link to them.
 */
export function renderOpml(catalog: Catalog, base: string, updated: Date): string {
  const attr = (value: string) => escapeHtml(cleanText(value));
  const outlines = catalog.topics.map((topic) => {
    const name = topic.title;
    const feeds = (Object.keys(FEED_FORMATS) as FeedFormat[]).map((format) => {
      const xmlUrl = base + encodeURI(feedPath(topic, format));
      const language = topic.language ? ` language="${attr(topic.language)}"` : "";
      const version = OPML_VERSION[format] ? ` version="${OPML_VERSION[format]}"` : "";
      return `      <outline type="rss"${version} text="${attr(`${name} (${FEED_FORMATS[format].label})`)}" xmlUrl="${attr(xmlUrl)}" htmlUrl="${attr(base + encodeURI(topicPath(topic)))}"${language}/>`;
    });
    return `    <outline text="${attr(name)}">\n${feeds.join("\n")}\n    </outline>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0">
  <head>
    <title>${attr(catalog.topics[0]!.title)}</title>
    <dateCreated>${updated.toUTCString()}</dateCreated>
    <docs>http://opml.org/spec2.opml</docs>
  </head>
  <body>
${outlines.join("\n")}
  </body>
</opml>
`;
}
