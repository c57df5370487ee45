import type { Labels } from "./labels";

/** French. */
export const fr: Labels = {
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
  newerItems: "Dépêches plus récentes",
  pagination: "Pages",
  skipToContent: "Aller au contenu",
  footnotes: "Notes",
  backToReference: "Retour à l’appel de note {0}",
};
