/// <reference types="node" />
import type { PublishReport } from "./publish-items";

/** What a publish did, as `npm run publish` and `npm run dev` print it; returns whether all went in. */
export function printReport(report: PublishReport, to: string): boolean {
  const count = (result: string) => report.results.filter((r) => r.result === result).length;
  const totals = ["created", "updated", "deleted"].map((r) => `${count(r)} ${r}`);
  console.log(`published items/ to ${to}: ${totals.join(", ")}, ${report.unchanged + count("unchanged")} unchanged`);
  for (const r of report.results) {
    if (r.result === "created" || r.result === "updated" || r.result === "deleted") {
      const when = r.state === "scheduled" ? ` (scheduled: goes live at ${r.visibleFrom})` : r.state === "draft" ? " (draft: shown nowhere)" : "";
      console.log(`  ${r.result.padEnd(8)} ${r.file}${when}`);
    }
  }
  if (report.pending) console.error(`the items are stored, but some documents are still to render (the Worker retries): ${report.pending}`);
  if (report.problems.length === 0) return true;
  console.error(`${report.problems.length} problem${report.problems.length === 1 ? "" : "s"} in items (nothing of those files was published):`);
  for (const line of report.problems) console.error(line);
  return false;
}
