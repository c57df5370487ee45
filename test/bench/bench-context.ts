import { join } from "node:path";
import type { Bundle } from "./build-bundle";
import { freePort } from "./free-port";
import type { Compatibility } from "./read-compatibility";
import type { Store } from "./start-workers";

/** What every phase of a bench run shares. */
export interface BenchContext {
  /** The project measured: its migrations, and the copy's source. */
  root: string;
  /** The run's temp dir (/tmp/bench-XXXXXX), removed at exit. */
  work: string;
  /** The copy of the project in which bundles are built and `npm run publish` runs. */
  project: string;
  compatibility: Compatibility;
  bundle: Bundle;
  /** The words synthetic items are made of. */
  vocabulary: string[];
  ports: { control: number; nginx: number; inspector: number };
  /** Lines for the report's notes. */
  notes: string[];
  /** Prints a progress line with the time since the start. */
  log(line: string): void;
}

/** A new, empty store in the run's temp dir, with a port of its own for the app. */
export async function newStore(context: BenchContext, name: string): Promise<Store> {
  return { dir: join(context.work, name), port: await freePort() };
}

export function origin(store: Store): string {
  return `http://127.0.0.1:${store.port}`;
}
