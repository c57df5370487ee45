/// <reference types="node" />
/**
 * The build: validates every file in items/ and writes the module the Worker
 * imports. Run by `npm run build`, and by wrangler (`[build]`) and `npm test`
 * before anything is served or tested.
 *
 *   tsx src/cli/build.ts [--items DIR] [--out FILE]
 *
 * The items travel as one JSON text module (wrangler bundles `.txt` files as
 * text), parsed on first use. Measured at 10,000 items (`npm run bench`): the
 * cold start is 288 ms, against 487 ms for a JavaScript object literal and 863 ms
 * for the same JSON as a string literal in JavaScript, which esbuild rewrites with
 * an escape for every accented letter; V8 never scans a text module as code.
 */
import { parseArgs } from "node:util";
import { ItemsError } from "../items/items-error";
import { site } from "../site";
import { hasLabels } from "../text/labels";
import { buildItems } from "./build-items";

const { values } = parseArgs({
  options: {
    items: { type: "string", default: "items" },
    out: { type: "string", default: ".generated/items.txt" },
  },
});

try {
  const { items, drafts, scheduled } = await buildItems(values.items!, values.out!, site);
  const notes = drafts ? [`${drafts} draft${drafts === 1 ? "" : "s"} left out`] : [];
  if (scheduled.length) notes.push(`${scheduled.length} scheduled`);
  console.log(`built ${items.length} item${items.length === 1 ? "" : "s"}${notes.length ? ` (${notes.join(", ")})` : ""} → ${values.out}`);
  // A day without a time goes live at 12:00 UTC: an editor who wrote today's date
  // before noon must see that the item is not out yet (README, "Publishing now").
  for (const item of scheduled) console.log(`  scheduled: ${item.file} goes live at ${item.date}`);
  const unlabelled = [...new Set([site.language, ...items.map((item) => item.language)])].filter((language) => !hasLabels(language));
  for (const language of unlabelled) {
    console.log(`  note: no labels in ${language}: its pages and feeds show the publisher's own words in English (src/text/labels/)`);
  }
} catch (error) {
  if (!(error instanceof ItemsError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
