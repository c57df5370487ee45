import { beforeEach, describe, expect, it } from "vitest";
import { all, one, parseXml } from "../support/parse-xml";
import { freshStore, get, published } from "../support/store";
import { START, walk } from "../support/walk-archives";

const BASE = "https://feeds.tests.example";
const id = (n: number) => `tag:tests.example,2026:d${n}`;

/** Dispatch n, dated n days after 1 January 2020, in category "Pair" or "Impair". */
const dispatch = (n: number, date = new Date(Date.UTC(2020, 0, 1 + n)).toISOString()) => ({
  name: `d${n}.md`,
  text: `---\ntitle: "Dépêche ${n}"\ndate: ${date}\ncategories: [${n % 2 ? "Impair" : "Pair"}]\n---\nTexte ${n}.\n`,
});

/** Publishes dispatches 0…count−1, oldest first, in requests of `batch` files (as `npm run publish` does). */
async function publishDispatches(count: number, batch = 250) {
  for (let start = 0; start < count; start += batch) {
    await published(Array.from({ length: Math.min(batch, count - start) }, (_, i) => dispatch(start + i)));
  }
}


beforeEach(freshStore);

describe.each(["rss", "atom", "json"] as const)("RFC 5005 archives in %s", (format) => {
  it("lead a reader from the subscription feed through every item exactly once", async () => {
    await publishDispatches(87);
    const documents = await walk(format, START[format]);
    // 87 items: three archive pages of 20 and a current feed of 27.
    expect(documents.map((d) => d.ids.length)).toEqual([27, 20, 20, 20]);
    expect(documents.flatMap((d) => d.ids)).toEqual(Array.from({ length: 87 }, (_, i) => id(86 - i)));
  });
});

describe("archive pages", () => {
  it("link both neighbours and say they are archives", async () => {
    await publishDispatches(87);
    const atom = parseXml(await (await get("/archive/2/atom.xml")).text());
    expect(all(atom, "link").map((l) => [l.attributes.rel, l.attributes.href])).toEqual([
      ["alternate", `${BASE}/`],
      ["self", `${BASE}/archive/2/atom.xml`],
      ["current", `${BASE}/atom.xml`],
      ["prev-archive", `${BASE}/archive/1/atom.xml`],
      ["next-archive", `${BASE}/archive/3/atom.xml`],
    ]);
    expect(all(atom, "entry")).toHaveLength(20);
    expect(one(atom, "id").text).toBe("tag:tests.example,2026:feed/archive/2");
  });

  it("stay complete and unchanged when items are deleted: each answers, each remaining item is read once", async () => {
    await publishDispatches(87);
    const before = await walk("rss", "/rss.xml");
    // d25 is on page 2; d0…d19 fill page 1, all deleted.
    await published([], ["d25.md", ...Array.from({ length: 20 }, (_, i) => `d${i}.md`)]);
    const after = await walk("rss", "/rss.xml");
    expect(after.map((d) => d.path)).toEqual(before.map((d) => d.path));
    expect(after.map((d) => d.ids.length)).toEqual([27, 20, 19, 0]);
    const remaining = Array.from({ length: 87 }, (_, i) => 86 - i).filter((n) => n >= 20 && n !== 25);
    expect(after.flatMap((d) => d.ids)).toEqual(remaining.map(id));
    // Page 3 showed none of them: the same bytes, the same tag.
    expect(after[1]!.etag).toBe(before[1]!.etag);
    expect(after[2]!.etag).not.toBe(before[2]!.etag);
    // The category chains too.
    for (const category of ["pair", "impair"]) {
      const ids = (await walk("json", `/categories/${category}/feed.json`)).flatMap((d) => d.ids);
      expect(ids).toEqual(remaining.filter((n) => (n % 2 ? "impair" : "pair") === category).map(id));
    }
  });

  it("stay unchanged when an item is backdated: it is new to readers, so it enters the current feed", async () => {
    await publishDispatches(87);
    const before = await walk("atom", "/atom.xml");
    await published([dispatch(100, "2000-01-01T12:00:00Z")]);
    const after = await walk("atom", "/atom.xml");
    expect(after.slice(1).map((d) => d.etag)).toEqual(before.slice(1).map((d) => d.etag));
    expect(after[0]!.ids).toEqual([...before[0]!.ids, id(100)]);
    expect(new Set(after.flatMap((d) => d.ids)).size).toBe(88);
  });

  it("keep an item whose date moves: it stays where it entered, once", async () => {
    await publishDispatches(87);
    await published([dispatch(5, "2019-06-01T12:00:00Z")]);
    const ids = (await walk("rss", "/rss.xml")).flatMap((d) => d.ids);
    expect(ids).toHaveLength(87);
    expect(new Set(ids).size).toBe(87);
  });
});

describe("pages for a year of news", () => {
  it("cut the home and topic pages like the feeds, each with links to older and newer pages", async () => {
    await publishDispatches(87);
    const home = await (await get("/")).text();
    expect(home).toContain('<a href="/archive/3/" rel="next">Dépêches plus anciennes →</a>');
    expect((home.match(/<h3>/g) ?? []).length).toBe(27);
    const page = await get("/archive/2/");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<link rel="canonical" href="https://feeds.tests.example/archive/2/">');
    expect(html).toContain('<a href="/archive/3/" rel="prev">← Dépêches plus récentes</a>');
    expect(html).toContain('<a href="/archive/1/" rel="next">Dépêches plus anciennes →</a>');
    expect(html).toContain('<a href="/articles/d39">Dépêche 39</a>');
    expect(await (await get("/archive/3/")).text()).toContain('<a href="/" rel="prev">← Dépêches plus récentes</a>');
    expect((await get("/archive/2")).status).toBe(301);
    expect((await get("/archive/9/")).status).toBe(404);
  });
});

describe("2,000 dispatches through the write path", () => {
  it("leave every archive chain whole: each item once in the site's and in its category's", async () => {
    await publishDispatches(2000);
    for (const [start, wanted] of [
      ["/feed.json", (n: number) => n >= 0],
      ["/categories/pair/feed.json", (n: number) => n % 2 === 0],
      ["/categories/impair/feed.json", (n: number) => n % 2 === 1],
    ] as const) {
      const documents = await walk("json", start);
      const ids = documents.flatMap((d) => d.ids);
      expect(ids, start).toEqual(Array.from({ length: 2000 }, (_, i) => 1999 - i).filter(wanted).map(id));
    }
    const rss = await walk("rss", "/rss.xml");
    // 2,000 items: 99 archive pages of 20 and a current feed of 20.
    expect(rss).toHaveLength(1 + 99);
    expect(rss.flatMap((d) => d.ids)).toHaveLength(2000);
  }, 600_000);
});
