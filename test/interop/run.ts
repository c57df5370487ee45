/**
 * The interop tier (`npm run test:interop`): serves the site on workerd through
 * `wrangler dev`, once with the real items/ and once with the fixture items of
 * test/fixtures/items-interop/ (hostile text, several authors, updates, pictures),
 * then reads every advertised feed with real clients and checks the XML with
 * xmllint and the Atom feeds with jing against RFC 4287's RELAX NG schema.
 *
 * Needs Debian's python3-feedparser, newsboat, jing and libxml2-utils (`.ci/run`
 * installs them). Prints one line per check and exits non-zero on any failure.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { FEED_FORMATS } from "../../src/feeds/feed-formats";
import { CLIENTS } from "./clients";
import { compareEntries } from "./compare-entries";
import { startDevServer } from "./dev-server";
import { expectedEntries } from "./expected-entries";
import { checkXml } from "./check-xml";
import { discoverFeeds } from "./discover-feeds";

const execute = promisify(execFile);
const ROOT = new URL("../..", import.meta.url).pathname;
let passed = 0;
let failed = 0;

function report(name: string, problems: readonly string[]) {
  if (problems.length === 0) {
    passed++;
    console.log(`ok    ${name}`);
  } else {
    failed++;
    console.log(`FAIL  ${name}\n${problems.map((p) => `        ${p}`).join("\n")}`);
  }
}

/** Reads every feed the site at `dir` advertises, with every client that takes its format. */
async function checkSite(label: string, dir: string) {
  const server = await startDevServer(dir);
  try {
    const expected = await expectedEntries(dir, server.base);
    const feeds = await discoverFeeds(server.base);
    report(`${label}: the home page advertises the three feeds`, feeds.length === 3 ? [] : [`found ${feeds.length}`]);
    for (const { url, format } of feeds) {
      const path = new URL(url).pathname;
      const body = await (await fetch(url)).text();
      report(`${label}: ${path} is well-formed${format === "atom" ? " and valid Atom" : ""}`, await checkXml(body, format));
      const want = expected.get(path);
      if (!want) {
        report(`${label}: ${path} has expected entries`, ["no expected entries for this path"]);
        continue;
      }
      for (const client of CLIENTS.filter((c) => c.formats.includes(format))) {
        let problems: string[];
        try {
          problems = compareEntries(want, await client.read(url));
        } catch (error) {
          problems = [String(error)];
        }
        report(`${label}: ${client.name} reads ${path} (${want.length} entries)`, problems);
      }
    }
  } finally {
    await server.stop();
  }
}

/** A throw-away copy of the project whose items/ is `items`. */
async function copyWithItems(items: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "interop-"));
  const { stdout } = await execute("git", ["ls-files", "-z"], { cwd: ROOT });
  for (const file of stdout.split("\0").filter((f) => f && !f.startsWith("items/"))) {
    await cp(join(ROOT, file), join(dir, file), { recursive: true });
  }
  await cp(items, join(dir, "items"), { recursive: true });
  await symlink(join(ROOT, "node_modules"), join(dir, "node_modules"));
  return dir;
}

const fixtures = await copyWithItems(join(ROOT, "test/fixtures/items-interop"));
try {
  await checkSite("items/", ROOT);
  await checkSite("fixtures", fixtures);
} finally {
  await rm(fixtures, { recursive: true, force: true });
}
const formats = Object.values(FEED_FORMATS).map((f) => f.label).join(", ");
console.log(`\n${formats}; clients: ${CLIENTS.map((c) => c.name).join(", ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
