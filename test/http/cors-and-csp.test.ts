import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../../src/app";
import { storeWithSite } from "../support/store";

// The fixture site (test/fixtures/items/), published through the write path.
beforeAll(storeWithSite);

const request = (path: string, init: RequestInit = {}) => app.request(path, init, env);
const FEEDS = ["/rss.xml", "/atom.xml", "/feed.json", "/categories/syrie/rss.xml", "/feeds.opml"];

describe("web-based readers (CORS)", () => {
  it.each(FEEDS)("%s answers a preflight for a conditional GET", async (path) => {
    const res = await request(path, {
      method: "OPTIONS",
      headers: { Origin: "https://reader.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match" },
    });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Access-Control-Allow-Methods")).toBe("GET, HEAD");
    expect(res.headers.get("Access-Control-Allow-Headers")).toBe("If-None-Match, If-Modified-Since");
    expect(Number(res.headers.get("Access-Control-Max-Age"))).toBeGreaterThan(0);
  });

  it.each(FEEDS)("%s exposes its validators and its links (WebSub hubs) to scripts of any origin", async (path) => {
    const res = await request(path);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Access-Control-Expose-Headers")).toBe("ETag, Last-Modified, Link");
    const again = await request(path, { headers: { "If-None-Match": res.headers.get("ETag")! } });
    expect(again.status).toBe(304);
    expect(again.headers.get("Access-Control-Expose-Headers")).toBe("ETag, Last-Modified, Link");
  });

  it("answers no preflight where there is no feed", async () => {
    expect((await request("/nope.xml", { method: "OPTIONS" })).status).toBe(404);
    const page = await request("/", { method: "OPTIONS" });
    expect(page.status).toBe(405);
    expect(page.headers.get("Allow")).toBe("GET, HEAD");
  });
});

describe("defence in depth", () => {
  const SANDBOX = "default-src 'none'; sandbox";

  it.each([...FEEDS, "/rss.xml?raw"])("%s runs nothing even if a browser renders it", async (path) => {
    const res = await request(path);
    expect(res.headers.get("Content-Security-Policy")).toBe(SANDBOX);
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("404 and 405 answers run nothing and are not sniffed", async () => {
    for (const res of [await request("/<script>alert(1)</script>"), await request("/rss.xml", { method: "POST" })]) {
      expect(res.headers.get("Content-Security-Policy")).toBe(SANDBOX);
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(res.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    }
  });

  it("redirects carry nosniff and a Cache-Control", async () => {
    for (const [path, location] of [["/favicon.ico", "/favicon.png"], ["/categories/syrie", "/categories/syrie/"]]) {
      const res = await request(path!, { redirect: "manual" });
      expect(res.status).toBe(301);
      expect(res.headers.get("Location")).toBe(location);
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(res.headers.get("Cache-Control")).toBe("public, max-age=300");
    }
  });
});
