import type { Labels } from "./labels";

/** English: also what every language without labels of its own shows. */
export const en: Labels = {
  related: "Related",
  source: "Source",
  photo: "Photo",
  photoNotKept: "photo not reproduced",
  approximateDate: "Approximate date",
  approximately: "approximate date",
  feeds: "Subscribe",
  latest: "Latest",
  credit: "Credit",
  colon: ":",
  categories: "Sections",
  authors: "Authors",
  languages: "Languages",
  by: "By",
  howToSubscribe:
    "Copy a feed's address into your feed reader (NetNewsWire, Feedly, Inoreader, Miniflux…): every new story will show up there by itself.",
  whatIsAFeed:
    "This is a news feed: an address that feed readers check regularly to show you new articles. To subscribe, copy this address into your reader, or open it in one directly.",
  copy: "Copy address",
  copied: "Address copied",
  openIn: "Open in",
  rawFeed: "View the raw feed",
  allFeeds: "All feeds (OPML)",
  previewTitle: "Feed",
  archivePage: "Archive, page",
  olderItems: "Older stories",
  newerItems: "Newer stories",
  pagination: "Pages",
  skipToContent: "Skip to content",
  footnotes: "Notes",
  backToReference: "Back to reference {0}",
};
