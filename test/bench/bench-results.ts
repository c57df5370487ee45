import type { ItemCountResult } from "./bench-item-count";
import type { PublishResult } from "./bench-publish";
import type { Fill } from "./fill-store";
import type { Compatibility } from "./read-compatibility";
import type { settings } from "./settings";
import type { Visible } from "./visible-latency";

/** Every figure of a run: what the report is made of, and test-artifacts/bench.json holds. */
export interface BenchResults {
  date: string;
  totalSeconds: number;
  machine: {
    cpus: number;
    cpu?: string;
    node: string;
    workerd: string;
    /** The 1, 5 and 15 minute load averages at the start, between phases and at the end. */
    loads: { phase: string; at: string; loadavg: number[] }[];
  };
  compatibility: Compatibility;
  settings: typeof settings;
  bundle: { rawBytes: number; gzipBytes: number; sha256: string; sameWithItems: boolean };
  /** One per item count, smallest first. */
  sizes: ItemCountResult[];
  /** Stores filled through POST /publish, by the item count reached. */
  fills: Record<number, Fill>;
  /** (a) and (b): `npm run publish` of `items` new files, Hugo on the same, one file changed. */
  publish: Omit<PublishResult, "token"> & { items: number };
  /** Single-item publishes, each to visible in /rss.xml, with the largest store. */
  visible: Visible[];
}
