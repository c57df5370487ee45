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
  skipToContent: string;
  otherFormats: string;
}

const LABELS: Record<string, Labels> = {
  fr: {
    related: "À lire aussi",
    source: "Source",
    photo: "Photo",
    photoNotKept: "photo non reproduite",
    approximateDate: "Date approximative",
    approximately: "date approximative",
    feeds: "S’abonner",
    latest: "Dernières dépêches",
    credit: "Crédit",
    colon: "\u00a0:",
    categories: "Rubriques",
    authors: "Auteurs",
    languages: "Langues",
    by: "Par",
    howToSubscribe:
      "Copiez l’adresse d’un flux dans votre lecteur de flux (NetNewsWire, Feedly, Inoreader, Miniflux…) : chaque nouvelle dépêche y apparaîtra d’elle-même.",
    whatIsAFeed:
      "Ceci est un flux d’actualités : une adresse que les lecteurs de flux consultent régulièrement pour vous présenter les nouveaux articles. Pour vous abonner, copiez cette adresse dans votre lecteur, ou ouvrez-la directement dans l’un d’eux.",
    copy: "Copier l’adresse",
    copied: "Adresse copiée",
    openIn: "Ouvrir dans",
    rawFeed: "Voir le flux brut",
    allFeeds: "Tous les flux (OPML)",
    previewTitle: "Flux",
    archivePage: "Archives, page",
    olderItems: "Dépêches plus anciennes",
    skipToContent: "Aller au contenu",
    otherFormats: "Le même flux dans d’autres formats",
  },
  en: {
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
    skipToContent: "Skip to content",
    otherFormats: "The same feed in other formats",
  },
};

/** Labels for a BCP 47 tag, by its primary language; English when there are none. */
export function labels(language: string): Labels {
  return LABELS[language.split("-")[0]!.toLowerCase()] ?? LABELS.en!;
}
