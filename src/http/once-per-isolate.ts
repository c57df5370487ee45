import type { Representation } from "./representation";

/**
 * Without a configured BASE_URL, each origin a client names in its Host header
 * gets its own bytes: keep only this many, so that no client can fill memory.
 */
const MAX_ENTRIES = 256;
const prepared = new Map<string, Promise<Representation>>();

/**
 * The representation stored under `key`, made on first use. Items do not change
 * within a deployment, so bytes and validators are computed once per isolate and
 * every later request only copies them out: no rendering, no hashing.
 */
export function oncePerIsolate(key: string, make: () => Promise<Representation>): Promise<Representation> {
  let found = prepared.get(key);
  if (found === undefined) {
    if (prepared.size >= MAX_ENTRIES) prepared.clear();
    found = make();
    // A failure is not kept: the next request tries again.
    found.catch(() => prepared.delete(key));
    prepared.set(key, found);
  }
  return found;
}

/** Drops every prepared representation: what is published has changed. */
export function forgetPrepared(): void {
  prepared.clear();
}
