/**
 * `npm run bench:load` (not in CI): 60 seconds at 64 connections on the feeds, half
 * of the requests conditional (the 304 path), against the app's bundle in
 * Miniflare's workerd on a store of 1,000 synthetic items published through the
 * write path. Prints throughput, p50/p99 latency, errors and responses outside
 * 2xx/3xx (both must be zero), and workerd's and the isolate's memory before and
 * after. Exit code 1 on any error.
 */
import { join } from "node:path";
import { copyProject } from "../interop/copy-with-items";
import { buildBundle } from "./build-bundle";
import { fillStore } from "./fill-store";
import { mib, ms } from "./format-table";
import { freePort } from "./free-port";
import { httpGet } from "./http-get";
import { inspectorCall } from "./inspector-call";
import { parseWrk } from "./load";
import { prepareStore } from "./prepare-store";
import { readCompatibility } from "./read-compatibility";
import { residentBytes } from "./resident-bytes";
import { runCommand } from "./run-command";
import { startRun } from "./start-run";
import { APP_ISOLATE, startWorkers } from "./start-workers";
import { syntheticVocabulary } from "./synthetic-items";
import { latestWorkerdSpawn } from "./workerd-spawns";

const ITEMS = 1_000;
const SECONDS = 60;
const CONNECTIONS = 64;
const FEEDS = ["/rss.xml", "/atom.xml", "/feed.json"];

const work = startRun("bench-load-");
const project = await copyProject(join(work, "project"));
const bundle = await buildBundle(project, join(work, "bundle"));
const store = { dir: join(work, "store"), port: await freePort() };
const inspectorPort = await freePort();
const workers = await startWorkers({ compatibility: readCompatibility(project), app: { bundle, store }, inspectorPort });
try {
  const origin = `http://127.0.0.1:${store.port}`;
  const token = await prepareStore(workers.miniflare, join(project, "migrations"));
  console.log(`bench:load: publishing ${ITEMS} synthetic items`);
  await fillStore(origin, token, { first: 1, last: ITEMS }, syntheticVocabulary(join(project, "items")));
  const tags = await Promise.all(FEEDS.map(async (path) => String((await httpGet(origin + path)).headers.etag)));
  const pid = latestWorkerdSpawn().child.pid!;
  const memory = async () => ({
    rss: residentBytes(pid),
    heap: ((await inspectorCall(inspectorPort, APP_ISOLATE, "Runtime.getHeapUsage")) as { usedSize: number }).usedSize,
  });
  const before = await memory();
  console.log(`bench:load: ${SECONDS} s at ${CONNECTIONS} connections on ${FEEDS.join(", ")}, each plain and with If-None-Match`);
  const args = FEEDS.flatMap((path, i) => [path, "-", path, tags[i]!]);
  const script = new URL("./load-mix.lua", import.meta.url).pathname;
  // One wrk thread: the second core is workerd's. A request counts as failed after
  // 10 s (wrk's own default is 2 s): the tail under this load is workerd queueing.
  const wrkArgs = ["-t1", `-c${CONNECTIONS}`, `-d${SECONDS}s`, "--timeout", "10s", "--latency", "-s", script, origin, "--", ...args];
  const report = await runCommand("wrk", wrkArgs);
  const after = await memory();
  const result = parseWrk(report);
  console.log(
    [
      `requests      ${result.requests} (${Math.round(result.rps)} req/s)`,
      `latency       p50 ${ms(result.p50Ms)}, p99 ${ms(result.p99Ms)}`,
      `errors        ${result.socketErrors} socket errors, ${result.non2xx3xx} responses outside 2xx/3xx`,
      `memory        workerd RSS ${mib(before.rss)} → ${mib(after.rss)}; V8 heap ${mib(before.heap)} → ${mib(after.heap)}`,
    ].join("\n"),
  );
  process.exitCode = result.socketErrors === 0 && result.non2xx3xx === 0 ? 0 : 1;
} finally {
  await workers.miniflare.dispose();
}
