import { decodeHTML } from "entities";
import { describe, expect, it } from "vitest";
import { all, one, parseXml } from "../support/parse-xml";
import { makeItem } from "../support/make-item";
import { BASE, renderAll } from "../support/render-all";

const newer = () =>
  makeItem({ slug: "newer", id: "tag:feeds.example.org,2026:newer", date: "2017-11-09T08:30:00.000Z", updated: "2017-11-10T09:00:00.000Z", language: "en" });

describe("RSS 2.0", () => {
  it("writes the channel and each item's fields, with absolute URLs", () => {
    const { rss } = renderAll([newer(), makeItem()]);
    const root = parseXml(rss);
    expect(root.attributes.version).toBe("2.0");
    const channel = one(root, "channel");
    expect(one(channel, "title").text).toBe("Dépêches d’essai");
    expect(one(channel, "link").text).toBe(`${BASE}/`);
    expect(one(channel, "language").text).toBe("fr");
    expect(one(channel, "lastBuildDate").text).toBe("Fri, 10 Nov 2017 09:00:00 GMT");
    expect(one(channel, "atom:link").attributes).toEqual({ href: `${BASE}/rss.xml`, rel: "self", type: "application/rss+xml" });

    const [first, second] = all(channel, "item");
    expect(one(first!, "guid").text).toBe("tag:feeds.example.org,2026:newer");
    expect(one(first!, "guid").attributes.isPermaLink).toBe("false");
    expect(one(first!, "pubDate").text).toBe("Thu, 09 Nov 2017 08:30:00 GMT");

    expect(one(second!, "title").text).toBe("Titre");
    expect(one(second!, "link").text).toBe(`${BASE}/articles/exemple`);
    expect(decodeHTML(one(second!, "description").text)).toBe("Résumé.");
    expect(all(second!, "author")).toEqual([]);
    expect(all(second!, "dc:creator").map((c) => c.text)).toEqual(["Anne Autrice", "Bruno Sans Courriel"]);
    expect(all(second!, "category").map((c) => c.text)).toEqual(["Syrie", "Monde arabe"]);
    expect(one(second!, "enclosure").attributes).toEqual({
      url: `${BASE}/media/photo.jpg`,
      type: "image/jpeg",
      length: "12345",
    });
    const content = one(second!, "content:encoded").text;
    expect(content).toContain(`<figure><img src="${BASE}/media/photo.jpg" alt="Légende"><figcaption>Légende — Photo\u00a0: AFP</figcaption></figure>`);
    expect(content).toContain(`<p>Corps avec <a href="${BASE}/articles/autre">un lien</a>.</p>`);
    expect(content).toContain(`<p>Source\u00a0: <a href="https://lecourrier.vn/page.html?a=1&amp;b=2">Le Courrier</a></p>`);
    expect(content).toContain(`<h2>À lire aussi</h2><ul><li><a href="${BASE}/articles/autre">Autre titre</a></li><li>Sans lien</li></ul>`);
  });

  it("writes one author with an email address as <author>, several as dc:creator", () => {
    const rssItem = (authors: { name: string; email?: string }[]) =>
      one(one(parseXml(renderAll([makeItem({ authors })]).rss), "channel"), "item");
    const single = rssItem([{ name: "Anne", email: "anne@example.org" }]);
    expect(all(single, "author").map((a) => a.text)).toEqual(["anne@example.org (Anne)"]);
    expect(all(single, "dc:creator")).toEqual([]);
    // RSS 2.0 has one <author> per item: two addresses go in dc:creator, by name.
    const two = rssItem([{ name: "Anne", email: "anne@example.org" }, { name: "Bruno", email: "bruno@example.org" }]);
    expect(all(two, "author")).toEqual([]);
    expect(all(two, "dc:creator").map((c) => c.text)).toEqual(["Anne", "Bruno"]);
  });

  it("writes plain text with hexadecimal references, as the RSS Profile asks", () => {
    const { rss } = renderAll([makeItem({ title: "A & B <i>", categories: ["C & D"] })]);
    expect(rss).toContain("<title>A &#x26; B &#x3C;i&#x3E;</title>");
    expect(rss).toContain("<category>C &#x26; D</category>");
  });

  it("gives an enclosure of unknown size a length of 0, as RSS requires the attribute", () => {
    const { rss } = renderAll([makeItem({ image: { url: "https://cdn.example.org/a.png", unavailable: false } })]);
    const item = one(one(parseXml(rss), "channel"), "item");
    expect(one(item, "enclosure").attributes).toEqual({ url: "https://cdn.example.org/a.png", type: "image/png", length: "0" });
  });
});

