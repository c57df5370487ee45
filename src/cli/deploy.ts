/// <reference types="node" />
/**
 * `npm run deploy [-- WRANGLER_DEPLOY_ARGS]`: `wrangler deploy`, refused while the
 * settings still hold the shipped examples (see `deployProblems`). With
 * `--env NAME`, the settings of `[env.NAME.vars]` are checked: wrangler does not
 * carry top-level vars into an environment.
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { parse } from "smol-toml";
import { site } from "../site";
import { deployProblems } from "./deploy-problems";

const args = process.argv.slice(2);
const env = optionValue(args, "--env") ?? optionValue(args, "-e");
const config = parse(await readFile("wrangler.toml", "utf8")) as { vars?: Record<string, unknown>; env?: Record<string, { vars?: Record<string, unknown> }> };
const vars = (env ? config.env?.[env]?.vars : config.vars) ?? {};
const problems = deployProblems(vars, site, env ? `wrangler.toml [env.${env}.vars]` : "wrangler.toml [vars]");
if (problems.length > 0) {
  console.error(`Not deploying: ${problems.length} setting${problems.length === 1 ? "" : "s"} to change first:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  process.exit(1);
}
const child = spawn("npx", ["wrangler", "deploy", ...args], { stdio: "inherit" });
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

function optionValue(list: readonly string[], name: string): string | undefined {
  for (let i = 0; i < list.length; i++) {
    const [option, value] = list[i]!.split("=", 2);
    if (option === name) return value ?? list[i + 1];
  }
  return undefined;
}
