/// <reference types="node" />
/**
 * `npm run check [-- --items DIR]`: validates every file of items/ offline, with
 * no server and no token, and prints every problem of every file at once (the
 * lines `npm run publish` prints), what is a draft and what is scheduled.
 * Exits 1 on any problem: run it in a newsroom's own CI before publishing.
 */
import { parseArgs } from "node:util";
import { ItemsError } from "../items/items-error";
import { loadItems } from "../items/load-items";
import { site } from "../site";
import { hasLabels } from "../text/labels";
import { readItemFiles } from "./read-item-files";

const { values } = parseArgs({ options: { items: { type: "string", default: "items" } } });

try {
  const files = await readItemFiles(values.items!);
  const items = loadItems(files, site);
  const drafts = files.length - items.length;
  const scheduled = items.filter((item) => Date.parse(item.date) > Date.now()).reverse();
  const notes = drafts ? [`${drafts} draft${drafts === 1 ? "" : "s"}`] : [];
  if (scheduled.length) notes.push(`${scheduled.length} scheduled`);
  console.log(`${items.length} item${items.length === 1 ? "" : "s"} ready to publish${notes.length ? ` (${notes.join(", ")})` : ""}`);
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
