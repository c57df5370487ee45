/**
 * `npm run bench`: the app as deployed (the bundle `wrangler deploy --dry-run`
 * writes, run by Miniflare's workerd with D1, the Publisher and BASE_URL) on
 * stores of 1,000, 10,000 and 100,000 synthetic items filled through the write
 * path, against controls measured in the same run: throughput against a constant
 * Worker and nginx, cold start and heap against the constant Worker, publishing
 * against Hugo. Prints a report and writes test-artifacts/bench.json in the
 * current directory. Works in a temp dir, removed at exit.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { newStore, origin, type BenchContext } from "./bench-context";
import { benchItemCount, type ItemCountResult } from "./bench-item-count";
import type { BenchResults } from "./bench-results";
import { benchPublish, PUBLISHED_ITEMS } from "./bench-publish";
import { buildBundle } from "./build-bundle";
import { checkTargets } from "./check-targets";
import { fillStore, type Fill } from "./fill-store";
import { formatReport } from "./format-report";
import { freePort } from "./free-port";
import { copyProject } from "../interop/copy-with-items";
import { prepareStore } from "./prepare-store";
import { readCompatibility } from "./read-compatibility";
import { settings } from "./settings";
import { startRun } from "./start-run";
import { startWorkers, type Store, type Workers } from "./start-workers";
import { syntheticVocabulary } from "./synthetic-items";
import { publishUntilVisible, type Visible } from "./visible-latency";
import { workerdVersion } from "./workerd-version";

const SMALL = 1_000;
const LARGE = 100_000;
/** Single-item publishes timed to visible, with LARGE items stored. */
const VISIBLE_REPEATS = 20;

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const started = performance.now();
const log = (line: string) => {
  const s = Math.round((performance.now() - started) / 1000);
  console.log(`[${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}] ${line}`);
};
// Other work on a machine this small moves every figure: say how busy it was.
const loads: BenchResults["machine"]["loads"] = [];
const load = (phase: string) => {
  const entry = { phase, at: new Date().toISOString(), loadavg: loadavg().map((n) => Number(n.toFixed(2))) };
  loads.push(entry);
  return entry;
};

const work = startRun("bench-");
const project = await copyProject(join(work, "project"));
log(`bench: ${cpus().length} CPUs, load average ${load("start").loadavg.join(" ")}; project copied to ${project}`);
const bundle = await buildBundle(project, join(work, "bundle"));
log(`bundle: ${(bundle.rawBytes / 1024).toFixed(0)} KiB, gzip -9 ${(bundle.gzipBytes / 1024).toFixed(0)} KiB`);
const context: BenchContext = {
  root,
  work,
  project,
  compatibility: readCompatibility(project),
  bundle,
  vocabulary: syntheticVocabulary(join(root, "items")),
  ports: { control: await freePort(), nginx: await freePort(), inspector: await freePort() },
  notes: [],
  log,
};

/** Runs the app alone on `store` for `task`, then stops it. */
async function withApp<T>(store: Store, task: (workers: Workers) => Promise<T>): Promise<T> {
  const workers = await startWorkers({ compatibility: context.compatibility, app: { bundle, store } });
  try {
    return await task(workers);
  } finally {
    await workers.miniflare.dispose();
  }
}
const progress = (done: number, ms: number) => log(`  ${done.toLocaleString("en")} items in ${(ms / 1000).toFixed(0)} s`);
const sizes: ItemCountResult[] = [];
const fills: Record<number, Fill> = {};

log(`${SMALL.toLocaleString("en")} items: a new store, filled through POST /publish`);
const small = await newStore(context, "store-small");
fills[SMALL] = await withApp(small, async (workers) => {
  const token = await prepareStore(workers.miniflare, join(root, "migrations"));
  return fillStore(origin(small), token, { first: 1, last: SMALL }, context.vocabulary, progress, SMALL);
});
sizes.push(await benchItemCount(context, small, SMALL));
load(`${SMALL} items measured`);
rmSync(small.dir, { recursive: true, force: true });

log(`${PUBLISHED_ITEMS.toLocaleString("en")} items: npm run publish into a new store, Hugo, one file changed`);
const store = await newStore(context, "store");
const itemsDir = join(work, "items");
const published = await benchPublish(context, store, itemsDir);
// The bundle carries no items: built again with these items in the copy's items/, it must not change.
for (const name of readdirSync(itemsDir)) cpSync(join(itemsDir, name), join(project, "items", name));
const rebuilt = await buildBundle(project, join(work, "bundle-with-items"));
log(`bundle built again with ${PUBLISHED_ITEMS.toLocaleString("en")} items in items/: ${rebuilt.sha256 === bundle.sha256 ? "the same bytes" : "DIFFERENT bytes"}`);
sizes.push(await benchItemCount(context, store, PUBLISHED_ITEMS));
load(`${PUBLISHED_ITEMS} items measured`);

log(`${LARGE.toLocaleString("en")} items: filling the same store through POST /publish`);
fills[LARGE] = await withApp(store, () =>
  fillStore(origin(store), published.token, { first: PUBLISHED_ITEMS + 1, last: LARGE }, context.vocabulary, progress),
);
log(`  filled ${fills[LARGE]!.items.toLocaleString("en")} items in ${(fills[LARGE]!.ms / 1000).toFixed(0)} s`);
load(`${LARGE} items filled`);
sizes.push(await benchItemCount(context, store, LARGE));
load(`${LARGE} items measured`);

log(`one new item at a time, ${VISIBLE_REPEATS} times, with ${LARGE.toLocaleString("en")} stored: publish to visible in /rss.xml`);
const visible: Visible[] = await withApp(store, async () => {
  const samples: Visible[] = [];
  for (let i = 1; i <= VISIBLE_REPEATS; i++) samples.push(await publishUntilVisible(origin(store), published.token, LARGE + i, context.vocabulary));
  return samples;
});
load("end");

const measured: BenchResults = {
  date: new Date().toISOString(),
  totalSeconds: Math.round((performance.now() - started) / 1000),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, workerd: workerdVersion(), loads },
  compatibility: context.compatibility,
  settings,
  bundle: { rawBytes: bundle.rawBytes, gzipBytes: bundle.gzipBytes, sha256: bundle.sha256, sameWithItems: rebuilt.sha256 === bundle.sha256 },
  sizes,
  fills,
  publish: { items: PUBLISHED_ITEMS, all: published.all, hugo: published.hugo, oneChanged: published.oneChanged },
  visible,
};
const checks = checkTargets(measured);
console.log(`\n${formatReport(measured, checks)}`);
const notes = [...new Set(context.notes)];
if (notes.length > 0) console.log(`\nNotes\n${notes.join("\n")}`);

const artifacts = join(process.cwd(), "test-artifacts");
mkdirSync(artifacts, { recursive: true });
writeFileSync(join(artifacts, "bench.json"), `${JSON.stringify({ ...measured, checks, notes }, null, 2)}\n`);
log(`wrote ${join(artifacts, "bench.json")}`);
