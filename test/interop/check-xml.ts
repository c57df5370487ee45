import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { FeedFormat } from "../../src/formats";

const run = promisify(execFile);
/** RFC 4287 Appendix B, the RELAX NG compact schema, as published. */
const ATOM_SCHEMA = new URL("./atom.rnc", import.meta.url).pathname;

/**
 * What xmllint (well-formedness) and, for Atom, jing (the RFC's schema) say of a
 * feed body; JSON Feed must parse as JSON. Empty when all is well.
 */
export async function checkXml(body: string, format: FeedFormat): Promise<string[]> {
  if (format === "json") {
    try {
      JSON.parse(body);
      return [];
    } catch (error) {
      return [`JSON: ${String(error)}`];
    }
  }
  const dir = await mkdtemp(join(tmpdir(), "check-xml-"));
  const file = join(dir, "feed.xml");
  await writeFile(file, body);
  const problems: string[] = [];
  try {
    problems.push(...(await complaints("xmllint", ["--noout", "--nonet", file])));
    if (format === "atom") problems.push(...(await complaints("jing", ["-c", ATOM_SCHEMA, file])));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return problems;
}

async function complaints(command: string, args: string[]): Promise<string[]> {
  try {
    await run(command, args);
    return [];
  } catch (error) {
    const { stdout = "", stderr = "", message } = error as { stdout?: string; stderr?: string; message: string };
    return [`${command}: ${(stdout + stderr).trim() || message}`];
  }
}
