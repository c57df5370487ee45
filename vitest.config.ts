import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig, type Plugin } from "vitest/config";
import { tsImport } from "tsx/esm/api";

const path = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
const slashes = (id: string) => id.replace(/\\/g, "/");

/**
 * feed 6.0.0 names a source map it does not ship (lib/feed.js.map), and Vite logs
 * an ENOENT stack for it on every run. Loading the file without that comment keeps
 * the test log to real failures.
 */
const feedWithoutMissingSourceMap: Plugin = {
  name: "feed-without-missing-source-map",
  enforce: "pre",
  async load(id) {
    if (!slashes(id).endsWith("/node_modules/feed/lib/feed.js")) return undefined;
    return (await readFile(id, "utf8")).replace(/^\/\/# sourceMappingURL=.*$/m, "");
  },
};

/**
 * src/site.ts and items/ are the newsroom's content: the tests run the code on
 * settings and items of their own (test/fixtures/), so that a newsroom can
 * replace both and stay green. This plugin puts the fixture settings where the
 * code imports src/site.ts.
 */
const fixtureSettings: Plugin = {
  name: "fixture-settings",
  enforce: "pre",
  async resolveId(source, importer, options) {
    if (!/(?:^|\/)site(?:\.ts)?$/.test(source) || !importer) return undefined;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && slashes(resolved.id) === slashes(path("./src/site.ts")) ? path("./test/fixtures/site.ts") : undefined;
  },
};

/**
 * wrangler bundles the built items (.generated/items.txt) as a text module; here
 * the same module is built from `itemsDir` with the settings of `siteModule`, in
 * memory, so the tests never depend on what a build left in .generated/. The
 * build's code is loaded with tsx, as `npm run build` runs it.
 */
function itemsModule(itemsDir: string, siteModule: string): Plugin {
  const load = (module: string) => tsImport(path(module), import.meta.url);
  // wrangler's [[rules]] would have workerd read the .txt file itself: another id.
  const id = "virtual:items-module";
  return {
    name: "items-module",
    enforce: "pre",
    resolveId: (source) => (source.endsWith("/.generated/items.txt") ? id : undefined),
    async load(loading) {
      if (loading !== id) return undefined;
      const [{ readItemFiles }, { loadItems }, { site }] = await Promise.all([
        load("./src/cli/read-item-files.ts"),
        load("./src/items/load-items.ts"),
        load(siteModule),
      ]);
      const items = loadItems(await readItemFiles(path(itemsDir)), site);
      return `export default ${JSON.stringify(JSON.stringify(items))};`;
    },
  };
}

/** The test's own public origin, in place of wrangler.toml's BASE_URL. */
const bindings = { BASE_URL: "https://feeds.tests.example" };

/**
 * A machine shared with other work can be slow: a test fails for what it checks,
 * not for the time it takes (vitest's default is 5 s). Set in each project, which
 * inherits nothing from the root.
 */
const testTimeout = 60_000;

export default defineConfig({
  test: {
    projects: [
      {
        // Everything that runs in the Worker runs inside workerd, the Workers runtime,
        // serving the fixture site (test/fixtures/site.ts and test/fixtures/items/).
        plugins: [
          feedWithoutMissingSourceMap,
          fixtureSettings,
          itemsModule("./test/fixtures/items", "./test/fixtures/site.ts"),
          cloudflareTest({ wrangler: { configPath: "./wrangler.toml" }, miniflare: { bindings } }),
        ],
        test: { name: "workerd", include: ["test/**/*.test.ts"], exclude: ["test/node/**", "test/content/**"], testTimeout },
      },
      {
        // The newsroom's own items/ and settings: whatever they hold must build and serve.
        plugins: [
          feedWithoutMissingSourceMap,
          itemsModule("./items", "./src/site.ts"),
          cloudflareTest({ wrangler: { configPath: "./wrangler.toml" }, miniflare: { bindings } }),
        ],
        test: { name: "content", include: ["test/content/**/*.test.ts"], testTimeout },
      },
      {
        // What runs in Node: the build, its command line, and feed parsers made for Node.
        plugins: [feedWithoutMissingSourceMap, fixtureSettings],
        test: { name: "node", include: ["test/node/**/*.test.ts"], environment: "node", testTimeout },
      },
    ],
  },
});
