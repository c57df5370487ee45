import type { Prepared } from "./respond";

const ready = new Map<string, Prepared>();
const making = new Map<string, Promise<Prepared>>();

/**
 * The prepared answer stored under `key`, made on first use. Items do not change
 * within a deployment, so bytes, validators and headers are computed once per
 * isolate; every later request gets them back at once, without a promise: no
 * rendering, no hashing, no waiting.
 */
export function oncePerIsolate(key: string, make: () => Promise<Prepared>): Prepared | Promise<Prepared> {
  const found = ready.get(key);
  if (found) return found;
  let pending = making.get(key);
  if (!pending) {
    pending = make().then(
      (prepared) => {
        ready.set(key, prepared);
        making.delete(key);
        return prepared;
      },
      (error: unknown) => {
        // A failure is not kept: the next request tries again.
        making.delete(key);
        throw error;
      },
    );
    making.set(key, pending);
  }
  return pending;
}

/** Drops every prepared answer: what is published has changed. */
export function forgetPrepared(): void {
  ready.clear();
  making.clear();
}
