import { httpGet, type HttpResponse } from "./http-get";
import { inspectorCall } from "./inspector-call";
import { startWorkers, type WorkersPlan } from "./start-workers";
import { latestWorkerdSpawn } from "./workerd-spawns";

export interface StartPlan {
  workers: WorkersPlan;
  /** Timed from the spawn; it must answer 200. */
  firstUrl: string;
  /** Requested WARMUP_PASSES times each after the first, when the heap is read. */
  warmUrls: readonly string[];
  /** Read this isolate's V8 heap after the warm-up (`workers.inspectorPort` must be set). */
  heapOf?: string;
}

export interface StartMeasure {
  /** workerd's spawn to the first byte of the first response. */
  coldMs: number;
  /** Of which: spawn to the socket listening (config, every Worker's modules run), */
  listenMs: number;
  /** and the first request, sent to its first byte. */
  firstMs: number;
  first: HttpResponse;
  /** V8's used heap of the isolate after the warm-up (no forced GC). */
  heapWarm?: number;
  /** workerd's own output: warnings worth reporting. */
  output: string;
}

export const WARMUP_PASSES = 20;

/**
 * Starts a workerd serving only what `plan.workers` holds, times the first
 * response from the spawn (sent once Miniflare reports the socket listening:
 * workerd listens once every Worker's modules have run), reads the heap after
 * warm-up requests if asked, and stops it again.
 */
export async function measureStart(plan: StartPlan): Promise<StartMeasure> {
  const before = performance.now();
  const workers = await startWorkers(plan.workers);
  const listening = performance.now();
  const spawn = latestWorkerdSpawn();
  if (spawn.at < before) throw new Error("Miniflare started no workerd of its own");
  try {
    const sent = performance.now();
    const first = await httpGet(plan.firstUrl);
    if (first.status !== 200) throw new Error(`${plan.firstUrl} answered ${first.status}:\n${first.body.slice(0, 500)}\n${workers.output()}`);
    let heapWarm: number | undefined;
    if (plan.heapOf) {
      for (let pass = 0; pass < WARMUP_PASSES; pass++) {
        for (const url of plan.warmUrls) {
          const { status } = await httpGet(url);
          if (status !== 200) throw new Error(`${url} answered ${status}`);
        }
      }
      const usage = (await inspectorCall(plan.workers.inspectorPort!, plan.heapOf, "Runtime.getHeapUsage")) as { usedSize: number };
      heapWarm = usage.usedSize;
    }
    const coldMs = first.headersAt - spawn.at;
    return { coldMs, listenMs: listening - spawn.at, firstMs: first.headersAt - sent, first, heapWarm, output: workers.output() };
  } finally {
    await workers.miniflare.dispose();
  }
}
