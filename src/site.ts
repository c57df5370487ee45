/**
 * Site settings: the one typed place for what every feed and page says about the
 * publication. This file is the newsroom's, like items/: tests bring their own
 * settings (test/fixtures/site.ts). The public origin is not here: it comes from
 * `BASE_URL` in wrangler.toml, so each deployment sets its own.
 */
export interface Site {
  title: string;
  description: string;
  /** BCP 47 tag; an item without `language` is in this language. */
  language: string;
  author: { name: string; email?: string; url?: string };
  copyright: string;
  /** Site-root paths, made absolute with the base URL. */
  icon: string;
  favicon: string;
  /**
   * The tagging entity of RFC 4151 tag URIs: a domain the newsroom holds and the
   * year it held it. Ids are made from it, not from the base URL, so they survive
   * a move to another host (see README, "Ids").
   */
  tagAuthority: string;
  /** How many of the newest items the subscription feeds carry. */
  feedSize: number;
  /** IANA zone in which pages show times of day. */
  timeZone: string;
}

export const site: Site = {
  title: "Le Fil",
  description: "Les dépêches de la rédaction, en RSS, Atom et JSON Feed.",
  language: "fr",
  author: { name: "La rédaction du Fil", email: "redaction@feeds.example.org" },
  copyright: "© Le Fil et les agences citées",
  icon: "/icon.png",
  favicon: "/favicon.png",
  tagAuthority: "feeds.example.org,2026",
  feedSize: 20,
  timeZone: "Europe/Paris",
};
