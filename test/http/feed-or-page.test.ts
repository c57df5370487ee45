import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../../src/app";
import { storeWithSite } from "../support/store";

// The fixture site (test/fixtures/items/), published through the write path.
beforeAll(storeWithSite);

const get = (path: string, headers: Record<string, string>) => app.request(path, { headers }, env);

/** Fetch metadata of a person opening an address in a current browser. */
const NAVIGATION = { "Sec-Fetch-Dest": "document", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Site": "none", "Sec-Fetch-User": "?1" };

/**
 * What real clients send when they fetch a feed's address, and what each must
 * get: the page about the feed for a person's browser, the feed for everything
 * else. Headers as the clients send them by default (their sources and docs).
 */
const CLIENTS: { client: string; headers: Record<string, string>; gets: "page" | "feed" }[] = [
  {
    client: "Chrome 131, address bar",
    headers: {
      ...NAVIGATION,
      Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
      "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    },
    gets: "page",
  },
  {
    client: "Firefox 133, a link",
    headers: {
      ...NAVIGATION,
      "Sec-Fetch-Site": "same-origin",
      Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
      "User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    },
    gets: "page",
  },
  {
    client: "Safari 15 (no Fetch metadata)",
    headers: {
      Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
      "User-Agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6 Safari/605.1.15",
    },
    gets: "page",
  },
  {
    client: "Firefox 78 ESR (no Fetch metadata)",
    headers: { Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,*/*;q=0.8", "User-Agent": "Mozilla/5.0 (Windows NT 10.0; rv:78.0) Gecko/20100101 Firefox/78.0" },
    gets: "page",
  },
  {
    client: "Internet Explorer 11",
    headers: { Accept: "text/html, application/xhtml+xml, image/jxr, */*", "User-Agent": "Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko" },
    gets: "page",
  },
  {
    client: "a web reader's fetch() in Chrome",
    headers: { Accept: "*/*", "Sec-Fetch-Dest": "empty", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Site": "cross-site" },
    gets: "feed",
  },
  {
    client: "the feed in an iframe",
    headers: { Accept: "text/html,application/xhtml+xml,*/*;q=0.8", "Sec-Fetch-Dest": "iframe", "Sec-Fetch-Mode": "navigate" },
    gets: "feed",
  },
  { client: "Java 11+ HttpURLConnection", headers: { Accept: "text/html, image/gif, image/jpeg, */*; q=0.2", "User-Agent": "Java/17.0.15" }, gets: "feed" },
  {
    client: "Java 8 HttpURLConnection",
    headers: { Accept: "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2", "User-Agent": "Java/1.8.0_392" },
    gets: "feed",
  },
  { client: "Java HttpClient", headers: { "User-Agent": "Java-http-client/17.0.15" }, gets: "feed" },
  { client: "curl", headers: { Accept: "*/*", "User-Agent": "curl/7.88.1" }, gets: "feed" },
  { client: "Wget", headers: { Accept: "*/*", "User-Agent": "Wget/1.21.3" }, gets: "feed" },
  { client: "Python requests", headers: { Accept: "*/*", "User-Agent": "python-requests/2.31.0" }, gets: "feed" },
  { client: "Python urllib", headers: { "User-Agent": "Python-urllib/3.11" }, gets: "feed" },
  {
    client: "Python feedparser 6",
    headers: {
      Accept: "application/atom+xml,application/rdf+xml,application/rss+xml,application/x-netcdf,application/xml;q=0.9,text/xml;q=0.2,*/*;q=0.1",
      "User-Agent": "feedparser/6.0.10 +https://github.com/kurtmckee/feedparser/",
    },
    gets: "feed",
  },
  { client: "Go net/http", headers: { "User-Agent": "Go-http-client/1.1" }, gets: "feed" },
  { client: "PHP file_get_contents", headers: {}, gets: "feed" },
  {
    client: "PHP SimplePie (FreshRSS)",
    headers: {
      Accept:
        "application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, text/html;q=0.7, unknown/unknown;q=0.1, application/unknown;q=0.1, */*;q=0.1",
      "User-Agent": "FreshRSS/1.24.0 (Linux; https://freshrss.org)",
    },
    gets: "feed",
  },
  { client: "Ruby Net::HTTP", headers: { Accept: "*/*", "User-Agent": "Ruby" }, gets: "feed" },
  { client: "Perl LWP", headers: { "User-Agent": "libwww-perl/6.68" }, gets: "feed" },
  { client: ".NET HttpClient", headers: {}, gets: "feed" },
  { client: "Node.js fetch", headers: { Accept: "*/*", "User-Agent": "node", "Sec-Fetch-Mode": "cors" }, gets: "feed" },
  {
    client: "Miniflux",
    headers: {
      Accept: "application/xml, application/atom+xml, application/rss+xml, application/rdf+xml, application/feed+json, text/html, */*;q=0.9",
      "User-Agent": "Mozilla/5.0 (compatible; Miniflux/2.2.3; +https://miniflux.app)",
    },
    gets: "feed",
  },
  { client: "newsboat", headers: { Accept: "*/*", "User-Agent": "newsboat/2.21.0 (Linux x86_64)" }, gets: "feed" },
  { client: "NetNewsWire", headers: { "User-Agent": "NetNewsWire (RSS Reader; https://netnewswire.com/)" }, gets: "feed" },
  {
    client: "a reader posing as a browser, naming the feed types",
    headers: {
      Accept: "text/html, application/xhtml+xml, application/atom+xml, application/rss+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5",
      "User-Agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15",
    },
    gets: "feed",
  },
];

describe.each(["/rss.xml", "/atom.xml", "/feed.json"])("who gets what at %s", (path) => {
  it.each(CLIENTS)("$client gets the $gets", async ({ headers, gets }) => {
    const res = await get(path, headers);
    const body = await res.text();
    if (gets === "page") {
      expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
      expect(body).toMatch(/^<!doctype html>/);
    } else {
      expect(res.headers.get("Content-Type")).toMatch(/^application\/(?:rss\+xml|atom\+xml|feed\+json); charset=utf-8$/);
      expect(body).toMatch(path.endsWith(".json") ? /^\{/ : /^<\?xml/);
    }
  });
});
