import type { Item } from "../../src/items/item";

/** A fresh item for render tests: every field set, overridable; never shared between tests. */
export function makeItem(overrides: Partial<Item> = {}): Item {
  return {
    file: "items/exemple.md",
    slug: "exemple",
    id: "tag:feeds.example.org,2026:exemple",
    title: "Titre",
    date: "2017-11-08T12:00:00.000Z",
    dayOnly: true,
    dateApproximate: false,
    summary: "Résumé.",
    authors: [
      { name: "Anne Autrice", email: "anne@example.org", url: "https://example.org/anne" },
      { name: "Bruno Sans Courriel" },
    ],
    categories: ["Syrie", "Monde arabe"],
    language: "fr",
    credit: "AFP",
    source: { name: "Le Courrier", url: "https://lecourrier.vn/page.html?a=1&b=2" },
    image: { url: "/media/photo.jpg", unavailable: false, caption: "Légende", credit: "AFP", length: 12345 },
    related: [{ title: "Autre titre", url: "/articles/autre" }, { title: "Sans lien" }],
    html: '<p>Corps avec <a href="/articles/autre">un lien</a>.</p>\n',
    ...overrides,
  };
}
