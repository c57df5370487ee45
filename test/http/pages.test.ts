import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../../src/app";
import { all, one, parseXml } from "../support/parse-xml";
import { seed } from "../support/seed";
import { storeWithSite } from "../support/store";
import { unsafeMarkup } from "../support/unsafe-markup";

// The fixture site (test/fixtures/items/), published through the write path.
beforeAll(storeWithSite);

const BASE = env.BASE_URL;
const get = (path: string, headers: HeadersInit = {}) => app.request(path, { headers }, env);
const NAVIGATE = { "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate", Accept: "text/html,*/*;q=0.8" };

const alternates = (html: string) =>
  [...html.matchAll(/<link rel="alternate" type="([^"]+)" title="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[3]]);

describe("the home page", () => {
  it("lists the items, every feed with a copy button, the OPML and every topic", async () => {
    const res = await get("/");
    const html = await res.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain(`<h3><a href="/articles/${seed.slug}">`);
    for (const path of ["/rss.xml", "/atom.xml", "/feed.json"]) {
      expect(html).toContain(`<code>${BASE}${path}</code><button type="button" data-copy="${BASE}${path}" data-done="Adresse copiée" hidden>Copier l’adresse</button>`);
    }
    expect(html).toContain('<a href="/feeds.opml">Tous les flux (OPML)</a>');
    expect(html).toContain('<li><a href="/categories/syrie/">Syrie</a> (1)</li>');
    expect(html).toContain('<script src="/copy.js" defer></script>');
  });

  it("forbids every script but the site's own", async () => {
    const csp = (await get("/")).headers.get("Content-Security-Policy")!;
    expect(csp).toMatch(/^default-src 'none'; img-src 'self' https: data:; style-src 'sha256-[A-Za-z0-9+/]{43}='; script-src 'self';/);
    expect(csp).not.toContain("unsafe-inline");
    const script = await get("/copy.js");
    expect(script.headers.get("Content-Type")).toBe("text/javascript; charset=utf-8");
    expect(await script.text()).toContain("navigator.clipboard.writeText");
  });
});

describe("an article page", () => {
  it("says everything the item says, with Open Graph tags and its topics' feeds", async () => {
    const html = await (await get(`/articles/${seed.slug}`)).text();
    expect(html).toContain(`<link rel="canonical" href="${BASE}/articles/${seed.slug}">`);
    expect(html).toContain(`<meta property="og:title" content="Syrie : l&#39;armée encercle la dernière ville aux mains de l&#39;EI">`);
    expect(html).toContain('<meta property="og:locale" content="fr">');
    expect(html).toContain('<meta property="article:published_time" content="2017-11-08T12:00:00.000Z">');
    expect(html).toContain('<meta property="article:tag" content="Syrie">');
    expect(html).toContain('Rubriques\u00a0: <a href="/categories/syrie/">Syrie</a>, <a href="/categories/irak/">Irak</a>');
    expect(html).toContain('<h2 id="related">À lire aussi</h2>');
    expect(html).toContain("Date approximative\u00a0:");
    expect(alternates(html).map(([, href]) => href)).toEqual([
      `${BASE}/rss.xml`,
      `${BASE}/atom.xml`,
      `${BASE}/feed.json`,
      `${BASE}/categories/syrie/rss.xml`,
      `${BASE}/categories/syrie/atom.xml`,
      `${BASE}/categories/syrie/feed.json`,
      `${BASE}/categories/irak/rss.xml`,
      `${BASE}/categories/irak/atom.xml`,
      `${BASE}/categories/irak/feed.json`,
    ]);
  });
});

describe("an article whose footnote labels are markup (hostile-footnotes.md)", () => {
  it("is published, its five notes numbered and nothing of their labels in the page", async () => {
    const res = await get("/articles/hostile-footnotes");
    expect(res.status).toBe(200);
    const html = await res.text();
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1]!;
    expect(unsafeMarkup(main)).toEqual([]);
    expect(html).not.toMatch(/alert|onmouseover|FN\d/);
    expect([...main.matchAll(/<li id="(footnote-\d)">\n<p>([^<]*) </g)].map((m) => [m[1], m[2]])).toEqual(
      ["handler", "script", "image", "frame", "patterns"].map((what, i) => [`footnote-${i + 1}`, `The note of the ${what}.`]),
    );
    expect(main).toContain(`a frame<sup><a id="footnote-ref-4" href="${BASE}/articles/hostile-footnotes#footnote-4" data-footnote-ref aria-describedby="footnote-label">4</a></sup>`);
  });
});

