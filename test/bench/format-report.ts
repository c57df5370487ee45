import type { BenchResults } from "./bench-results";
import type { Check } from "./check-targets";
import { formatTable, kib, mib, ms, ratio } from "./format-table";
import { median, percentile } from "./stats";

const count = (n: number) => n.toLocaleString("en");
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

/** The tables and target lines the bench prints at the end. */
export function formatReport(results: BenchResults, checks: readonly Check[]): string {
  const { sizes, settings: s, machine } = results;
  const throughputNames = sizes[0]?.throughput.map((r) => r.name) ?? [];
  const throughput = formatTable(
    ["req/s (× control 200)", ...sizes.map((size) => `${count(size.items)} items`)],
    throughputNames.map((name) => [
      name,
      ...sizes.map((size) => {
        const row = size.throughput.find((r) => r.name === name);
        const control = size.throughput.find((r) => r.name === "control 200")?.rps;
        if (row?.rps === undefined) return row?.skipped ?? "";
        return name === "control 200" || !control ? row.rps.toFixed(0) : `${row.rps.toFixed(0)} (${ratio(row.rps / control)})`;
      }),
    ]),
  );
  const latency = formatTable(
    ["p50 / p99", ...sizes.map((size) => `${count(size.items)} items`)],
    throughputNames.map((name) => [
      name,
      ...sizes.map((size) => {
        const row = size.throughput.find((r) => r.name === name);
        const errors = (row?.non2xx3xx ?? 0) + (row?.socketErrors ?? 0);
        return row?.rps === undefined ? "" : `${ms(row.p50Ms!)} / ${ms(row.p99Ms!)}${errors ? ` (${errors} errors)` : ""}`;
      }),
    ]),
  );
  const starts = formatTable(
    ["items", "RSS feed", "cold app", "cold control", "app − control", "listen app/control", "1st request app/control", "heap app", "heap control"],
    sizes.map((size) => [
      count(size.items),
      `${size.feed.items} items, ${kib(size.feed.bytes)}`,
      ms(size.coldMs.app),
      ms(size.coldMs.control),
      ms(size.coldMs.app - size.coldMs.control),
      `${ms(size.listenMs.app)} / ${ms(size.listenMs.control)}`,
      `${ms(size.firstMs.app)} / ${ms(size.firstMs.control)}`,
      mib(size.heap.app),
      mib(size.heap.control),
    ]),
  );
  const { items, all, hugo, oneChanged } = results.publish;
  const times = results.visible.map((v) => v.ms);
  const posts = results.visible.map((v) => v.postMs);
  const fills = Object.entries(results.fills).map(([reached, fill]) => [
    `fill to ${count(Number(reached))} items (POST /publish, ${s.filesPerRequest} a request)`,
    `${seconds(fill.ms)}: ${count(fill.items)} items, ${(fill.items / (fill.ms / 1000)).toFixed(0)} items/s`,
  ]);
  const publishing = formatTable(
    ["publishing", "time"],
    [
      [`npm run publish, ${count(items)} new files`, `${seconds(all.ms)} (${all.runs} run${all.runs === 1 ? "" : "s"}${all.failures.length ? `; ${all.failures.length} ended in "fetch failed"` : ""})`],
      [`hugo --quiet, the same files`, "skipped" in hugo ? hugo.skipped : `${seconds(hugo.ms)} (${count(hugo.files)} files written)`],
      [`npm run publish, one file changed`, `${seconds(oneChanged.ms)} (${oneChanged.runs} run${oneChanged.runs === 1 ? "" : "s"})`],
      ...fills,
      [
        `one new item to visible in /rss.xml (${count(sizes.at(-1)?.items ?? 0)} items)`,
        `p50 ${ms(median(times))}, p95 ${ms(percentile(times, 95))}, max ${ms(Math.max(...times))}; the POST alone p50 ${ms(median(posts))}`,
      ],
    ],
  );
  const loads = machine.loads.map((l) => `${l.phase} ${l.loadavg.join(" ")}`);
  return [
    `Throughput (medians of ${s.rounds} round-robin rounds; wrk -t1 -c${s.connections} -d${s.loadSeconds}s after ${s.warmupSeconds} s of warm-up;`,
    `app and control in one workerd, each on its own socket; nginx: ${s.nginxWorkers} worker, the same bytes from a file)`,
    throughput,
    "",
    latency,
    "",
    `Cold start (spawn of workerd to the first byte of /rss.xml, medians of ${s.startRepeats} starts each, the app's documents already`,
    `in D1; listen = spawn to the socket listening, every module run) and V8 heap after ${s.heapWarmupPasses} passes over /, the feeds, an article`,
    starts,
    "",
    `Bundle: ${kib(results.bundle.rawBytes)}, gzip -9 ${kib(results.bundle.gzipBytes)}; built again with ${count(items)} items in items/: ${results.bundle.sameWithItems ? "the same bytes" : "different bytes"}`,
    "",
    publishing,
    "",
    "Targets",
    ...checks.map((c) => `${c.status.padEnd(4)}  ${c.target}: ${c.figure}`),
    "",
    `Node ${machine.node}, ${machine.workerd}, ${machine.cpus} × ${machine.cpu ?? "CPU"}; load averages (1, 5, 15 min): ${loads.join("; ")}`,
    `Total ${Math.floor(results.totalSeconds / 60)} min ${results.totalSeconds % 60} s`,
  ].join("\n");
}
