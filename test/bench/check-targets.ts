import type { BenchResults } from "./bench-results";
import { kib, ms, ratio } from "./format-table";
import { median, percentile } from "./stats";

export interface Check {
  target: string;
  status: "PASS" | "FAIL" | "N/A";
  /** The figure it was judged on, and by how much it missed. */
  figure: string;
}

/** The targets: a feed 200 against the control's, in the same run. */
const FEED_VS_CONTROL = 0.85;
const NOT_MODIFIED_VS_CONTROL = 1.0;
const COLD_START_OVER_CONTROL_MS = 50;
const BUNDLE_GZIP_BYTES = 1_000_000;
const REPUBLISH_MS = 5_000;
const VISIBLE_P95_MS = 1_000;

/** Each performance target, judged on the figure measured in this run. */
export function checkTargets(results: BenchResults): Check[] {
  const checks: Check[] = [];
  const check = (target: string, pass: boolean, figure: string, miss: string) =>
    checks.push({ target, status: pass ? "PASS" : "FAIL", figure: pass ? figure : `${figure}; missed by ${miss}` });

  for (const size of results.sizes) {
    const at = `${size.items.toLocaleString("en")} items`;
    check(`RSS feed holds 20+ full dispatches (${at})`, size.feed.items >= 20, `${size.feed.items} items, ${kib(size.feed.bytes)}`, `${20 - size.feed.items} items`);
    const row = (name: string) => size.throughput.find((r) => r.name === name);
    const control = row("control 200")?.rps;
    const versus = (name: string, target: string, min: number) => {
      const rps = row(name)?.rps;
      if (rps === undefined || control === undefined) {
        checks.push({ target, status: "N/A", figure: row(name)?.skipped ?? "not measured" });
        return;
      }
      const r = rps / control;
      check(target, r >= min, `${ratio(r)} (${rps.toFixed(0)} vs ${control.toFixed(0)} req/s)`, `${((1 - r / min) * 100).toFixed(0)}% (${(min * control - rps).toFixed(0)} req/s short)`);
    };
    versus("rss 200", `RSS 200 ≥ ${FEED_VS_CONTROL}× control 200 (${at})`, FEED_VS_CONTROL);
    versus("atom 200", `Atom 200 ≥ ${FEED_VS_CONTROL}× control 200 (${at})`, FEED_VS_CONTROL);
    versus("rss 304", `RSS 304 ≥ ${NOT_MODIFIED_VS_CONTROL.toFixed(1)}× control 200 (${at})`, NOT_MODIFIED_VS_CONTROL);
    // Not a target of its own, but the figures above count only if the answers were right.
    const failed = size.throughput.reduce((n, r) => n + (r.non2xx3xx ?? 0) + (r.socketErrors ?? 0), 0);
    check(`every answer under load 2xx or 3xx (${at})`, failed === 0, `${failed} errors over every target and round`, `${failed} answers`);
    const over = size.coldMs.app - size.coldMs.control;
    check(
      `cold start ≤ control + ${COLD_START_OVER_CONTROL_MS} ms (${at})`,
      over <= COLD_START_OVER_CONTROL_MS,
      `app ${ms(size.coldMs.app)}, control ${ms(size.coldMs.control)}: ${over < 0 ? "−" : "+"}${ms(Math.abs(over))}`,
      ms(over - COLD_START_OVER_CONTROL_MS),
    );
  }

  const { bundle } = results;
  check(`bundle gzipped < 1 MB`, bundle.gzipBytes < BUNDLE_GZIP_BYTES, `${kib(bundle.gzipBytes)} (${bundle.gzipBytes} bytes)`, `${bundle.gzipBytes - BUNDLE_GZIP_BYTES + 1} bytes`);
  const { items, all, hugo, oneChanged } = results.publish;
  const files = `${items.toLocaleString("en")} files`;
  check(
    `bundle the same at every item count`,
    bundle.sameWithItems,
    `one bundle served every store; built again with ${files} in items/, ${bundle.sameWithItems ? "the same bytes" : "the bytes differ"}`,
    "a build that depends on items/",
  );

  const publishAll = `npm run publish of ${items.toLocaleString("en")} new files ≤ Hugo building them`;
  if ("skipped" in hugo) {
    checks.push({ target: publishAll, status: "N/A", figure: `${(all.ms / 1000).toFixed(1)} s; Hugo ${hugo.skipped}` });
  } else {
    check(
      publishAll,
      all.ms <= hugo.ms,
      `${(all.ms / 1000).toFixed(1)} s (${all.runs} run${all.runs === 1 ? "" : "s"}) vs Hugo ${(hugo.ms / 1000).toFixed(1)} s: ${ratio(all.ms / hugo.ms)}`,
      `${((all.ms - hugo.ms) / 1000).toFixed(1)} s`,
    );
  }
  check("re-publish, one file changed < 5 s", oneChanged.ms < REPUBLISH_MS, `${(oneChanged.ms / 1000).toFixed(2)} s`, `${((oneChanged.ms - REPUBLISH_MS) / 1000).toFixed(2)} s`);

  const largest = results.sizes.at(-1)?.items ?? 0;
  const times = results.visible.map((v) => v.ms);
  const p95 = percentile(times, 95);
  check(
    `one new item visible in /rss.xml, p95 < 1 s (${largest.toLocaleString("en")} items stored)`,
    p95 < VISIBLE_P95_MS,
    `p95 ${ms(p95)} over ${times.length} publishes (median ${ms(median(times))}, max ${ms(Math.max(...times))})`,
    ms(p95 - VISIBLE_P95_MS),
  );
  return checks;
}
