import type { Compatibility } from "./read-compatibility";
import type { WorkerSpec } from "./workerd-config";

/** What every phase of a bench run shares. */
export interface BenchContext {
  /** The project measured; its node_modules supplies workerd. */
  root: string;
  /** The run's temp dir (/tmp/bench-XXXXXX), removed at exit. */
  work: string;
  /** The copy of the project in which items are generated and bundles built. */
  project: string;
  compatibility: Compatibility;
  ports: { app: number; control: number; nginx: number; inspector: number };
}

/** The app as workerd runs it: the bundle's modules, BASE_URL pointing at its own socket. */
export function appWorker(context: BenchContext, modules: string[]): WorkerSpec {
  const port = context.ports.app;
  return { name: "app", port, modules, compatibility: context.compatibility, vars: { BASE_URL: `http://127.0.0.1:${port}` } };
}

/** The control Worker, on its own socket. */
export function controlWorker(context: BenchContext, script: string): WorkerSpec {
  return { name: "control", port: context.ports.control, modules: [script], compatibility: context.compatibility, vars: {} };
}
