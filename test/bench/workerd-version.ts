import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";

/** `workerd 2026-04-26`: the runtime Miniflare runs, as its binary says. */
export function workerdVersion(): string {
  // Resolved from Miniflare, whose dependency it is: the `workerd` package's main
  // export is the path of the binary Miniflare spawns.
  const fromHere = createRequire(import.meta.url);
  const binary = createRequire(fromHere.resolve("miniflare"))("workerd") as string | { default: string };
  return execFileSync(typeof binary === "string" ? binary : binary.default, ["--version"], { encoding: "utf8" }).trim();
}
