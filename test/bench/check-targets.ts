import type { ItemCountResult } from "./bench-item-count";
import type { ThroughputRow } from "./bench-throughput";
import { kib, mib, ms, ratio } from "./format-table";

export interface Check {
  target: string;
  status: "PASS" | "FAIL" | "N/A";
  figure: string;
}

const MiB = 1024 * 1024;

/** The project's performance targets, each with the measured figure it was judged on. */
export function checkTargets(sizes: readonly ItemCountResult[], rows: readonly ThroughputRow[]): Check[] {
  const row = (name: string) => rows.find((r) => r.name === name);
  const control = row("control")?.rps;
  const size = (items: number) => sizes.find((s) => s.items === items);
  const checks: Check[] = [];

  const versusControl = (name: string, target: string, min: number) => {
    const measured = row(name);
    if (measured?.rps === undefined || control === undefined) {
      checks.push({ target, status: "N/A", figure: measured?.skipped ?? "not measured" });
    } else {
      const r = measured.rps / control;
      checks.push({ target, status: r >= min ? "PASS" : "FAIL", figure: `${ratio(r)} (${measured.rps.toFixed(0)} vs ${control.toFixed(0)} req/s)` });
    }
  };
  versusControl("rss 200", "RSS 200 ≥ 0.9× control", 0.9);
  versusControl("atom 200", "Atom 200 ≥ 0.9× control", 0.9);
  versusControl("rss 304", "RSS 304 ≥ 1.5× control 200", 1.5);

  const at1000 = size(1000);
  checks.push(
    at1000
      ? {
          target: "cold start < 400 ms at 1000 items",
          status: at1000.coldMs.app < 400 ? "PASS" : "FAIL",
          figure: `${ms(at1000.coldMs.app)} (control alone ${ms(at1000.coldMs.control)}, feed's own ${ms(at1000.coldMs.app - at1000.coldMs.control)})`,
        }
      : { target: "cold start < 400 ms at 1000 items", status: "N/A", figure: "not measured" },
  );

  // Two readings of one target: the process's growth over the control (what the OS
  // sees, freed-but-kept memory included) and V8's own count for the isolate.
  const at10000 = size(10000);
  if (at10000) {
    const isolate = at10000.rss.appWarm - at10000.rss.controlWarm;
    checks.push({
      target: "memory < 128 MiB at 10000 items (RSS over control)",
      status: isolate < 128 * MiB ? "PASS" : "FAIL",
      figure: `${mib(isolate)} after warm-up (workerd RSS ${mib(at10000.rss.appWarm)}, control ${mib(at10000.rss.controlWarm)})`,
    });
    checks.push({
      target: "memory < 128 MiB at 10000 items (V8 heap)",
      status: at10000.heap.appWarm < 128 * MiB ? "PASS" : "FAIL",
      figure: `${mib(at10000.heap.appWarm)} used after warm-up (${mib(at10000.heap.appFirst)} after the 1st request)`,
    });
  } else {
    checks.push({ target: "memory < 128 MiB at 10000 items", status: "N/A", figure: "not measured" });
  }

  // The shipped items come first.
  const shipped = sizes[0];
  checks.push(
    shipped
      ? {
          target: "gzipped bundle < 1 MiB (shipped items)",
          status: shipped.bundleGzipBytes < MiB ? "PASS" : "FAIL",
          figure: `${kib(shipped.bundleGzipBytes)} with ${shipped.items} item${shipped.items === 1 ? "" : "s"}`,
        }
      : { target: "gzipped bundle < 1 MiB (shipped items)", status: "N/A", figure: "not measured" },
  );
  return checks;
}
