/// <reference types="node" />
/**
 * `PUBLISH_TOKEN=… npm run publish [-- --to URL] [--items DIR]`: sends items/ to
 * the Worker at URL (default: the local dev server, http://localhost:8787), only
 * what changed since the last publish. Prints what was created, updated and
 * deleted, and every problem of every refused file; exits 1 if any.
 */
import { parseArgs } from "node:util";
import { printReport } from "./print-report";
import { publishItems } from "./publish-items";

const { values } = parseArgs({
  options: { to: { type: "string", default: "http://localhost:8787" }, items: { type: "string", default: "items" } },
});
const token = process.env.PUBLISH_TOKEN;
if (!token) {
  console.error("PUBLISH_TOKEN is not set: create one with `npm run token -- create NAME` (add --remote for the deployed Worker)");
  process.exit(1);
}
const to = values.to!.replace(/\/+$/, "");
try {
  const report = await publishItems(values.items!, to, token);
  if (!printReport(report, to)) process.exitCode = 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
