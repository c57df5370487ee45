import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../../src/app";
import { paragraphs } from "../support/html-text";
import { all, one, parseXml } from "../support/parse-xml";
import { seed } from "../support/seed";
import { storeWithSite } from "../support/store";

// The fixture site (test/fixtures/items/), published through the write path.
beforeAll(storeWithSite);

const BASE = env.BASE_URL;
const get = (path: string, headers: HeadersInit = {}) => app.request(path, { headers }, env);

async function feedLinks(): Promise<string[]> {
  const rss = parseXml(await (await get("/rss.xml")).text());
  const atom = parseXml(await (await get("/atom.xml")).text());
  const json = await (await get("/feed.json")).json<{ items: { url: string }[] }>();
  return [
    ...all(one(rss, "channel"), "item").map((i) => one(i, "link").text),
    ...all(atom, "entry").map((e) => all(e, "link").find((l) => !l.attributes.rel)!.attributes.href!),
    ...json.items.map((i) => i.url),
  ];
}

describe("with no WebSub hub set (WEBSUB_HUBS is empty by default)", () => {
  it.each(["/rss.xml", "/atom.xml", "/feed.json", "/categories/meteo/rss.xml"])("%s names no hub, and its self URL in the Link header", async (path) => {
    const response = await get(path);
    expect(response.headers.get("Link")).toBe(`<${BASE}${path}>; rel="self"`);
    const text = await response.text();
    expect(text).not.toMatch(/rel="hub"|"hubs"/);
  });

  it("keeps no notice for any hub", async () => {
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM hub_notices").first("n")).toBe(0);
  });
});

describe("feed routes", () => {
  it.each([
    ["/rss.xml", "application/rss+xml; charset=utf-8"],
    ["/atom.xml", "application/atom+xml; charset=utf-8"],
    ["/feed.json", "application/feed+json; charset=utf-8"],
  ])("%s is served as %s", async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe(type);
  });

  it("point every item's link at a page that answers", async () => {
    const links = await feedLinks();
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) {
      expect(link.startsWith(`${BASE}/articles/`)).toBe(true);
      const res = await get(new URL(link).pathname);
      expect(res.status, link).toBe(200);
      expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    }
  });

  it("carry the seed dispatch word for word in every format", async () => {
    const rssItem = all(one(parseXml(await (await get("/rss.xml")).text()), "channel"), "item").find((i) =>
      one(i, "link").text.endsWith(seed.slug),
    )!;
    const atomEntry = all(parseXml(await (await get("/atom.xml")).text()), "entry").find((e) =>
      one(e, "id").text.endsWith(seed.slug),
    )!;
    const jsonItem = (await (await get("/feed.json")).json<{ items: Record<string, string>[] }>()).items.find((i) =>
      i.id!.endsWith(seed.slug),
    )!;
    for (const html of [one(rssItem, "content:encoded").text, one(atomEntry, "content").text, jsonItem.content_html!]) {
      const texts = paragraphs(html);
      expect(texts.slice(1, 1 + seed.body.length)).toEqual(seed.body);
      expect(texts[0]).toBe(`(photo non reproduite) ${seed.lead} — Photo\u00a0: ${seed.photoCredit}`);
      expect(texts).toContain(seed.credit);
      for (const headline of seed.related) expect(html).toContain(`<li>${headline.replaceAll("'", "&#39;")}</li>`);
    }
    expect(one(rssItem, "title").text).toBe(seed.title);
    expect(jsonItem.title).toBe(seed.title);
    expect(jsonItem.summary).toBe(seed.lead);
    expect(jsonItem.language).toBe("fr");
  });

  it("name icons that answer as PNG images", async () => {
    const rss = one(parseXml(await (await get("/rss.xml")).text()), "channel");
    const atom = parseXml(await (await get("/atom.xml")).text());
    const json = await (await get("/feed.json")).json<{ icon: string; favicon: string }>();
    const home = await (await get("/")).text();
    const urls = [
      one(one(rss, "image"), "url").text,
      one(atom, "icon").text,
      json.icon,
      json.favicon,
      /<link rel="icon" type="image\/png" href="([^"]+)">/.exec(home)![1]!,
    ];
    expect(new Set(urls)).toEqual(new Set([`${BASE}/icon.png`, `${BASE}/favicon.png`]));
    for (const url of urls) {
      const res = await get(new URL(url).pathname);
      expect(res.status, url).toBe(200);
      expect(res.headers.get("Content-Type")).toBe("image/png");
      expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    }
  });
});

describe("pages", () => {
  it("the home page advertises the three feeds for autodiscovery and lists the items", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    const html = await res.text();
    const alternates = [...html.matchAll(/<link rel="alternate" type="([^"]+)" title="[^"]+" href="([^"]+)">/g)].map(
      (m) => [m[1], m[2]],
    );
    expect(alternates).toEqual([
      ["application/rss+xml", `${BASE}/rss.xml`],
      ["application/atom+xml", `${BASE}/atom.xml`],
      ["application/feed+json", `${BASE}/feed.json`],
    ]);
    expect(html).toContain(`<a href="/articles/${seed.slug}">Syrie : l&#39;armée encercle la dernière ville aux mains de l&#39;EI</a>`);
  });

  it("an unknown path or article is a small 404", async () => {
    for (const path of ["/nope", "/articles/nope"]) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect(await res.text()).toBe("Not found\n");
    }
  });
});
