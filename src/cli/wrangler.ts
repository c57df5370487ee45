/// <reference types="node" />
import { spawn } from "node:child_process";

/**
 * Runs `wrangler ARGS` and returns what it printed; throws with its output when
 * it fails. CI=true: wrangler asks no questions (migrations apply them as told).
 */
export function wrangler(args: readonly string[], options: { quiet?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["wrangler", ...args], { env: { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false" }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`wrangler ${args.join(" ")} exited with ${code}:\n${(err || out).trim()}`));
    });
    if (!options.quiet) child.stderr.pipe(process.stderr);
  });
}

/** Where a command acts: the local store of `wrangler dev`, or the deployed one. */
export type Where = "--local" | "--remote";

/** Applies the migrations to the store (`wrangler d1 migrations apply`); does nothing when they are applied. */
export function applyMigrations(where: Where): Promise<string> {
  return wrangler(["d1", "migrations", "apply", "DB", where], { quiet: true });
}

/** Runs SQL on the store and returns the rows of its (last) statement. */
export async function d1<T>(where: Where, sql: string): Promise<T[]> {
  const out = await wrangler(["d1", "execute", "DB", where, "--json", "--command", sql], { quiet: true });
  const results = JSON.parse(out) as { results: T[] }[];
  return results.at(-1)?.results ?? [];
}

/** A SQL string literal. */
export function sqlText(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
