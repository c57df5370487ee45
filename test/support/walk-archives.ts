import { expect } from "vitest";
import type { FeedFormat } from "../../src/formats";
import { all, one, parseXml, type XmlElement } from "./parse-xml";
import { get } from "./store";

/** The fixture site's address (test/fixtures/site.ts, BASE_URL of the test Worker). */
const BASE = "https://feeds.tests.example";

/** One document as a reader sees it: entry ids, its archive links, whether it is an archive. */
async function read(format: FeedFormat, path: string) {
  const response = await get(path);
  expect(response.status, path).toBe(200);
  const body = await response.text();
  if (format === "json") {
    const json = JSON.parse(body) as { items: { id: string }[]; next_url?: string };
    return { ids: json.items.map((i) => i.id), prev: json.next_url, archive: /\/archive\/\d+\//.test(path), current: undefined, etag: response.headers.get("ETag") };
  }
  const root = parseXml(body);
  const feed: XmlElement = format === "rss" ? one(root, "channel") : root;
  const link = (rel: string) => all(feed, format === "rss" ? "atom:link" : "link").find((l) => l.attributes.rel === rel)?.attributes.href;
  const ids = format === "rss" ? all(feed, "item").map((i) => one(i, "guid").text) : all(feed, "entry").map((e) => one(e, "id").text);
  return { ids, prev: link("prev-archive"), archive: all(feed, "fh:archive").length === 1, current: link("current"), etag: response.headers.get("ETag") };
}

/** Follows `prev-archive` from a subscription feed: every document's path and ids, newest first. */
export async function walk(format: FeedFormat, start: string) {
  const documents: { path: string; ids: string[]; etag: string | null }[] = [];
  for (let path: string | undefined = start; path; ) {
    const doc = await read(format, path);
    expect(doc.archive, path).toBe(documents.length > 0);
    if (format !== "json" && documents.length > 0) expect(doc.current).toBe(`${BASE}${start}`);
    documents.push({ path, ids: doc.ids, etag: doc.etag });
    path = doc.prev && new URL(doc.prev).pathname;
  }
  return documents;
}

export const START = { rss: "/rss.xml", atom: "/atom.xml", json: "/feed.json" } as const;
