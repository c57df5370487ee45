import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { feedCatalog } from "../../src/feeds/feed-catalog";
import { renderFeed } from "../../src/feeds/render-feed";
import { loadItems } from "../../src/items/load-items";
import { site } from "../fixtures/site";
import { NPM_CLIENTS } from "../interop/clients";
import { compareEntries } from "../interop/compare-entries";
import { expectedFromItems } from "../interop/expected-entries";
import { syntheticItems } from "../interop/synthetic-items";

const ROOT = new URL("../..", import.meta.url).pathname;
const BASE = "https://feeds.example.org";

/** The interop fixtures (hostile text, two languages, several authors) and 64 dated dispatches for archives. */
async function fixtureItems() {
  const dir = join(ROOT, "test/fixtures/items");
  const files = await Promise.all(
    (await readdir(dir)).map(async (name) => ({ path: `items/${name}`, bytes: new Uint8Array(await readFile(join(dir, name))) })),
  );
  for (const { name, text } of syntheticItems(64)) files.push({ path: `items/${name}`, bytes: new TextEncoder().encode(text) });
  return loadItems(files, site);
}

describe.each(NPM_CLIENTS.map((client) => [client.name, client] as const))("%s", (_, client) => {
  it("reads every feed document of the site as the site wrote it", async () => {
    const items = await fixtureItems();
    const catalog = feedCatalog(items, site.title, site.feedSize);
    const expected = expectedFromItems(items, BASE);
    let documents = 0;
    for (const [path, ref] of catalog.feeds) {
      if (!client.formats.includes(ref.format)) continue;
      const entries = await client.parse(renderFeed(ref, BASE).body, ref.format);
      expect(compareEntries(expected.documents.get(path)!, entries, client, ref.format), path).toEqual([]);
      documents++;
    }
    expect(documents).toBeGreaterThan(40);
  });
});
