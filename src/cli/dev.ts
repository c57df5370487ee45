/// <reference types="node" />
/**
 * `npm run dev [-- WRANGLER_DEV_ARGS]`: `wrangler dev` with BASE_URL set to the
 * server's own address, http://localhost:PORT (8787, or the `--port` given), so
 * that every link in the feeds and pages points at it.
 */
import { spawn } from "node:child_process";

const args = process.argv.slice(2);
const port = portOf(args) ?? "8787";
const child = spawn("npx", ["wrangler", "dev", "--var", `BASE_URL:http://localhost:${port}`, ...args], { stdio: "inherit" });
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));

function portOf(list: readonly string[]): string | undefined {
  for (let i = 0; i < list.length; i++) {
    const [name, value] = list[i]!.split("=", 2);
    if (name === "--port") return value ?? list[i + 1];
  }
  return undefined;
}
