/// <reference types="node" />
/**
 * `PUBLISH_TOKEN=… npm run import -- [--to URL] FILE…`: sends IPTC ninjs
 * documents (each file one document or an array) to the Worker at URL (default:
 * the local dev server, http://localhost:8787), as an agency's wire would. Prints
 * what became of each document and every problem, naming its uri and JSON path;
 * exits 1 if any document was refused or any file could not be read.
 */
import { parseArgs } from "node:util";
import { importNinjs, printImport } from "./import-ninjs";

const { values, positionals } = parseArgs({ options: { to: { type: "string", default: "http://localhost:8787" } }, allowPositionals: true });
const token = process.env.PUBLISH_TOKEN;
if (!token) {
  console.error("PUBLISH_TOKEN is not set: create one with `npm run token -- create NAME` (add --remote for the deployed Worker)");
  process.exit(1);
}
if (positionals.length === 0) {
  console.error("usage: npm run import -- [--to URL] FILE… (IPTC ninjs documents, JSON)");
  process.exit(1);
}
const to = values.to!.replace(/\/+$/, "");
try {
  if (!printImport(await importNinjs(positionals, to, token), to)) process.exitCode = 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
