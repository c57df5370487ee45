import type { ItemCountResult } from "./bench-item-count";
import type { ThroughputRow } from "./bench-throughput";
import type { Check } from "./check-targets";
import { formatTable, kib, mib, ms, ratio } from "./format-table";

export interface ReportSettings {
  startRepeats: number;
  warmupPasses: number;
  rounds: number;
  loadSeconds: number;
  warmupSeconds: number;
  connections: number;
  nginxWorkers: number;
}

/** The tables and the target lines the bench prints at the end. */
export function formatReport(sizes: readonly ItemCountResult[], rows: readonly ThroughputRow[], checks: readonly Check[], s: ReportSettings): string {
  const sizeTable = formatTable(
    ["items", "bundle", "gzip -9", "build", "cold app", "cold control", "feed's own"],
    sizes.map((r) => [
      String(r.items),
      kib(r.bundleRawBytes),
      kib(r.bundleGzipBytes),
      ms(r.buildMs),
      ms(r.coldMs.app),
      ms(r.coldMs.control),
      ms(r.coldMs.app - r.coldMs.control),
    ]),
  );
  const memoryTable = formatTable(
    ["items", "RSS app 1st", "RSS app warm", "RSS control 1st", "RSS control warm", "isolate 1st", "isolate warm", "heap app 1st", "heap app warm", "heap control"],
    sizes.map((r) => [
      String(r.items),
      mib(r.rss.appFirst),
      mib(r.rss.appWarm),
      mib(r.rss.controlFirst),
      mib(r.rss.controlWarm),
      mib(r.rss.appFirst - r.rss.controlFirst),
      mib(r.rss.appWarm - r.rss.controlWarm),
      mib(r.heap.appFirst),
      mib(r.heap.appWarm),
      mib(r.heap.controlWarm),
    ]),
  );
  const control = rows.find((r) => r.name === "control");
  const nginx = rows.find((r) => r.name === "nginx rss");
  const versus = (value: number | undefined, base: number | undefined) => (value !== undefined && base ? ratio(value / base) : "");
  const throughputTable = formatTable(
    ["target", "req/s", "p50", "p99", "rps/control", "p50/control", "p99/control", "non-2xx/3xx", "socket errors"],
    rows.map((r) =>
      r.rps === undefined
        ? [r.name, r.skipped ?? ""]
        : [
            r.name,
            r.rps.toFixed(0),
            ms(r.p50Ms!),
            ms(r.p99Ms!),
            versus(r.rps, control?.rps),
            versus(r.p50Ms, control?.p50Ms),
            versus(r.p99Ms, control?.p99Ms),
            String(r.non2xx3xx),
            String(r.socketErrors),
          ],
    ),
  );
  const rss = rows.find((r) => r.name === "rss 200");
  const nginxLines =
    nginx?.rps === undefined
      ? [`nginx: ${nginx?.skipped ?? "not measured"}`]
      : [
          `worker rss 200 / nginx: ${versus(rss?.rps, nginx.rps)} req/s`,
          `control / nginx:        ${versus(control?.rps, nginx.rps)} req/s`,
        ];
  return [
    `Bundle and cold start (medians of ${s.startRepeats} fresh workerd processes; cold = spawn to first byte of /rss.xml,`,
    `socket listen included; feed's own = cold app − cold control, a bare Worker serving the same bytes)`,
    sizeTable,
    "",
    `Memory (RSS = workerd VmRSS, medians as above; isolate = app RSS − control-only RSS; after the 1st request`,
    `and after ${s.warmupPasses} passes over every route; heap = V8 used heap from the inspector, one run, no forced GC)`,
    memoryTable,
    "",
    `Throughput, shipped items (medians of ${s.rounds} round-robin rounds; wrk -t1 -c${s.connections} -d${s.loadSeconds}s after a ${s.warmupSeconds}s warm-up;`,
    `app and control in one workerd process; nginx worker_processes ${s.nginxWorkers}, same bytes from a file)`,
    throughputTable,
    ...nginxLines,
    "",
    "Targets",
    ...checks.map((c) => `${c.status.padEnd(4)}  ${c.target}: ${c.figure}`),
  ].join("\n");
}
