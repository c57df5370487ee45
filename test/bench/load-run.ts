/**
 * `npm run bench:load` (not in CI): 60 seconds at 64 connections on the feeds, half
 * of the requests conditional (the 304 path), against the worker bundle under plain
 * workerd. Prints throughput, p50/p99 latency, errors and responses outside 2xx/3xx
 * (both must be zero), and the isolate's memory before and after. Exit code 1 on
 * any error.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { copyProject } from "../interop/copy-with-items";
import { appWorker, type BenchContext } from "./bench-context";
import { buildBundle } from "./build-bundle";
import { stop } from "./children";
import { firstResponse } from "./first-response";
import { mib, ms } from "./format-table";
import { freePort } from "./free-port";
import { httpGet } from "./http-get";
import { inspectorCall } from "./inspector-call";
import { parseWrk } from "./load";
import { readCompatibility } from "./read-compatibility";
import { startRun } from "./start-run";
import { runCommand } from "./run-command";
import { residentBytes, startWorkerd } from "./start-workerd";
import { workerdConfig } from "./workerd-config";

const SECONDS = 60;
const CONNECTIONS = 64;
const FEEDS = ["/rss.xml", "/atom.xml", "/feed.json"];

const work = startRun("bench-load-");
const project = await copyProject(join(work, "project"));
const context: BenchContext = {
  root: project,
  work,
  project,
  compatibility: readCompatibility(project),
  ports: { app: await freePort(), control: 0, nginx: 0, inspector: await freePort() },
};
const bundle = await buildBundle(project, join(work, "bundle"));
const app = appWorker(context, bundle.modules.map((name) => join(bundle.dir, name)));
const config = join(work, "load.capnp");
writeFileSync(config, workerdConfig(work, [app]));
const workerd = startWorkerd(project, config, [`--inspector-addr=127.0.0.1:${context.ports.inspector}`]);
try {
  const origin = `http://127.0.0.1:${app.port}`;
  await firstResponse(workerd, `${origin}/rss.xml`);
  const tags = await Promise.all(FEEDS.map(async (path) => String((await httpGet(origin + path)).headers.etag)));
  const memory = async () => ({
    rss: residentBytes(workerd.pid),
    heap: ((await inspectorCall(context.ports.inspector, app.name, "Runtime.getHeapUsage")) as { usedSize: number }).usedSize,
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
  await stop(workerd.child);
}
