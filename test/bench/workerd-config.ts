import { dirname, relative } from "node:path";
import type { Compatibility } from "./read-compatibility";

export interface WorkerSpec {
  name: string;
  port: number;
  /** Absolute paths of the modules, the entry (an ES module) first. */
  modules: string[];
  compatibility: Compatibility;
  /** Text bindings, like wrangler.toml's [vars]. */
  vars: Record<string, string>;
}

/**
 * A workerd config (Cap'n Proto text) serving each worker on its own loopback port,
 * all in one process. Modules are embedded by paths relative to the config file:
 * Cap'n Proto reads a path starting with "/" against its import path, not the file system.
 */
export function workerdConfig(configDir: string, workers: readonly WorkerSpec[]): string {
  const q = (text: string) => JSON.stringify(text);
  const services = workers.map((w) => `    (name = ${q(w.name)}, worker = .${w.name}Worker),`);
  const sockets = workers.map(
    (w) => `    (name = ${q(w.name)}, address = ${q(`127.0.0.1:${w.port}`)}, http = (), service = ${q(w.name)}),`,
  );
  const definitions = workers.map((w) => {
    const modules = w.modules.map(
      (path) => `    (name = ${q(relative(dirname(w.modules[0]!), path))}, ${moduleType(path)} = embed ${q(relative(configDir, path))}),`,
    );
    const bindings = Object.entries(w.vars).map(([name, text]) => `    (name = ${q(name)}, text = ${q(text)}),`);
    return `const ${w.name}Worker :Workerd.Worker = (
  modules = [
${modules.join("\n")}
  ],
  compatibilityDate = ${q(w.compatibility.date)},
  compatibilityFlags = [${w.compatibility.flags.map(q).join(", ")}],
  bindings = [
${bindings.join("\n")}
  ],
);`;
  });
  return `using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
${services.join("\n")}
  ],
  sockets = [
${sockets.join("\n")}
  ],
);

${definitions.join("\n\n")}
`;
}

/** wrangler's default module rules (ESModule, Text, Data, CompiledWasm) as workerd module kinds. */
const MODULE_TYPES: Record<string, string> = { js: "esModule", mjs: "esModule", txt: "text", html: "text", sql: "text", bin: "data", wasm: "wasm" };

export function moduleType(path: string): string {
  const type = MODULE_TYPES[path.replace(/^.*\./, "")];
  if (!type) throw new Error(`no module type for ${path} (the bench knows wrangler's default rules only)`);
  return type;
}
