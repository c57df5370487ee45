import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig, type Plugin } from "vitest/config";
import { TEST_HUBS } from "./test/support/test-hub-names";
import { startTestHubs } from "./test/support/test-hubs";

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
 * The Worker as wrangler.toml describes it, with the test's own public origin in
 * place of BASE_URL, and the store's migrations for the tests to apply
 * (test/support/store.ts).
 */
const worker = cloudflareTest(async () => ({
  wrangler: { configPath: "./wrangler.toml" },
  miniflare: { bindings: { BASE_URL: "https://feeds.tests.example", TEST_MIGRATIONS: await readD1Migrations(path("./migrations")) } },
}));

/** The same Worker with WebSub hubs set: two local hubs that take publish pings (test/support/test-hubs.ts). */
const workerWithHubs = cloudflareTest(async () => {
  const hubs = await startTestHubs();
  return {
    wrangler: { configPath: "./wrangler.toml" },
    miniflare: {
      bindings: {
        BASE_URL: "https://feeds.tests.example",
        WEBSUB_HUBS: TEST_HUBS.map((hub) => `${hubs}/${hub}`).join(", "),
        TEST_HUBS: hubs,
        TEST_MIGRATIONS: await readD1Migrations(path("./migrations")),
      },
    },
  };
});

/**
 * A machine shared with other work can be slow: a test fails for what it checks,
 * not for the time it takes (vitest's defaults: 5 s a test, 10 s a hook such as
 * a beforeAll that publishes a site). Set in each project, which inherits nothing
 * from the root.
 */
const timeouts = { testTimeout: 60_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      {
        // Everything that runs in the Worker runs inside workerd, the Workers runtime,
        // with the fixture settings (test/fixtures/site.ts); each test file publishes
        // the items it needs through the write path.
        plugins: [feedWithoutMissingSourceMap, fixtureSettings, worker],
        test: { name: "workerd", include: ["test/**/*.test.ts"], exclude: ["test/node/**", "test/content/**", "test/websub/**"], ...timeouts },
      },
      {
        // WebSub: the same, with hubs to advertise and to tell of each change.
        plugins: [feedWithoutMissingSourceMap, fixtureSettings, workerWithHubs],
        // One file at a time: they share the local hubs.
        test: { name: "websub", include: ["test/websub/**/*.test.ts"], fileParallelism: false, ...timeouts },
      },
      {
        // The newsroom's own items/ and settings: whatever they hold must publish and serve.
        plugins: [feedWithoutMissingSourceMap, worker],
        test: { name: "content", include: ["test/content/**/*.test.ts"], ...timeouts },
      },
      {
        // What runs in Node: the command-line tools, and feed parsers made for Node.
        plugins: [feedWithoutMissingSourceMap, fixtureSettings],
        test: { name: "node", include: ["test/node/**/*.test.ts"], environment: "node", ...timeouts },
      },
    ],
  },
});
