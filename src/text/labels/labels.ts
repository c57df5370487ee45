/** The few words the publisher writes itself, in the item's language. */
export interface Labels {
  related: string;
  source: string;
  photo: string;
  photoNotKept: string;
  approximateDate: string;
  approximately: string;
  feeds: string;
  latest: string;
  credit: string;
  /** Punctuation before a colon: French sets a no-break space there. */
  colon: string;
  categories: string;
  authors: string;
  languages: string;
  by: string;
  howToSubscribe: string;
  /** What a feed is, for someone who opened one in a browser. */
  whatIsAFeed: string;
  copy: string;
  copied: string;
  openIn: string;
  rawFeed: string;
  allFeeds: string;
  previewTitle: string;
  archivePage: string;
  olderItems: string;
  newerItems: string;
  /** The links between a topic's pages. */
  pagination: string;
  skipToContent: string;
  /** Heading of an article's footnotes. */
  footnotes: string;
  /** Label of the link from a footnote back to its mark; {0} is the mark. */
  backToReference: string;
  /** Title of the page of a dispatch its source withdrew (410). */
  withdrawn: string;
  /** What that page says; {0} is when. */
  withdrawnNotice: string;
  /** An item corrected by a later version; {0} is when. */
  corrected: string;
  backHome: string;
}
