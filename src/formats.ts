/** The feed formats, as data: what every page, list and route needs to know of each. */
export const FORMATS = {
  rss: { file: "rss.xml", mediaType: "application/rss+xml", label: "RSS 2.0" },
  // RFC 4287 §7
  atom: { file: "atom.xml", mediaType: "application/atom+xml", label: "Atom 1.0" },
  // https://www.jsonfeed.org/version/1.1/
  json: { file: "feed.json", mediaType: "application/feed+json", label: "JSON Feed 1.1" },
} as const;

export type FeedFormat = keyof typeof FORMATS;

export const FEED_FORMATS = Object.keys(FORMATS) as FeedFormat[];

/** The format a file name stands for: `rss.xml` → rss. */
export function formatOfFile(file: string): FeedFormat | undefined {
  return FEED_FORMATS.find((format) => FORMATS[format].file === file);
}
