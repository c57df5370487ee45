import type { IncomingHttpHeaders } from "node:http";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { appWorker, controlWorker, type BenchContext } from "./bench-context";
import { buildBundle, type Bundle } from "./build-bundle";
import { measureStart, type StartMeasure, type StartPlan } from "./measure-start";
import { median } from "./stats";
import { writeControlWorker } from "./write-control-worker";
import { writeSyntheticItems } from "./synthetic-items";

/** Cold starts are a few hundred milliseconds and noisy: each is measured this many times. */
export const START_REPEATS = 5;

export interface ItemCountResult {
  items: number;
  buildMs: number;
  bundleRawBytes: number;
  bundleGzipBytes: number;
  /** Medians over START_REPEATS fresh workerd processes. */
  coldMs: { app: number; control: number };
  rss: { appFirst: number; appWarm: number; controlFirst: number; controlWarm: number };
  /** V8 used heap of the isolate (one run each, inspector open, no forced GC). */
  heap: { appFirst: number; appWarm: number; controlWarm: number };
  /** The RSS feed's bytes and headers, for the control and nginx. */
  feed: { body: string; contentType: string; headers: IncomingHttpHeaders };
  /** Distinct lines workerd printed. */
  workerdOutput: string[];
  bundle: Bundle;
}

/**
 * One item count: generate the synthetic items into the copy (the shipped ones stay),
 * build the bundle, then start the app alone and the control alone START_REPEATS
 * times each, timing the first /rss.xml and reading memory, and once more each
 * with the inspector open to read the V8 heap.
 */
export async function benchItemCount(context: BenchContext, items: number): Promise<ItemCountResult> {
  const itemsDir = join(context.project, "items");
  const shipped = readdirSync(itemsDir).filter((name) => name.endsWith(".md") && !name.startsWith("bench-"));
  writeSyntheticItems(itemsDir, items - shipped.length);

  const dir = join(context.work, `n${items}`);
  const bundleDir = join(dir, "bundle");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const buildStart = performance.now();
  const bundle = await buildBundle(context.project, bundleDir);
  const buildMs = performance.now() - buildStart;

  const article = `/articles/${shipped[0]!.replace(/\.md$/, "")}`;
  const appPlan: StartPlan = {
    configPath: join(dir, "app.capnp"),
    worker: appWorker(context, bundle.modules.map((name) => join(bundleDir, name))),
    firstPath: "/rss.xml",
    warmPaths: ["/", "/rss.xml", "/atom.xml", "/feed.json", article],
  };
  const appRuns: StartMeasure[] = [];
  for (let i = 0; i < START_REPEATS; i++) appRuns.push(await measureStart(context.root, appPlan));
  const first = appRuns[0]!.first;
  const feed = { body: first.body, contentType: String(first.headers["content-type"]), headers: first.headers };

  const controlPlan: StartPlan = {
    configPath: join(dir, "control.capnp"),
    worker: controlWorker(context, writeControlWorker(join(dir, "control.js"), feed.body, feed.headers)),
    firstPath: "/",
    // As many requests as the app's warm-up makes, all to the control's one answer.
    warmPaths: appPlan.warmPaths.map(() => "/"),
  };
  const controlRuns: StartMeasure[] = [];
  for (let i = 0; i < START_REPEATS; i++) controlRuns.push(await measureStart(context.root, controlPlan));

  // The heap is read in runs of their own: an open inspector is not how the isolate runs deployed.
  const appHeap = await measureStart(context.root, { ...appPlan, inspectorPort: context.ports.inspector });
  const controlHeap = await measureStart(context.root, { ...controlPlan, inspectorPort: context.ports.inspector });

  const medianOf = (runs: StartMeasure[], pick: (run: StartMeasure) => number) => median(runs.map(pick));
  return {
    items,
    buildMs,
    bundleRawBytes: bundle.rawBytes,
    bundleGzipBytes: bundle.gzipBytes,
    coldMs: { app: medianOf(appRuns, (r) => r.coldMs), control: medianOf(controlRuns, (r) => r.coldMs) },
    rss: {
      appFirst: medianOf(appRuns, (r) => r.rssFirst),
      appWarm: medianOf(appRuns, (r) => r.rssWarm),
      controlFirst: medianOf(controlRuns, (r) => r.rssFirst),
      controlWarm: medianOf(controlRuns, (r) => r.rssWarm),
    },
    heap: { appFirst: appHeap.heapFirst!, appWarm: appHeap.heapWarm!, controlWarm: controlHeap.heapWarm! },
    feed,
    workerdOutput: [...new Set([...appRuns, ...controlRuns, appHeap, controlHeap].flatMap((r) => r.output.split("\n")).filter(Boolean))],
    bundle,
  };
}
