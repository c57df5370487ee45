import { env } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../../src/app";
import { seed } from "../support/seed";
import { storeWithSite } from "../support/store";

// The fixture site (test/fixtures/items/), published through the write path.
beforeAll(storeWithSite);

const request = (path: string, init: RequestInit = {}) => app.request(path, init, env);
const get = (path: string, headers: HeadersInit = {}) => request(path, { headers });

const FEEDS = ["/rss.xml", "/atom.xml", "/feed.json"];
const PAGES = ["/", `/articles/${seed.slug}`];

/**
 * Last-Modified of each path of the fixture site, in the three forms of an
 * HTTP-date (RFC 9110 §5.6.7): the newest item the response shows, the hostile
 * dispatch of 20 November 2026 for the site, the seed dispatch for its page.
 */
const NEWEST = { date: "Fri, 20 Nov 2026 09:00:00 GMT", rfc850: "Friday, 20-Nov-26 09:00:00 GMT", asctime: "Fri Nov 20 09:00:00 2026" };
const SEED = { date: "Wed, 08 Nov 2017 12:00:00 GMT", rfc850: "Wednesday, 08-Nov-17 12:00:00 GMT", asctime: "Wed Nov  8 12:00:00 2017" };
const lastModified = (path: string) => (path === `/articles/${seed.slug}` ? SEED : NEWEST);
const shifted = (date: string, seconds: number) => new Date(Date.parse(date) + seconds * 1000).toUTCString();

/** The headers a 304 must repeat from the 200 (RFC 9110 §15.4.5), and the validators. */
const KEPT = ["ETag", "Last-Modified", "Cache-Control", "Vary", "Access-Control-Allow-Origin", "X-Content-Type-Options"];

