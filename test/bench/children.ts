import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { rmSync } from "node:fs";

const running = new Set<ChildProcess>();
const tempDirs = new Set<string>();

/**
 * Spawns a process in its own process group and remembers it, so `cleanUp` can
 * end it with everything it started (npx → npm → sh → tsx; nginx's master and worker).
 */
export function spawnTracked(command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

/** Ends one tracked process group and waits until its leader has exited. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  killGroup(child);
  await exited;
}

/** A directory `cleanUp` removes. */
export function trackTempDir(dir: string): string {
  tempDirs.add(dir);
  return dir;
}

/**
 * Kills every tracked process group and removes every temp dir. Synchronous, so it
 * also works from an `exit` handler, where nothing asynchronous runs any more.
 */
export function cleanUp(): void {
  for (const child of running) killGroup(child);
  running.clear();
  for (const dir of tempDirs) {
    try {
      // Retries: a server killed a moment ago may still be closing files in the dir.
      rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
      tempDirs.delete(dir);
    } catch (error) {
      console.error(`bench: could not remove ${dir}: ${(error as Error).message}`);
    }
  }
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // the group is already gone
  }
}
