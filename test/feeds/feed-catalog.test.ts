import { describe, expect, it } from "vitest";
import { feedCatalog, feedPath, topicOf, topicPath } from "../../src/feeds/feed-catalog";
import { slugify } from "../../src/text/slugify";
import { makeItem } from "../support/make-item";

const item = (slug: string, overrides: Parameters<typeof makeItem>[0] = {}) =>
  makeItem({ slug, id: `tag:feeds.example.org,2026:${slug}`, ...overrides });

describe("slugify", () => {
  it.each([
    ["Syrie", "syrie"],
    ["Monde arabe", "monde-arabe"],
    ["Météo", "meteo"],
    ["Économie & Finances", "economie-finances"],
    ["C&D <x> ]]>", "c-d-x"],
    ["עברית", "עברית"],
    ["🎉", "u1f389"],
    ["  Zoë  ", "zoe"],
  ])("%s → %s", (name, slug) => expect(slugify(name)).toBe(slug));
});

describe("feedCatalog", () => {
  const items = [
    item("c", { categories: ["Syrie", "Monde arabe"], authors: [{ name: "Anne Autrice" }], date: "2017-11-10T00:00:00Z" }),
    item("b", { categories: ["Syrie"], authors: [], language: "en", date: "2017-11-09T00:00:00Z" }),
    item("a", { categories: [], authors: [{ name: "Anne Autrice" }], date: "2017-11-08T00:00:00Z" }),
  ];
  const catalog = feedCatalog(items, "Le Fil", 20);

  it("has the site, each category, each author and, with two languages, each language", () => {
    expect(catalog.topics.map((t) => [t.kind, t.name, topicPath(t), t.items.map((i) => i.slug)])).toEqual([
      ["site", "Le Fil", "/", ["c", "b", "a"]],
      ["category", "Monde arabe", "/categories/monde-arabe/", ["c"]],
      ["category", "Syrie", "/categories/syrie/", ["c", "b"]],
      ["author", "Anne Autrice", "/authors/anne-autrice/", ["c", "a"]],
      ["language", "en", "/languages/en/", ["b"]],
      ["language", "fr", "/languages/fr/", ["c", "a"]],
    ]);
  });

  it("serves three formats of every topic's feed", () => {
    expect([...catalog.feeds.keys()]).toHaveLength(catalog.topics.length * 3);
    const syrie = topicOf(catalog, "category", "Syrie")!;
    expect(catalog.feeds.get("/categories/syrie/atom.xml")).toMatchObject({ topic: syrie, format: "atom", pageCount: 0 });
    expect(feedPath(syrie, "json", 2)).toBe("/categories/syrie/archive/2/feed.json");
    expect(catalog.feeds.get("/rss.xml")!.items.map((i) => i.slug)).toEqual(["c", "b", "a"]);
  });

  it("gives a language its hreflang, and leaves out language feeds when all items share one", () => {
    expect(topicOf(catalog, "language", "en")!.language).toBe("en");
    const oneLanguage = feedCatalog([items[0]!, items[2]!], "Le Fil", 20);
    expect(oneLanguage.topics.some((t) => t.kind === "language")).toBe(false);
    expect(oneLanguage.topics[0]!.language).toBe("fr");
  });

  it("adds archive pages past two full pages", () => {
    const many = Array.from({ length: 65 }, (_, i) =>
      item(`i${i}`, { date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString(), categories: ["Syrie"] }),
    ).reverse();
    const big = feedCatalog(many, "Le Fil", 20);
    expect(big.feeds.get("/rss.xml")).toMatchObject({ pageCount: 2 });
    expect(big.feeds.get("/rss.xml")!.items).toHaveLength(25);
    expect(big.feeds.get("/archive/1/rss.xml")!.items.map((i) => i.slug)).toEqual(
      Array.from({ length: 20 }, (_, i) => `i${19 - i}`),
    );
    expect(big.feeds.has("/categories/syrie/archive/2/atom.xml")).toBe(true);
    expect(big.feeds.has("/archive/3/rss.xml")).toBe(false);
  });
});
