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
  },
};

/** Labels for a BCP 47 tag, by its primary language; English when there are none. */
export function labels(language: string): Labels {
  return LABELS[language.split("-")[0]!.toLowerCase()] ?? LABELS.en!;
}