describe("topic pages and feeds", () => {
  it("serve each category's page and feeds", async () => {
    const page = await get("/categories/syrie/");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<h1>Syrie</h1>");
    expect(html).toContain(`<a href="/articles/${seed.slug}">`);
    const rss = one(parseXml(await (await get("/categories/syrie/rss.xml")).text()), "channel");
    expect(one(rss, "title").text).toBe("Dépêches d’essai — Syrie");
    expect(one(rss, "link").text).toBe(`${BASE}/categories/syrie/`);
    expect(all(rss, "item").map((i) => one(i, "guid").text)).toEqual([`tag:tests.example,2026:${seed.slug}`]);
    const atom = parseXml(await (await get("/categories/irak/atom.xml")).text());
    expect(one(atom, "id").text).toBe("tag:tests.example,2026:categories/irak");
  });

  it("send a topic's address without its slash to the page", async () => {
    const res = await get("/categories/syrie");
    expect(res.status).toBe(301);
    expect(res.headers.get("Location")).toBe("/categories/syrie/");
    expect((await get("/categories/nope/")).status).toBe(404);
  });
});

describe("feeds opened in a browser", () => {
  it.each(["/rss.xml", "/atom.xml", "/feed.json", "/categories/syrie/atom.xml"])(
    "%s is a page for a browser and the feed, byte for byte, for everyone else",
    async (path) => {
      const feed = await get(path);
      const bytes = await feed.text();
      const readers: Record<string, string>[] = [
        {},
        { Accept: "*/*" },
        { Accept: "application/rss+xml, text/html" },
        { "Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors" },
      ];
      for (const headers of readers) {
        const res = await get(path, headers);
        expect(res.headers.get("Content-Type"), JSON.stringify(headers)).toBe(feed.headers.get("Content-Type"));
        expect(await res.text()).toBe(bytes);
      }
      const browsers: Record<string, string>[] = [NAVIGATE, { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" }];
      for (const headers of browsers) {
        const page = await get(path, headers);
        expect(page.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
        const html = await page.text();
        expect(html).toContain(`<a href="${BASE}${path}?raw">Voir le flux brut</a>`);
        expect(html).toContain(`<code>${BASE}${path}</code>`);
        expect(html).toContain(`/articles/${seed.slug}`);
        expect(page.headers.get("ETag")).not.toBe(feed.headers.get("ETag"));
      }
      expect(feed.headers.get("Vary")).toBe("Accept, Sec-Fetch-Dest, Sec-Fetch-Mode, Accept-Encoding");
      const raw = await get(`${path}?raw`, NAVIGATE);
      expect(raw.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
      expect(await raw.text()).toBe(bytes);
    },
  );

  it("answers conditional GET on the page as on the feed", async () => {
    const page = await get("/rss.xml", NAVIGATE);
    const again = await get("/rss.xml", { ...NAVIGATE, "If-None-Match": page.headers.get("ETag")! });
    expect(again.status).toBe(304);
    expect(again.headers.get("Vary")).toBe("Accept, Sec-Fetch-Dest, Sec-Fetch-Mode, Accept-Encoding");
  });
});

describe("/feeds.opml", () => {
  it("lists every subscription feed, each of which answers", async () => {
    const res = await get("/feeds.opml");
    expect(res.headers.get("Content-Type")).toBe("text/x-opml; charset=utf-8");
    const opml = parseXml(await res.text());
    expect([opml.name, opml.attributes.version]).toEqual(["opml", "2.0"]);
    expect(one(one(opml, "head"), "title").text).toBe("Dépêches d’essai");
    const groups = one(opml, "body").children;
    // The site, then its categories, authors and (two are used) languages, each by slug.
    const topics = groups.map((g) => g.attributes.text!.replace(/^Dépêches d’essai(?: — )?/, ""));
    expect(topics).toEqual([
      "",
      ...["Bretagne", "C&D <x> ]]>", "Irak", "Météo", "Politics", "Syrie", "Transport", "🎉"],
      ...["Ana", "Jane Doe", "Omar Haddad", "Service météo", "Zoë <z@x> & Co ]]>"],
      ...["en-GB", "fr"],
    ]);
    const urls = groups.flatMap((g) => g.children.map((o) => o.attributes.xmlUrl!));
    expect(urls).toHaveLength(3 * topics.length);
    for (const url of urls) {
      const feed = await get(new URL(url).pathname);
      expect(feed.status, url).toBe(200);
      expect(feed.headers.get("Content-Type")).toMatch(/^application\/(rss\+xml|atom\+xml|feed\+json); charset=utf-8$/);
    }
  });
});
