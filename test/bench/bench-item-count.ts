import { origin, type BenchContext } from "./bench-context";
import { benchThroughput, type ThroughputRow } from "./bench-throughput";
import { controlWorker } from "./control-worker";
import { measureStart, type StartMeasure } from "./measure-start";
import { APP_ISOLATE, CONTROL_ISOLATE, type Store } from "./start-workers";
import { median } from "./stats";
import { outputLines } from "./output-lines";

/** Cold starts are noisy: each is measured this many times, app and control in turn. */
export const START_REPEATS = 5;

export interface ItemCountResult {
  items: number;
  /** The site's RSS feed as served: what the control and nginx serve too. */
  feed: { bytes: number; items: number };
  /** Medians over START_REPEATS fresh workerd processes each; every run kept. */
  coldMs: { app: number; control: number; appRuns: number[]; controlRuns: number[] };
  /** The same starts cut in two (medians): spawn to listening, and the first request. */
  listenMs: { app: number; control: number };
  firstMs: { app: number; control: number };
  /** V8 used heap of each isolate after the warm-up (one run each, inspector open). */
  heap: { app: number; control: number };
  throughput: ThroughputRow[];
}

/**
 * Everything measured on a store of `items` items: cold starts of the app (its
 * documents already in D1) and of the control serving the same RSS bytes, their
 * heaps after warm-up, then throughput with both in one workerd.
 */
export async function benchItemCount(context: BenchContext, store: Store, items: number): Promise<ItemCountResult> {
  const app = { bundle: context.bundle, store };
  const rssUrl = `${origin(store)}/rss.xml`;
  const controlUrl = `http://127.0.0.1:${context.ports.control}/`;
  const appRuns: StartMeasure[] = [];
  const controlRuns: StartMeasure[] = [];
  let script = "";
  for (let i = 0; i < START_REPEATS; i++) {
    appRuns.push(await measureStart({ workers: { compatibility: context.compatibility, app }, firstUrl: rssUrl, warmUrls: [] }));
    const { body, headers } = appRuns[0]!.first;
    script ||= controlWorker(body, headers);
    const control = { script, port: context.ports.control };
    controlRuns.push(await measureStart({ workers: { compatibility: context.compatibility, control }, firstUrl: controlUrl, warmUrls: [] }));
  }
  const feed = appRuns[0]!.first.body;
  const article = /<item>[\s\S]*?<link>([^<]+)<\/link>/.exec(feed)?.[1];
  if (!article) throw new Error(`the RSS feed at ${items} items has no item link:\n${feed.slice(0, 500)}`);
  context.log(`  cold start: app ${median(appRuns.map((r) => r.coldMs)).toFixed(0)} ms, control ${median(controlRuns.map((r) => r.coldMs)).toFixed(0)} ms (medians)`);

  // The heap is read in runs of their own: an open inspector is not how the isolate runs deployed.
  const inspectorPort = context.ports.inspector;
  const warmUrls = ["/", "/rss.xml", "/atom.xml", "/feed.json"].map((path) => origin(store) + path).concat(article);
  const appHeap = await measureStart({ workers: { compatibility: context.compatibility, app, inspectorPort }, firstUrl: rssUrl, warmUrls, heapOf: APP_ISOLATE });
  const controlHeap = await measureStart({
    workers: { compatibility: context.compatibility, control: { script, port: context.ports.control }, inspectorPort },
    firstUrl: controlUrl,
    // As many requests as the app's warm-up makes, all to the control's one answer.
    warmUrls: warmUrls.map(() => controlUrl),
    heapOf: CONTROL_ISOLATE,
  });
  const outputs = [...appRuns, ...controlRuns, appHeap, controlHeap].flatMap((r) => outputLines(r.output));
  context.notes.push(...new Set(outputs.map((line) => `workerd (${items} items, starts): ${line}`)));

  const throughput = await benchThroughput(context, store, items, script, appRuns[0]!.first);
  return {
    items,
    feed: { bytes: Buffer.byteLength(feed), items: feed.match(/<item>/g)?.length ?? 0 },
    coldMs: {
      app: median(appRuns.map((r) => r.coldMs)),
      control: median(controlRuns.map((r) => r.coldMs)),
      appRuns: appRuns.map((r) => r.coldMs),
      controlRuns: controlRuns.map((r) => r.coldMs),
    },
    listenMs: { app: median(appRuns.map((r) => r.listenMs)), control: median(controlRuns.map((r) => r.listenMs)) },
    firstMs: { app: median(appRuns.map((r) => r.firstMs)), control: median(controlRuns.map((r) => r.firstMs)) },
    heap: { app: appHeap.heapWarm!, control: controlHeap.heapWarm! },
    throughput,
  };
}
