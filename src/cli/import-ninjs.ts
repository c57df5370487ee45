/// <reference types="node" />
import { readFile } from "node:fs/promises";
import type { DocumentResult } from "../dialects/ninjs/document-result";
import { printable } from "../text/printable";

/** What an import did: each document's result, and the files that could not be sent. */
export interface ImportReport {
  results: DocumentResult[];
  /** `FILE → what is wrong` for a file that is not ninjs JSON; nothing of it was sent. */
  unreadable: string[];
}

/** Documents per request: a day of a busy wire goes in a few requests. */
const PER_REQUEST = 100;

/**
 * Sends the ninjs documents of `files` (each one document or an array of them)
 * to `POST /ingest/ninjs` at `to`, in order, a hundred at a time. A file that
 * cannot be read or is not JSON is named and left out; the rest is sent.
 */
export async function importNinjs(files: readonly string[], to: string, token: string): Promise<ImportReport> {
  const report: ImportReport = { results: [], unreadable: [] };
  const docs: unknown[] = [];
  for (const file of files) {
    try {
      const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
      docs.push(...(Array.isArray(parsed) ? parsed : [parsed]));
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      report.unreadable.push(`${file} → ${code ? `cannot be read (${code})` : `not JSON: ${message}`}`);
    }
  }
  for (let at = 0; at < docs.length; at += PER_REQUEST) {
    const response = await send(`${to}/ingest/ninjs`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify(docs.slice(at, at + PER_REQUEST)),
    });
    const body = (await response.json().catch(() => ({}))) as { results?: DocumentResult[]; error_description?: string };
    if (!body.results) throw new Error(`${to}/ingest/ninjs answered ${response.status}${body.error_description ? `: ${body.error_description}` : ""}`);
    report.results.push(...body.results);
  }
  return report;
}

/**
 * What an import did, one line per document and one per problem; returns
 * whether all went in. Uris and problems come from an agency's documents: their
 * control characters are printed as escapes, so none can clear a terminal or
 * forge a line.
 */
export function printImport(report: ImportReport, to: string): boolean {
  const out = (line: string) => console.log(printable(line));
  const err = (line: string) => console.error(printable(line));
  const count = (result: string) => report.results.filter((r) => r.result === result).length;
  const totals = ["created", "updated", "withdrawn", "kept", "ignored", "unchanged", "refused"].filter((r) => count(r) > 0).map((r) => `${count(r)} ${r}`);
  out(`imported ${report.results.length} ninjs document${report.results.length === 1 ? "" : "s"} to ${to}${totals.length ? `: ${totals.join(", ")}` : ""}`);
  for (const r of report.results) {
    const when = r.state === "scheduled" ? ` (held until ${r.visibleFrom})` : "";
    out(`  ${r.result.padEnd(9)} ${r.uri}${r.url ? ` → ${r.url}` : ""}${when}`);
    for (const problem of r.problems ?? []) (r.result === "refused" ? err : out)(`    ${r.uri} → ${problem}`);
  }
  for (const line of report.unreadable) err(line);
  return report.unreadable.length === 0 && report.results.every((r) => r.result !== "refused");
}

/** fetch, tried once more when the connection fails before any answer (an ingest can be sent twice: versions are ordered). */
async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}