describe("Atom 1.0", () => {
  it("writes xml:lang on the feed and on entries in another language", () => {
    const root = parseXml(renderAll([newer(), makeItem()]).atom);
    expect(root.attributes["xml:lang"]).toBe("fr");
    const [first, second] = all(root, "entry");
    expect(first!.attributes["xml:lang"]).toBe("en");
    expect(second!.attributes["xml:lang"]).toBeUndefined();
  });

  it("writes ids, links, dates, people, categories, enclosure and source", () => {
    const root = parseXml(renderAll([newer(), makeItem()]).atom);
    expect(one(root, "id").text).toBe("tag:tests.example,2026:feed");
    expect(one(root, "updated").text).toBe("2017-11-10T09:00:00.000Z");
    expect(all(root, "link").map((l) => l.attributes)).toEqual([
      { rel: "alternate", href: `${BASE}/` },
      { rel: "self", href: `${BASE}/atom.xml` },
    ]);
    const first = all(root, "entry")[0]!;
    expect(one(first, "updated").text).toBe("2017-11-10T09:00:00.000Z");
    expect(one(first, "published").text).toBe("2017-11-09T08:30:00.000Z");
    const entry = all(root, "entry")[1]!;
    expect(one(entry, "id").text).toBe("tag:feeds.example.org,2026:exemple");
    // Text constructs of type text: what the parser gives is what a reader shows.
    expect(one(entry, "title").attributes.type).toBe("text");
    expect(one(entry, "title").text).toBe("Titre");
    expect(one(entry, "summary").attributes.type).toBe("text");
    expect(one(entry, "summary").text).toBe("Résumé.");
    expect(all(entry, "author").map((a) => a.children.map((c) => [c.name, c.text]))).toEqual([
      [["name", "Anne Autrice"], ["email", "anne@example.org"], ["uri", "https://example.org/anne"]],
      [["name", "Bruno Sans Courriel"]],
    ]);
    expect(all(entry, "category").map((c) => c.attributes.term)).toEqual(["Syrie", "Monde arabe"]);
    // The alternate link first: simple readers take the first link as the entry's.
    expect(all(entry, "link").map((l) => l.attributes)).toEqual([
      { href: `${BASE}/articles/exemple` },
      { rel: "enclosure", href: `${BASE}/media/photo.jpg`, type: "image/jpeg", length: "12345" },
      { rel: "via", href: "https://lecourrier.vn/page.html?a=1&b=2", title: "Le Courrier" },
    ]);
  });
});

describe("JSON Feed 1.1", () => {
  it("writes version 1.1 with language, authors and attachments", () => {
    const json = JSON.parse(renderAll([makeItem()]).json);
    expect(json).toMatchObject({
      version: "https://jsonfeed.org/version/1.1",
      title: "Dépêches d’essai",
      home_page_url: `${BASE}/`,
      feed_url: `${BASE}/feed.json`,
      language: "fr",
      authors: [{ name: "La rédaction d’essai" }],
    });
    expect(json.author).toBeUndefined();
    const [item] = json.items;
    expect(item).toMatchObject({
      id: "tag:feeds.example.org,2026:exemple",
      url: `${BASE}/articles/exemple`,
      external_url: "https://lecourrier.vn/page.html?a=1&b=2",
      title: "Titre",
      summary: "Résumé.",
      date_published: "2017-11-08T12:00:00.000Z",
      language: "fr",
      tags: ["Syrie", "Monde arabe"],
      authors: [{ name: "Anne Autrice", url: "https://example.org/anne" }, { name: "Bruno Sans Courriel" }],
      attachments: [{ url: `${BASE}/media/photo.jpg`, mime_type: "image/jpeg", size_in_bytes: 12345 }],
      _feed_publisher: { date_approximate: false, credit: "AFP" },
    });
    expect(item.author).toBeUndefined();
  });
});

describe("every format", () => {
  it("is the same bytes on every render: updated is the newest item's date, not the clock", () => {
    const once = renderAll([makeItem()]);
    const again = renderAll([makeItem()]);
    expect([again.rss, again.atom, again.json]).toEqual([once.rss, once.atom, once.json]);
    expect(one(parseXml(once.atom), "updated").text).toBe("2017-11-08T12:00:00.000Z");
  });

  it("carries the note of an approximate date in the content", () => {
    const { doc } = renderAll([makeItem({ dateApproximate: true, dateNote: "Jour déduit." })]);
    expect(doc.entries[0]!.html).toContain("<p><small>Date approximative\u00a0: Jour déduit.</small></p>");
  });
});
