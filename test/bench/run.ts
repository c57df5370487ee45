/**
 * `npm run bench`: bundle size, cold start and memory with the shipped items and
 * with 100, 1000 and 10000 items, and throughput of the feeds (shipped items)
 * against a bare control Worker and nginx.
 * Works in a temporary copy of the project; writes test-artifacts/bench.json in
 * the current directory.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchContext } from "./bench-context";
import { benchItemCount, START_REPEATS, type ItemCountResult } from "./bench-item-count";
import { benchThroughput, CONNECTIONS, LOAD_SECONDS, ROUNDS, WARMUP_SECONDS, type ThroughputRow } from "./bench-throughput";
import { checkTargets } from "./check-targets";
import { formatReport, type ReportSettings } from "./format-report";
import { kib, mib, ms } from "./format-table";
import { freePort } from "./free-port";
import { WARMUP_PASSES } from "./measure-start";
import { copyProject } from "../interop/copy-with-items";
import { readCompatibility } from "./read-compatibility";
import { startRun } from "./start-run";
import { NGINX_WORKERS } from "./start-nginx";
import { workerdVersion } from "./start-workerd";

/** Item counts beyond the shipped items; the shipped items alone come first. */
const ITEM_COUNTS = [100, 1000, 10000];
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const work = startRun("bench-");
const project = await copyProject(join(work, "project"));
const context: BenchContext = {
  root,
  work,
  project,
  compatibility: readCompatibility(project),
  ports: { app: await freePort(), control: await freePort(), nginx: await freePort(), inspector: await freePort() },
};
const shipped = readdirSync(join(project, "items")).filter((name) => name.endsWith(".md")).length;
// Other work on a machine this small moves every figure: say how busy it was.
const load = () => `load average ${loadavg()[0]!.toFixed(2)} on ${cpus().length} CPUs`;
const notes: string[] = [`at start: ${load()}`];
console.log(`bench: project copied to ${project}; compatibility ${context.compatibility.date} [${context.compatibility.flags.join(", ")}]; ${load()}`);

const sizes: ItemCountResult[] = [];
let rows: ThroughputRow[] = [];
for (const items of [shipped, ...ITEM_COUNTS.filter((n) => n > shipped)]) {
  const sized = await benchItemCount(context, items);
  sizes.push(sized);
  console.log(
    `${items} items: bundle ${kib(sized.bundleRawBytes)} (gzip ${kib(sized.bundleGzipBytes)}), cold ${ms(sized.coldMs.app)} (control ${ms(sized.coldMs.control)}), RSS warm ${mib(sized.rss.appWarm)} (control ${mib(sized.rss.controlWarm)}), heap ${mib(sized.heap.appWarm)}`,
  );
  notes.push(...sized.workerdOutput.map((line) => `workerd (${items} items): ${line}`));
  if (items === shipped) {
    console.log(`throughput: ${ROUNDS} rounds over every target, ${WARMUP_SECONDS + LOAD_SECONDS} s a target`);
    rows = await benchThroughput(context, sized, notes);
    notes.push(`after throughput: ${load()}`);
  }
  // The 10000-item bundle alone is tens of megabytes.
  rmSync(dirname(sized.bundle.dir), { recursive: true, force: true });
}

const settings: ReportSettings = {
  startRepeats: START_REPEATS,
  warmupPasses: WARMUP_PASSES,
  rounds: ROUNDS,
  loadSeconds: LOAD_SECONDS,
  warmupSeconds: WARMUP_SECONDS,
  connections: CONNECTIONS,
  nginxWorkers: NGINX_WORKERS,
};
const checks = checkTargets(sizes, rows);
console.log(`\n${formatReport(sizes, rows, checks, settings)}`);
if (notes.length > 0) console.log(`\nNotes\n${[...new Set(notes)].join("\n")}`);

const artifacts = join(process.cwd(), "test-artifacts");
mkdirSync(artifacts, { recursive: true });
writeFileSync(
  join(artifacts, "bench.json"),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, workerd: workerdVersion(root) },
      compatibility: context.compatibility,
      settings,
      sizes: sizes.map(({ bundle, feed, ...rest }) => ({ ...rest, modules: bundle.modules, feedBytes: Buffer.byteLength(feed.body) })),
      throughput: rows,
      checks,
      notes: [...new Set(notes)],
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwrote ${join(artifacts, "bench.json")}`);
