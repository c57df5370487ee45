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
  return onStore(where, ["d1", "migrations", "apply", "DB", where]);
}

/** Runs SQL on the store and returns the rows of its (last) statement. */
export async function d1<T>(where: Where, sql: string): Promise<T[]> {
  const out = await onStore(where, ["d1", "execute", "DB", where, "--json", "--command", sql]);
  const results = JSON.parse(out) as { results: T[] }[];
  return results.at(-1)?.results ?? [];
}

/**
 * `wrangler ARGS` on the store. The local store is one SQLite file, which a
 * running `wrangler dev` writes to as well: a command that finds it locked
 * (SQLITE_BUSY, nothing written) is run again, up to 8 times, a little later
 * each time.
 */
async function onStore(where: Where, args: readonly string[]): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await wrangler(args, { quiet: true });
    } catch (error) {
      if (where !== "--local" || attempt === 8 || !String(error).includes("SQLITE_BUSY")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}

/** A SQL string literal. */
export function sqlText(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
