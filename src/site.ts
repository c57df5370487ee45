/**
 * Site settings: the one typed place for what every feed and page says about the
 * publication. The public origin is not here: it comes from `BASE_URL` in
 * wrangler.toml, so each deployment sets its own (see `baseUrl`).
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

/**
 * The origin every absolute URL starts with: `BASE_URL` when the deployment sets
 * one, else the origin the request came to (local development on any port).
 */
export function baseUrl(configured: string | undefined, requestUrl: () => string): string {
  if (!configured) return new URL(requestUrl()).origin;
  // Checked once: the deployment's setting does not change between requests.
  if (configured !== checked.setting) checked = { setting: configured, origin: checkBaseUrl(configured) };
  return checked.origin;
}

let checked = { setting: "", origin: "" };

/**
 * `BASE_URL` must be an origin: the Worker serves its routes from the root, so a
 * path there would make every link point where nothing is served.
 */
export function checkBaseUrl(configured: string): string {
  let url: URL | undefined;
  try {
    url = new URL(configured);
  } catch {
    // reported below
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== "/" || url.search || url.hash || url.username) {
    throw new Error(`BASE_URL must be an origin such as https://feeds.example.org, not ${JSON.stringify(configured)}`);
  }
  return url.origin;
}
