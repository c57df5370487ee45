import childProcess, { type ChildProcess } from "node:child_process";
import { trackChild } from "./children";

export interface WorkerdSpawn {
  child: ChildProcess;
  /** performance.now() just before the spawn. */
  at: number;
}

let latest: WorkerdSpawn | undefined;

/**
 * Miniflare spawns workerd itself and says nothing of when. Cold starts are timed
 * from the spawn, as before Miniflare (its own set-up in Node, the same for the
 * app and the control, stays out of the figure), and the process is tracked so
 * that Ctrl-C ends it: so every spawn of a workerd binary is noted here.
 * Miniflare calls `spawn` on the module object, which is why patching it works.
 */
export function watchWorkerdSpawns(): void {
  const spawn = childProcess.spawn;
  const watched = function (this: unknown, ...args: unknown[]): ChildProcess {
    const at = performance.now();
    const child = (spawn as (...a: unknown[]) => ChildProcess).apply(this, args);
    if (/workerd$/.test(String(args[0]))) {
      trackChild(child);
      latest = { child, at };
    }
    return child;
  };
  childProcess.spawn = watched as typeof spawn;
}

/** The latest workerd spawned. */
export function latestWorkerdSpawn(): WorkerdSpawn {
  if (!latest) throw new Error("no workerd spawned yet (watchWorkerdSpawns not called?)");
  return latest;
}
