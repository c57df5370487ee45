import { describe, expect, it } from "vitest";
import { feedCatalog } from "../../src/feeds/feed-catalog";
import type { FeedFormat } from "../../src/feeds/feed-formats";
import { renderFeed } from "../../src/feeds/render-feed";
import { all, one, parseXml, type XmlElement } from "../support/parse-xml";
import { makeItem } from "../support/make-item";

const BASE = "https://feeds.example.org";
const ITEMS = Array.from({ length: 87 }, (_, i) =>
  makeItem({ slug: `d${i}`, id: `tag:feeds.example.org,2026:d${i}`, date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString() }),
).reverse();
const catalog = feedCatalog(ITEMS, "Le Fil", 20);

/** One document as a reader sees it: entry ids, its archive links, whether it is an archive. */
function read(format: FeedFormat, url: string) {
  const ref = catalog.feeds.get(url.slice(BASE.length))!;
  const { body } = renderFeed(ref, BASE);
  if (format === "json") {
    const json = JSON.parse(body) as { items: { id: string }[]; next_url?: string };
    return { ids: json.items.map((i) => i.id), prev: json.next_url, archive: ref.page !== undefined, current: undefined };
  }
  const root = parseXml(body);
  const feed: XmlElement = format === "rss" ? one(root, "channel") : root;
  const link = (rel: string) =>
    all(feed, format === "rss" ? "atom:link" : "link").find((l) => l.attributes.rel === rel)?.attributes.href;
  const ids = format === "rss" ? all(feed, "item").map((i) => one(i, "guid").text) : all(feed, "entry").map((e) => one(e, "id").text);
  return { ids, prev: link("prev-archive"), archive: all(feed, "fh:archive").length === 1, current: link("current") };
}

describe.each(["rss", "atom", "json"] as const)("RFC 5005 archives in %s", (format) => {
  const start = `${BASE}${{ rss: "/rss.xml", atom: "/atom.xml", json: "/feed.json" }[format]}`;

  it("lead a reader from the subscription feed through every item exactly once", () => {
    const collected: string[] = [];
    let url: string | undefined = start;
    let documents = 0;
    while (url) {
      const doc = read(format, url);
      expect(doc.archive, url).toBe(documents > 0);
      if (format !== "json" && documents > 0) expect(doc.current).toBe(start);
      collected.push(...doc.ids);
      url = doc.prev;
      documents++;
    }
    // 87 items: three archive pages of 20 and a current feed of 27.
    expect(documents).toBe(4);
    expect(collected).toEqual(ITEMS.map((i) => i.id));
  });
});

describe("archive documents", () => {
  it("link both neighbours and say they are archives", () => {
    const atom = parseXml(renderFeed(catalog.feeds.get("/archive/2/atom.xml")!, BASE).body);
    expect(all(atom, "link").map((l) => [l.attributes.rel, l.attributes.href])).toEqual([
      ["alternate", `${BASE}/`],
      ["self", `${BASE}/archive/2/atom.xml`],
      ["current", `${BASE}/atom.xml`],
      ["prev-archive", `${BASE}/archive/1/atom.xml`],
      ["next-archive", `${BASE}/archive/3/atom.xml`],
    ]);
    expect(all(atom, "entry")).toHaveLength(20);
    expect(one(atom, "id").text).toBe("tag:tests.example,2026:feed/archive/2");
    expect(one(atom, "updated").text).toBe(new Date(Date.UTC(2020, 0, 40)).toISOString());
  });
});
