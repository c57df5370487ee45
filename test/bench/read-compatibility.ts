import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface Compatibility {
  date: string;
  flags: string[];
}

/**
 * The compatibility date and flags wrangler.toml gives the Worker, so the bench
 * runs it as deployed. Only these two top-level keys are read, with a pattern:
 * they are one-line values in this project's file.
 */
export function readCompatibility(projectDir: string): Compatibility {
  const toml = readFileSync(join(projectDir, "wrangler.toml"), "utf8");
  const date = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  if (!date) throw new Error("wrangler.toml has no compatibility_date");
  const flags = /^compatibility_flags\s*=\s*\[([^\]]*)\]/m.exec(toml)?.[1];
  return { date, flags: flags ? [...flags.matchAll(/"([^"]+)"/g)].map((m) => m[1]!) : [] };
}
