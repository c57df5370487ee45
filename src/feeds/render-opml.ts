import { FEED_FORMATS, FORMATS, type FeedFormat } from "../formats";
import { cleanText } from "../text/clean-text";
import { escapeHtml } from "../text/escape-html";
import { feedPath, href, pagePath } from "../urls";
import type { Topic } from "./topic-view";

/** OPML 2.0's `version` attribute names RSS versions only ("Subscription lists"). */
const OPML_VERSION: Partial<Record<FeedFormat, string>> = { rss: "RSS2" };

/**
 * `/feeds.opml`: every subscription feed of the site (http://opml.org/spec2.opml),
 * one outline per topic holding its three formats, so a reader imports them all
 * at once. Archive pages are not listed: the feeds link to them. `topics` starts
 * with the site.
 */
export function renderOpml(topics: readonly Topic[], base: string, updated: Date): string {
  const attr = (value: string) => escapeHtml(cleanText(value));
  const outlines = topics.map((topic) => {
    const feeds = FEED_FORMATS.map((format) => {
      const language = topic.kind === "language" ? ` language="${attr(topic.name)}"` : "";
      const version = OPML_VERSION[format] ? ` version="${OPML_VERSION[format]}"` : "";
      const text = `${topic.title} (${FORMATS[format].label})`;
      return `      <outline type="rss"${version} text="${attr(text)}" xmlUrl="${attr(href(base, feedPath(topic.key, format)))}" htmlUrl="${attr(href(base, pagePath(topic.key)))}"${language}/>`;
    });
    return `    <outline text="${attr(topic.title)}">\n${feeds.join("\n")}\n    </outline>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0">
  <head>
    <title>${attr(topics[0]!.title)}</title>
    <dateCreated>${updated.toUTCString()}</dateCreated>
    <docs>http://opml.org/spec2.opml</docs>
  </head>
  <body>
${outlines.join("\n")}
  </body>
</opml>
`;
}
