import { beforeAll, describe, expect, it } from "vitest";
import type { FileResult } from "../../src/dialects/files/files-request";
import { all, one, parseXml } from "../support/parse-xml";
import { freshStore, get, publishFiles } from "../support/store";

/** The newsroom's own items/, as `npm run publish` reads them (text files: the check of bytes is the CLI's). */
const newsroomFiles = Object.entries(import.meta.glob<string>("../../items/*", { query: "?raw", import: "default", eager: true })).map(
  ([path, text]) => ({ name: path.replace(/^.*\//, ""), text }),
);

/**
 * The newsroom's own items/ and src/site.ts, whatever they hold: this is the one
 * test that reads them, and it asserts nothing of what they say, only that every
 * file publishes and every published item is served.
 */
describe("the newsroom's items/", () => {
  let results: FileResult[] = [];
  beforeAll(async () => {
    await freshStore();
    const response = await publishFiles(newsroomFiles);
    results = (await response.json<{ results: FileResult[] }>()).results;
  });

  it("publish, every file", () => {
    expect(results.filter((r) => r.result === "refused")).toEqual([]);
    expect(results.map((r) => r.file).sort()).toEqual(newsroomFiles.map((f) => `items/${f.name}`).sort());
  });

  it("each item shown now has its page, and is in the site's feeds once, following the archives", async () => {
    const shown = results.filter((r) => r.state === "live");
    const slugs: string[] = [];
    for (let path: string | undefined = "/feed.json"; path; ) {
      const feed: { items: { url: string }[]; next_url?: string } = await (await get(path)).json();
      slugs.push(...feed.items.map((i) => new URL(i.url).pathname));
      path = feed.next_url && new URL(feed.next_url).pathname;
    }
    expect(slugs).toHaveLength(shown.length);
    expect(new Set(slugs).size).toBe(shown.length);
    for (const path of slugs) expect((await get(path)).status, path).toBe(200);
    for (const [start, entries] of [
      ["/rss.xml", (xml: string) => all(one(parseXml(xml), "channel"), "item")],
      ["/atom.xml", (xml: string) => all(parseXml(xml), "entry")],
    ] as const) {
      const response = await get(start);
      expect(response.status).toBe(200);
      expect(entries(await response.text()).length).toBeLessThanOrEqual(shown.length);
    }
  });

  it("the home page and the subscription list answer", async () => {
    for (const path of ["/", "/feeds.opml"]) expect((await get(path)).status, path).toBe(200);
  });
});
