import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { runCommand } from "./run-command";

export interface Bundle {
  dir: string;
  /** Modules as Miniflare takes them, the entry first. */
  modules: { type: ModuleType; path: string }[];
  rawBytes: number;
  /** Each module gzipped at level 9, summed: roughly what the upload limit counts. */
  gzipBytes: number;
  /** SHA-256 of the modules' names and bytes: two builds that carry the same code match. */
  sha256: string;
}

type ModuleType = "ESModule" | "Text" | "Data" | "CompiledWasm";

/** wrangler's default module rules, as Miniflare's module types. */
const MODULE_TYPES: Record<string, ModuleType> = { js: "ESModule", mjs: "ESModule", txt: "Text", html: "Text", sql: "Text", bin: "Data", wasm: "CompiledWasm" };

/**
 * Bundles the Worker in `projectDir` as a deployment does: `wrangler deploy
 * --dry-run` writes the modules it would upload into `outDir`. The bench runs
 * these modules, not the TypeScript sources.
 */
export async function buildBundle(projectDir: string, outDir: string): Promise<Bundle> {
  await runCommand("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outDir], {
    cwd: projectDir,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  // Source maps and wrangler's README are written beside the modules but not uploaded as code.
  const names = readdirSync(outDir)
    .filter((name) => !name.endsWith(".map") && name !== "README.md")
    .sort((a, b) => (a === "index.js" ? -1 : b === "index.js" ? 1 : a < b ? -1 : 1));
  const hash = createHash("sha256");
  let rawBytes = 0;
  let gzipBytes = 0;
  const modules = names.map((name) => {
    const type = MODULE_TYPES[name.replace(/^.*\./, "")];
    // Thrown now, before anything is measured, rather than by workerd later.
    if (!type) throw new Error(`no module type for ${name} (the bench knows wrangler's default rules only)`);
    const bytes = readFileSync(join(outDir, name));
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
    return { type, path: join(outDir, name) };
  });
  return { dir: outDir, modules, rawBytes, gzipBytes, sha256: hash.digest("hex") };
}
