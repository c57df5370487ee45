import { join } from "node:path";
import type { Readable } from "node:stream";
import { Miniflare, type WorkerOptions } from "miniflare";
import type { Bundle } from "./build-bundle";
import type { Compatibility } from "./read-compatibility";

/** Where a store (D1 `DB` and the Publisher's own storage) lives, and the app's port for it. */
export interface Store {
  dir: string;
  /**
   * BASE_URL is the app's own socket, and documents are rendered for one
   * BASE_URL: the port stays the same for a store, or the next publish would
   * render the whole site again (src/publish/publisher.ts, renderedAsDeployed).
   */
  port: number;
}

export interface WorkersPlan {
  compatibility: Compatibility;
  /** The app: the bundle's modules, with the bindings of wrangler.toml. */
  app?: { bundle: Bundle; store: Store };
  /** The control: a script of its own, on its own port. */
  control?: { script: string; port: number };
  /** Open workerd's V8 inspector on this port. */
  inspectorPort?: number;
}

export interface Workers {
  miniflare: Miniflare;
  /** What workerd printed so far. */
  output(): string;
}

/** The app's isolate and the control's, as workerd's inspector names them. */
export const APP_ISOLATE = "core:user:app";
export const CONTROL_ISOLATE = "core:user:control";

/**
 * Runs the app and/or the control in one workerd, through Miniflare as
 * `wrangler dev` does, but each Worker on a socket of its own
 * (`unsafeDirectSockets`): wrangler dev's proxy in front caps throughput at
 * about 1,500 requests a second. Resolves once the sockets listen.
 */
export async function startWorkers(plan: WorkersPlan): Promise<Workers> {
  const { date, flags } = plan.compatibility;
  const workers: WorkerOptions[] = [];
  if (plan.app) {
    const { bundle, store } = plan.app;
    workers.push({
      name: "app",
      modulesRoot: bundle.dir,
      modules: bundle.modules,
      compatibilityDate: date,
      compatibilityFlags: flags,
      bindings: {
        BASE_URL: `http://127.0.0.1:${store.port}`,
        // One version for the whole run. Miniflare's `versionMetadata` draws a new id
        // at each start, and a new version renders the whole site again on the next publish.
        CF_VERSION_METADATA: { id: "bench", tag: "", timestamp: "0" },
      },
      d1Databases: { DB: "bench" },
      durableObjects: { PUBLISHER: { className: "Publisher", useSQLite: true } },
      unsafeDirectSockets: [{ host: "127.0.0.1", port: store.port }],
    });
  }
  if (plan.control) {
    workers.push({
      name: "control",
      modules: true,
      script: plan.control.script,
      compatibilityDate: date,
      compatibilityFlags: flags,
      unsafeDirectSockets: [{ host: "127.0.0.1", port: plan.control.port }],
    });
  }
  let output = "";
  const collect = (stream: Readable) => stream.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const store = plan.app?.store.dir;
  const miniflare = new Miniflare({
    workers,
    host: "127.0.0.1",
    // No fetch of Cloudflare's `request.cf` sample: everything stays on loopback.
    cf: false,
    ...(store && { d1Persist: join(store, "d1"), durableObjectsPersist: join(store, "do") }),
    ...(plan.inspectorPort && { inspectorPort: plan.inspectorPort }),
    handleRuntimeStdio(stdout: Readable, stderr: Readable) {
      collect(stdout);
      collect(stderr);
    },
  });
  await miniflare.ready;
  return { miniflare, output: () => output };
}