describe.each([...FEEDS, ...PAGES])("conditional GET of %s", (path) => {
  it("walks the protocol in order", async () => {
    // Plain GET: 200 with a strong tag and the newest item's date.
    const plain = await get(path);
    expect(plain.status).toBe(200);
    const etag = plain.headers.get("ETag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
    expect(plain.headers.get("Last-Modified")).toBe(lastModified(path).date);
    const body = await plain.text();
    expect(body.length).toBeGreaterThan(1000);

    // The same bytes, the same tag, on every request.
    const again = await get(path);
    expect(again.headers.get("ETag")).toBe(etag);
    expect(await again.text()).toBe(body);

    // A tag that does not match: the full body.
    const wrong = await get(path, { "If-None-Match": '"not-this-one"' });
    expect(wrong.status).toBe(200);
    expect(await wrong.text()).toBe(body);

    // The matching tag: 304, no body, the same validators and cache headers.
    const match = await get(path, { "If-None-Match": etag });
    expect(match.status).toBe(304);
    expect(await match.text()).toBe("");
    for (const name of KEPT) expect(match.headers.get(name), name).toBe(plain.headers.get(name));
    expect(match.headers.get("Content-Type")).toBeNull();

    // A list holding the tag, and the tag made weak (what Cloudflare sends on after compressing).
    expect((await get(path, { "If-None-Match": `"a", ${etag} , "b"` })).status).toBe(304);
    expect((await get(path, { "If-None-Match": `W/${etag}` })).status).toBe(304);
    expect((await get(path, { "If-None-Match": `"a", W/"b"` })).status).toBe(200);

    // `*`: any current representation.
    expect((await get(path, { "If-None-Match": "*" })).status).toBe(304);
  });

  it("answers If-Modified-Since by the newest item's date", async () => {
    const status = async (since: string) => (await get(path, { "If-Modified-Since": since })).status;
    const modified = lastModified(path);
    expect(await status(modified.date)).toBe(304);
    expect(await status(shifted(modified.date, 12 * 3600))).toBe(304);
    expect(await status(shifted(modified.date, -1))).toBe(200);
    // The obsolete forms RFC 9110 §5.6.7 makes recipients accept.
    expect(await status(modified.rfc850)).toBe(304);
    expect(await status(modified.asctime)).toBe(304);
    // Malformed dates are ignored: a full 200, never an error.
    for (const bad of ["yesterday", "2017-11-09", "", "Wed, 32 Nov 2017 12:00:00 GMT", `${modified.date}, ${modified.date}`]) {
      expect(await status(bad), bad).toBe(200);
    }
  });

  it("lets If-None-Match win over If-Modified-Since", async () => {
    const etag = (await get(path)).headers.get("ETag")!;
    const future = "Fri, 01 Jan 2100 00:00:00 GMT";
    expect((await get(path, { "If-None-Match": '"other"', "If-Modified-Since": future })).status).toBe(200);
    expect((await get(path, { "If-None-Match": etag, "If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT" })).status).toBe(
      304,
    );
  });

  it("answers HEAD like GET without the body, and 405 to other methods", async () => {
    const full = await get(path);
    const head = await request(path, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    for (const name of [...KEPT, "Content-Type"]) {
      expect(head.headers.get(name), name).toBe(full.headers.get(name));
    }
    // A GET's length is written by the runtime from the body; a HEAD states it.
    expect(Number(head.headers.get("Content-Length"))).toBe(new TextEncoder().encode(await full.text()).byteLength);
    const etag = full.headers.get("ETag")!;
    expect((await request(path, { method: "HEAD", headers: { "If-None-Match": etag } })).status).toBe(304);

    // Feeds also answer a web reader's CORS preflight (OPTIONS); see cors.test.ts.
    const feed = FEEDS.includes(path);
    for (const method of ["POST", "PUT", "DELETE", "PATCH", ...(feed ? [] : ["OPTIONS"])]) {
      const res = await request(path, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get("Allow")).toBe(feed ? "GET, HEAD, OPTIONS" : "GET, HEAD");
    }
  });
});

describe("cache headers", () => {
  it.each(FEEDS)("%s may be fetched from any origin and cached briefly", async (path) => {
    const res = await get(path);
    expect(res.headers.get("Cache-Control")).toBe(
      "public, max-age=300, s-maxage=900, stale-while-revalidate=3600, stale-if-error=86400",
    );
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Vary")).toBe("Accept, Sec-Fetch-Dest, Sec-Fetch-Mode, Accept-Encoding");
  });

  it.each(PAGES)("%s is cached like the feeds, without CORS", async (path) => {
    const res = await get(path);
    expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("Cache-Control")).toMatch(/^public, max-age=300,/);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("gives each path its own tag", async () => {
    const tags = await Promise.all([...FEEDS, ...PAGES].map(async (p) => (await get(p)).headers.get("ETag")));
    expect(new Set(tags).size).toBe(FEEDS.length + PAGES.length);
  });
});

describe("what no client can break", () => {
  it("answers odd requests with 4xx, never 500", async () => {
    const odd: [string, RequestInit][] = [
      [`/${"a".repeat(8000)}`, {}],
      ["/articles/%E0%A4%A", {}],
      ["/articles/%00", {}],
      ["/rss.xml?%%%=&&x[]=1", {}],
      ["/rss.xml", { headers: { "If-None-Match": `${'"x", '.repeat(2000)}"y"` } }],
      ["/rss.xml", { headers: { "If-None-Match": '"unterminated, W/, ,,' } }],
      ["/rss.xml", { headers: { "If-Modified-Since": "x".repeat(8000) } }],
      ["/atom.xml", { method: "DELETE" }],
    ];
    for (const [path, init] of odd) {
      const res = await request(path, init);
      expect(res.status, path.slice(0, 40)).toBeLessThan(500);
    }
    expect((await request("/rss.xml?utm_source=x")).status).toBe(200);
  });

  it("serves the same feed whatever validators, repeated headers or query a client sends", async () => {
    const plain = await (await get("/rss.xml")).text();
    const etag = (await get("/rss.xml")).headers.get("ETag")!;
    // Header values as HTTP allows them: visible ASCII, spaces and tabs inside.
    const value = fc.oneof(
      fc.string({ unit: fc.constantFrom(..."\"W/,* \t-:abcGMTMonNov0123456789"), maxLength: 60 }),
      fc.string({ unit: "grapheme-ascii", maxLength: 200 }),
      fc.constant(etag),
      fc.constant(`${etag}, ${etag}`),
    );
    const query = fc.string({ unit: fc.constantFrom(..."?&=%[]a1+#;/"), maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(value, value, value, query, async (inm, ims, again, q) => {
        const headers = new Headers();
        const clean = (v: string) => v.replace(/[^\t\x20-\x7e]/g, "").trim();
        if (clean(inm)) headers.append("If-None-Match", clean(inm));
        if (clean(again)) headers.append("If-None-Match", clean(again));
        if (clean(ims)) headers.append("If-Modified-Since", clean(ims));
        const path = `/rss.xml${q.startsWith("?") ? q : ""}`;
        const res = await request(path, { headers });
        expect([200, 304]).toContain(res.status);
        expect(res.headers.get("ETag")).toBe(etag);
        expect(await res.text()).toBe(res.status === 200 ? plain : "");
      }),
      { numRuns: 200 },
    );
  });
});
