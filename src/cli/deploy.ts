/// <reference types="node" />
/**
 * `npm run deploy [-- WRANGLER_DEPLOY_ARGS]`: refused while the settings still
 * hold the shipped examples (see `deployProblems`); else applies the store's
 * migrations to the deployed D1 and runs `wrangler deploy`. The new version
 * renders every document again within a minute (its cron trigger notices the
 * new version). With `--env NAME`, the settings of `[env.NAME]` are checked:
 * wrangler does not carry top-level vars into an environment.
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { parse } from "smol-toml";
import { site } from "../site";
import { deployProblems } from "./deploy-problems";

const args = process.argv.slice(2);
const env = optionValue(args, "--env") ?? optionValue(args, "-e");
interface Settings {
  vars?: Record<string, unknown>;
  d1_databases?: { database_id?: string }[];
}
const config = parse(await readFile("wrangler.toml", "utf8")) as Settings & { env?: Record<string, Settings> };
const chosen = (env ? config.env?.[env] : config) ?? {};
const databaseId = (chosen.d1_databases ?? config.d1_databases)?.[0]?.database_id ?? "";
const problems = deployProblems(chosen.vars ?? {}, site, env ? `wrangler.toml [env.${env}.vars]` : "wrangler.toml [vars]", databaseId);
if (problems.length > 0) {
  console.error(`Not deploying: ${problems.length} setting${problems.length === 1 ? "" : "s"} to change first:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  process.exit(1);
}
const envArgs = env ? ["--env", env] : [];
await run(["d1", "migrations", "apply", "DB", "--remote", ...envArgs]);
await run(["deploy", ...args]);

/** Runs `wrangler ARGS` in this terminal; stops the deployment if it fails. */
function run(wranglerArgs: string[]): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["wrangler", ...wranglerArgs], { stdio: "inherit", env: { ...process.env, CI: "true" } });
    child.on("exit", (code) => (code === 0 ? resolve() : process.exit(code ?? 1)));
  });
}

function optionValue(list: readonly string[], name: string): string | undefined {
  for (let i = 0; i < list.length; i++) {
    const [option, value] = list[i]!.split("=", 2);
    if (option === name) return value ?? list[i + 1];
  }
  return undefined;
}
