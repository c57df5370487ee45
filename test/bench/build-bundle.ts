import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { runCommand } from "./run-command";
import { moduleType } from "./workerd-config";

export interface Bundle {
  dir: string;
  /** Module file names, the entry first. */
  modules: string[];
  rawBytes: number;
  /** Each module gzipped at level 9, summed: roughly what the upload limit counts. */
  gzipBytes: number;
}

/**
 * Bundles the Worker in `projectDir` the way a deployment does: `wrangler deploy
 * --dry-run` runs the [build] command first (validating items/, writing .generated/),
 * then writes the modules it would upload into `outDir`.
 */
export async function buildBundle(projectDir: string, outDir: string): Promise<Bundle> {
  await runCommand("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outDir], {
    cwd: projectDir,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  // Source maps and wrangler's README are written beside the modules but not uploaded as code.
  const modules = readdirSync(outDir)
    .filter((name) => !name.endsWith(".map") && name !== "README.md")
    .sort((a, b) => (a === "index.js" ? -1 : b === "index.js" ? 1 : a < b ? -1 : 1));
  // Throws now, before anything is measured, on a module workerd would not know how to load.
  modules.forEach(moduleType);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const name of modules) {
    const bytes = readFileSync(join(outDir, name));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { dir: outDir, modules, rawBytes, gzipBytes };
}
