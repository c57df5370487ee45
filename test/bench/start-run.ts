import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { cleanUp, trackTempDir } from "./children";
import { hasWrk } from "./load";
import { watchWorkerdSpawns } from "./workerd-spawns";

/**
 * What both bench commands do first: servers (Miniflare's workerd included) and
 * temp dirs go on success, on failure and on Ctrl-C alike, and wrk must be there.
 * Returns the run's temp dir.
 */
export function startRun(prefix: string): string {
  process.on("exit", cleanUp);
  watchWorkerdSpawns();
  // process.exit runs the exit handler, which cleans up.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => process.exit(130));
  if (!hasWrk()) {
    console.error("install wrk: apt-get install -y wrk");
    process.exit(1);
  }
  return trackTempDir(mkdtempSync(join("/tmp", prefix)));
}
