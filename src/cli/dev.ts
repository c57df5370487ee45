/// <reference types="node" />
/**
 * `npm run dev [-- WRANGLER_DEV_ARGS]`: the site on this machine, with no
 * Cloudflare account: applies the migrations to the local store wrangler keeps
 * (.wrangler/), starts `wrangler dev` with BASE_URL set to its own address
 * (http://localhost:PORT: 8787, or the `--port` given), and publishes items/
 * through the write path, again whenever a file of items/ changes. A file with
 * problems is named in the log and left out; the rest of the site is served.
 */
import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { createToken } from "./create-token";
import { printReport } from "./print-report";
import { publishItems } from "./publish-items";
import { applyMigrations } from "./wrangler";

const ITEMS = "items";
const args = process.argv.slice(2);
const base = `http://localhost:${optionValue(args, "--port") ?? "8787"}`;

await applyMigrations("--local");
// The dev server's own token, made anew at each start: it never leaves this machine.
const token = await createToken("--local", "npm-run-dev", undefined, true);
const server = spawn("npx", ["wrangler", "dev", "--var", `BASE_URL:${base}`, ...args], { stdio: "inherit" });
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));

await answering(`${base}/copy.js`);
let running: Promise<void> = Promise.resolve();
const publish = () => {
  running = running.then(async () => {
    try {
      printReport(await publishItems(ITEMS, base, token), base);
    } catch (error) {
      console.error(`publishing items/ failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
};
publish();
let timer: NodeJS.Timeout | undefined;
watch(ITEMS, () => {
  clearTimeout(timer);
  timer = setTimeout(publish, 300);
});
// wrangler reloads the Worker when the code changes; the documents it wrote are rendered again.
let reload: NodeJS.Timeout | undefined;
watch("src", { recursive: true }, () => {
  clearTimeout(reload);
  reload = setTimeout(() => {
    running = running.then(async () => {
      await answering(`${base}/copy.js`);
      const answer = await fetch(`${base}/publish/rerender`, { method: "POST", headers: { Authorization: `Bearer ${token}` } });
      if (!answer.ok) console.error(`rendering again failed: ${answer.status} ${await answer.text()}`);
    });
  }, 1_500);
});

/** Waits until the server answers at `url` (wrangler builds, then starts workerd). */
async function answering(url: string): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function optionValue(list: readonly string[], name: string): string | undefined {
  for (let i = 0; i < list.length; i++) {
    const [option, value] = list[i]!.split("=", 2);
    if (option === name) return value ?? list[i + 1];
  }
  return undefined;
}
