import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadItems } from "../../src/items/load-items";
import { site } from "../fixtures/site";
import { NPM_CLIENTS } from "../interop/clients";
import { compareEntries } from "../interop/compare-entries";
import { shownEntries } from "../interop/expected-entries";
import { syntheticItems } from "../interop/synthetic-items";
import { siteFeeds } from "../support/site-feeds";

const ROOT = new URL("../..", import.meta.url).pathname;
const BASE = "https://feeds.example.org";

/** The fixture site (hostile text, two languages, several authors) and 64 dated dispatches for archives. */
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
    const shown = shownEntries(items, BASE);
    let documents = 0;
    for (const [path, { format, body, ids }] of siteFeeds(items, BASE)) {
      if (!client.formats.includes(format)) continue;
      const entries = await client.parse(body, format);
      expect(compareEntries(ids.map((id) => shown.get(id)!), entries, client, format), path).toEqual([]);
      documents++;
    }
    // 68 items: the current feed and two archive pages, in each format the client reads.
    expect(documents).toBe(3 * client.formats.length);
  });
});
