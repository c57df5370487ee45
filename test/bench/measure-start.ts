import { writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { stop } from "./children";
import { firstResponse } from "./first-response";
import { httpGet, type HttpResponse } from "./http-get";
import { inspectorCall } from "./inspector-call";
import { residentBytes, startWorkerd } from "./start-workerd";
import { workerdConfig, type WorkerSpec } from "./workerd-config";

export interface StartPlan {
  configPath: string;
  worker: WorkerSpec;
  /** The request timed from spawn; it must answer 200. */
  firstPath: string;
  /** Requested WARMUP_PASSES times each after the first. */
  warmPaths: readonly string[];
  /** Open workerd's V8 inspector here and read the isolate's heap too. */
  inspectorPort?: number;
}

export interface StartMeasure {
  /** Spawn to the first byte of the first response. */
  coldMs: number;
  /** workerd's VmRSS once the first response has been read, and after the warm-up. */
  rssFirst: number;
  rssWarm: number;
  /** V8's used heap size for the isolate (no forced GC), when the inspector was open. */
  heapFirst?: number;
  heapWarm?: number;
  first: HttpResponse;
  /** workerd's own output: warnings worth reporting. */
  output: string;
}

export const WARMUP_PASSES = 20;

/**
 * Starts a workerd that serves only `plan.worker`, times the first response, reads
 * the memory then and after warm-up requests, and stops it again.
 */
export async function measureStart(root: string, plan: StartPlan): Promise<StartMeasure> {
  const { configPath, worker, inspectorPort } = plan;
  writeFileSync(configPath, workerdConfig(dirname(configPath), [worker]));
  const origin = `http://127.0.0.1:${worker.port}`;
  const workerd = startWorkerd(root, configPath, inspectorPort ? [`--inspector-addr=127.0.0.1:${inspectorPort}`] : []);
  const heap = async () => (inspectorPort ? ((await inspectorCall(inspectorPort, worker.name, "Runtime.getHeapUsage")) as { usedSize: number }).usedSize : undefined);
  try {
    const { ms, response } = await firstResponse(workerd, origin + plan.firstPath);
    if (response.status !== 200) throw new Error(`${origin}${plan.firstPath} answered ${response.status}:\n${response.body}`);
    const rssFirst = residentBytes(workerd.pid);
    const heapFirst = await heap();
    for (let pass = 0; pass < WARMUP_PASSES; pass++) {
      for (const path of plan.warmPaths) {
        const { status } = await httpGet(origin + path);
        if (status !== 200) throw new Error(`${origin}${path} answered ${status}`);
      }
    }
    const rssWarm = residentBytes(workerd.pid);
    return { coldMs: ms, rssFirst, rssWarm, heapFirst, heapWarm: await heap(), first: response, output: workerd.output() };
  } finally {
    await stop(workerd.child);
  }
}
