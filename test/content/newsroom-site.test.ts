import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import app from "../../src/app";
import { publication } from "../../src/items/published-items";
import { all, one, parseXml } from "../support/parse-xml";

const get = (path: string) => app.request(path, {}, env);

/**
 * The newsroom's own items/ and src/site.ts, whatever they hold: this is the one
 * test that reads them, and it asserts nothing of what they say, only that every
 * published item builds and is served.
 */
describe("the newsroom's items/", () => {
  const { items } = publication();

  it("each published item has its page", async () => {
    for (const item of items) {
      const res = await get(`/articles/${item.slug}`);
      expect(res.status, item.file).toBe(200);
      expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    }
  });

  it("each published item is in the site's feeds once, following the archives", async () => {
    const ids = items.map((i) => i.id).sort();
    const rss: string[] = [];
    const atom: string[] = [];
    const json: string[] = [];
    for (let path: string | undefined = "/rss.xml"; path; ) {
      const channel = one(parseXml(await (await get(path)).text()), "channel");
      rss.push(...all(channel, "item").map((i) => one(i, "guid").text));
      path = all(channel, "atom:link").find((l) => l.attributes.rel === "prev-archive")?.attributes.href;
      path &&= new URL(path).pathname;
    }
    for (let path: string | undefined = "/atom.xml"; path; ) {
      const feed = parseXml(await (await get(path)).text());
      atom.push(...all(feed, "entry").map((e) => one(e, "id").text));
      path = all(feed, "link").find((l) => l.attributes.rel === "prev-archive")?.attributes.href;
      path &&= new URL(path).pathname;
    }
    for (let path: string | undefined = "/feed.json"; path; ) {
      const feed: { items: { id: string }[]; next_url?: string } = await (await get(path)).json();
      json.push(...feed.items.map((i) => i.id));
      path = feed.next_url && new URL(feed.next_url).pathname;
    }
    for (const read of [rss, atom, json]) expect(read.sort()).toEqual(ids);
  });

  it("the home page and the subscription list answer", async () => {
    for (const path of ["/", "/feeds.opml"]) expect((await get(path)).status, path).toBe(200);
  });
});
