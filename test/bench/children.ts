import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { rmSync } from "node:fs";

/** Each process to end at clean-up, and whether it leads a process group of its own. */
const running = new Map<ChildProcess, boolean>();
const tempDirs = new Set<string>();

/**
 * Spawns a process in its own process group and remembers it, so `cleanUp` can
 * end it with everything it started (npx → npm → sh → tsx; nginx's master and worker).
 */
export function spawnTracked(command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  trackChild(child, true);
  return child;
}

/**
 * Remembers a process something else spawned (Miniflare's workerd), so that
 * `cleanUp` ends it too; `group`: it leads a process group, ended whole.
 */
export function trackChild(child: ChildProcess, group = false): void {
  running.set(child, group);
  child.once("exit", () => running.delete(child));
}

/** Ends one tracked process (with its group, when it leads one) and waits until it has exited. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  kill(child, running.get(child) ?? true);
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
  for (const [child, group] of running) kill(child, group);
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

function kill(child: ChildProcess, group: boolean): void {
  if (child.pid === undefined) return;
  try {
    process.kill(group ? -child.pid : child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}
