/// <reference types="node" />
/**
 * The build: validates every file in items/ and writes the module the Worker
 * imports. Run by `npm run build`, and by wrangler (`[build]`) and `npm test`
 * before anything is served or tested.
 *
 *   tsx src/build.ts [--items DIR] [--out FILE]
 *
 * The items travel as one JSON text module (wrangler bundles `.txt` files as
 * text), parsed on first use. Measured at 10,000 items (`npm run bench`): the
 * cold start is 288 ms, against 487 ms for a JavaScript object literal and 863 ms
 * for the same JSON as a string literal in JavaScript, which esbuild rewrites with
 * an escape for every accented letter; V8 never scans a text module as code.
 */
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { ItemsError } from "./items/items-error";
import { loadItems } from "./items/load-items";
import { site } from "./site";

const { values } = parseArgs({
  options: {
    items: { type: "string", default: "items" },
    out: { type: "string", default: ".generated/items.txt" },
  },
});
const itemsDir = values.items!;
const out = values.out!;

const names = (await readdir(itemsDir)).filter((name) => !name.startsWith("."));
const files = await Promise.all(
  names.map(async (name) => ({ path: join(itemsDir, name), bytes: new Uint8Array(await readFile(join(itemsDir, name))) })),
);

try {
  const items = loadItems(files, site);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(
    join(dirname(out), "items.d.ts"),
    'declare module "*/.generated/items.txt" {\n  const json: string;\n  export default json;\n}\n',
  );
  await writeFile(`${out}.tmp`, JSON.stringify(items));
  await rename(`${out}.tmp`, out);
  const drafts = files.length - items.length;
  const scheduled = items.filter((item) => Date.parse(item.date) > Date.now()).length;
  const notes = [
    ...(drafts ? [`${drafts} draft${drafts === 1 ? "" : "s"} left out`] : []),
    ...(scheduled ? [`${scheduled} scheduled: shown from their date`] : []),
  ];
  console.log(`built ${items.length} item${items.length === 1 ? "" : "s"}${notes.length ? ` (${notes.join(", ")})` : ""} → ${out}`);
} catch (error) {
  if (!(error instanceof ItemsError)) throw error;
  // Nothing stale may be served or tested after a failed build.
  await rm(out, { force: true });
  console.error(error.message);
  process.exitCode = 1;
}
