/**
 * The publisher checks of websub.rocks (its publisher page has no numbers: the
 * ids PUB-1… are ours), run on every feed the site serves with two hubs set:
 * discovery from the Link header, from HTML `<link>`, from Atom and RSS
 * `atom:link`; exactly one self; the hubs present. Its discovery rules are in
 * discover-hub.ts. Also what it does not check and readers need: the self URL is
 * the same string in every place, JSON Feed's `hubs`, archive pages without hubs.
 */
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { all, one, parseXml } from "../support/parse-xml";
import { freshStore, get } from "../support/store";
import { discover, fromFeed, fromHtml, fromLinkHeader, verdict } from "./discover-hub";
import { BASE, dispatch, HUBS, publishAndTell, resetHubs } from "./hubs";

const TOPICS = ["", "/categories/sante-publique", "/authors/lea-martin", "/categories/ελλαδα"];
const FEEDS = TOPICS.flatMap((topic) => ["rss.xml", "atom.xml", "feed.json"].map((file) => `${topic}/${file}`));
const BROWSER = { Accept: "text/html,application/xhtml+xml,*/*;q=0.8", "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate" };
/** The canonical self URL of the feed at `path`: encoded as a link writes it. */
const self = (path: string) => BASE + encodeURI(path);

beforeAll(async () => {
  await freshStore();
  await resetHubs();
  // 60 dispatches: the site's feed has archive pages (feedSize 20; archives start at two pages).
  const files = Array.from({ length: 59 }, (_, i) => dispatch(`depeche-${i + 1}`, "Santé publique", new Date(Date.UTC(2026, 9, 1, i)).toISOString()));
  files.push(dispatch("athenes", "Ελλάδα", "2026-11-21T08:00:00Z"));
  expect((await publishAndTell(files)).status).toBe(200);
});

describe("PUB-1: discovery from the HTTP Link header", () => {
  it.each(FEEDS)("%s names both hubs and exactly one self, its own URL", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(fromLinkHeader(response.headers.get("Link"))).toEqual({ hub: HUBS, self: [self(path)] });
    expect(verdict(await discover(response))).toBe("A7: found several hubs");
  });

  it.each(FEEDS.slice(0, 3))("%s says so in one field, hubs then self, as hubs send it with their deliveries", async (path) => {
    expect((await get(path)).headers.get("Link")).toBe(`<${HUBS[0]}>; rel="hub", <${HUBS[1]}>; rel="hub", <${self(path)}>; rel="self"`);
  });

  it.each(FEEDS.slice(0, 3))("%s says so in a HEAD answer and a 304 too", async (path) => {
    const link = (await get(path)).headers.get("Link");
    expect((await get(path, {}, "HEAD")).headers.get("Link")).toBe(link);
    const again = await get(path, { "If-None-Match": (await get(path)).headers.get("ETag")! });
    expect(again.status).toBe(304);
    expect(again.headers.get("Link")).toBe(link);
  });
});

describe("PUB-2: discovery from HTML <link>, at a feed's address opened in a browser", () => {
  it.each(FEEDS)("%s: the page names both hubs and the feed as its one self", async (path) => {
    const response = await get(path, BROWSER);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    const header = fromLinkHeader(response.headers.get("Link"));
    expect(header).toEqual({ hub: HUBS, self: [self(path)] });
    const body = fromHtml(await response.text());
    expect(body).toEqual({ hub: HUBS, self: [self(path)] });
    expect(verdict(body)).toBe("A7: found several hubs");
  });
});

describe("PUB-3 and PUB-4: discovery from atom:link in Atom and RSS", () => {
  it.each(FEEDS.filter((path) => path.endsWith(".xml")))("%s names both hubs and exactly one self", async (path) => {
    const body = fromFeed(await (await get(path)).text());
    expect(body).toEqual({ hub: HUBS, self: [self(path)] });
    expect(verdict(body)).toBe("A7: found several hubs");
  });
});

describe("PUB-5: JSON Feed", () => {
  it.each(FEEDS.filter((path) => path.endsWith(".json")))("%s lists the hubs (JSON Feed 1.1 `hubs`), and feed_url is the self", async (path) => {
    const feed = await (await get(path)).json<{ hubs: unknown; feed_url: string }>();
    expect(feed.hubs).toEqual(HUBS.map((url) => ({ type: "WebSub", url })));
    expect(feed.feed_url).toBe(self(path));
  });
});

describe("PUB-6: the self URL is one string everywhere", () => {
  it("for a topic whose name is not ASCII: the Link header, the feed, the page and the OPML list agree", async () => {
    const path = "/categories/ελλαδα/atom.xml";
    const expected = self(path);
    expect(expected).toBe(`${BASE}/categories/%CE%B5%CE%BB%CE%BB%CE%B1%CE%B4%CE%B1/atom.xml`);
    // Asked for encoded, as a reader sends it.
    const response = await get(expected.slice(BASE.length));
    expect(fromLinkHeader(response.headers.get("Link")).self).toEqual([expected]);
    expect(fromFeed(await response.text()).self).toEqual([expected]);
    expect(fromHtml(await (await get(path, BROWSER)).text()).self).toEqual([expected]);
    const opml = parseXml(await (await get("/feeds.opml")).text());
    const outlines = all(one(opml, "body"), "outline").flatMap((o) => [o, ...all(o, "outline")]);
    expect(outlines.map((o) => o.attributes.xmlUrl)).toContain(expected);
  });
});

describe("PUB-7: what is not a subscription feed advertises no hub", () => {
  it.each(["/archive/1/rss.xml", "/archive/1/atom.xml", "/archive/1/feed.json"])("%s, an archive page, which never changes but for a removal", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get("Link")).toBeNull();
    const text = await response.text();
    if (path.endsWith(".json")) expect(JSON.parse(text)).not.toHaveProperty("hubs");
    else expect(fromFeed(text).hub).toEqual([]);
    const page = await get(path, BROWSER);
    expect(fromHtml(await page.text())).toEqual({ hub: [], self: [] });
  });

  it.each(["/feeds.opml", "/", "/categories/sante-publique/"])("%s", async (path) => {
    const response = await get(path);
    expect(fromLinkHeader(response.headers.get("Link")).hub).toEqual([]);
    expect(await response.text()).not.toContain(env.TEST_HUBS);
  });
});
