import { readFile } from "node:fs/promises";
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig, type Plugin } from "vitest/config";

/**
 * feed 6.0.0 names a source map it does not ship (lib/feed.js.map), and Vite logs
 * an ENOENT stack for it on every run. Loading the file without that comment keeps
 * the test log to real failures.
 */
const feedWithoutMissingSourceMap: Plugin = {
  name: "feed-without-missing-source-map",
  enforce: "pre",
  async load(id) {
    if (!id.replace(/\\/g, "/").endsWith("/node_modules/feed/lib/feed.js")) return undefined;
    return (await readFile(id, "utf8")).replace(/^\/\/# sourceMappingURL=.*$/m, "");
  },
};

/**
 * wrangler bundles the built items (.generated/items.txt) as a text module; Vite
 * has no such rule, so the tests get the same text as a string module.
 */
const itemsAsText: Plugin = {
  name: "items-as-text",
  enforce: "pre",
  async load(id) {
    if (!id.replace(/\\/g, "/").endsWith("/.generated/items.txt")) return undefined;
    return `export default ${JSON.stringify(await readFile(id, "utf8"))};`;
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        // Everything that runs in the Worker runs inside workerd, the Workers runtime,
        // with wrangler.toml's settings. `npm test` runs the build first, so the real
        // items/ are what the app serves here.
        plugins: [feedWithoutMissingSourceMap, itemsAsText, cloudflareTest({ wrangler: { configPath: "./wrangler.toml" } })],
        test: { name: "workerd", include: ["test/**/*.test.ts"], exclude: ["test/node/**"] },
      },
      {
        // What runs in Node: the build's command line, and feed parsers made for Node.
        plugins: [feedWithoutMissingSourceMap],
        test: { name: "node", include: ["test/node/**/*.test.ts"], environment: "node" },
      },
    ],
  },
});
