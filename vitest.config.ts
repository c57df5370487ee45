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

// Every test runs inside workerd, the Workers runtime, with wrangler.toml's settings.
// `npm test` runs the build first, so the real items/ are what the app serves here.
export default defineConfig({
  plugins: [feedWithoutMissingSourceMap, cloudflareTest({ wrangler: { configPath: "./wrangler.toml" } })],
  test: {
    include: ["test/**/*.test.ts"],
  },
});
