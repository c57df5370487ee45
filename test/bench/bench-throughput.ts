import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { appWorker, controlWorker, type BenchContext } from "./bench-context";
import { stop } from "./children";
import { firstResponse, type Server } from "./first-response";
import { httpGet } from "./http-get";
import { load, type LoadResult } from "./load";
import { median } from "./stats";
import { hasNginx, startNginx } from "./start-nginx";
import { startWorkerd } from "./start-workerd";
import { workerdConfig } from "./workerd-config";
import { writeControlWorker } from "./write-control-worker";
import type { ItemCountResult } from "./bench-item-count";

export const ROUNDS = 5;
export const WARMUP_SECONDS = 1;
export const LOAD_SECONDS = 3;
export const CONNECTIONS = 16;
const NOTE_LINES = 10;

interface Target {
  name: string;
  url: string;
  headers?: Record<string, string>;
  /** Why the target is not measured. */
  skipped?: string;
}

export interface ThroughputRow {
  name: string;
  url: string;
  skipped?: string;
  /** Medians over the rounds. */
  rps?: number;
  p50Ms?: number;
  p99Ms?: number;
  /** Summed over the measured runs. */
  non2xx3xx?: number;
  socketErrors?: number;
}

/**
 * Throughput of the app's routes against the control (same workerd process, same
 * bytes) and nginx (same bytes from a file), measured round-robin so that drift in
 * the machine's speed spreads over every target alike.
 */
export async function benchThroughput(context: BenchContext, sized: ItemCountResult, notes: string[]): Promise<ThroughputRow[]> {
  const dir = dirname(sized.bundle.dir);
  const app = appWorker(context, sized.bundle.modules.map((name) => join(sized.bundle.dir, name)));
  const control = controlWorker(context, writeControlWorker(join(dir, "control.js"), sized.feed.body, sized.feed.headers));
  const configPath = join(dir, "both.capnp");
  writeFileSync(configPath, workerdConfig(dir, [app, control]));

  const servers: Server[] = [];
  try {
    const workerd = startWorkerd(context.root, configPath);
    servers.push(workerd);
    const appOrigin = `http://127.0.0.1:${app.port}`;
    const controlUrl = `http://127.0.0.1:${control.port}/`;
    const rss = (await firstResponse(workerd, `${appOrigin}/rss.xml`)).response;
    if (rss.body !== sized.feed.body) notes.push("the app's /rss.xml differs between runs: the control serves the first one seen");

    const targets: Target[] = [{ name: "control", url: controlUrl }];
    targets.push({ name: "rss 200", url: `${appOrigin}/rss.xml` }, { name: "atom 200", url: `${appOrigin}/atom.xml` });
    const etag = rss.headers.etag;
    const rss304 = { name: "rss 304", url: `${appOrigin}/rss.xml` };
    if (!etag) {
      targets.push({ ...rss304, skipped: "n/a: no ETag" });
    } else {
      const { status } = await httpGet(rss304.url, { "If-None-Match": etag });
      targets.push(status === 304 ? { ...rss304, headers: { "If-None-Match": etag } } : { ...rss304, skipped: `n/a: If-None-Match ${etag} answered ${status}` });
    }
    targets.push({ name: "home", url: `${appOrigin}/` });
    if (hasNginx()) {
      const nginx = startNginx(context.ports.nginx, sized.feed.body, sized.feed.contentType);
      servers.push(nginx);
      const { response } = await firstResponse(nginx, `http://127.0.0.1:${context.ports.nginx}/rss.xml`);
      if (response.body !== sized.feed.body) throw new Error(`nginx answered ${response.status}, not the feed:\n${nginx.output()}`);
      targets.push({ name: "nginx rss", url: `http://127.0.0.1:${context.ports.nginx}/rss.xml` });
    } else {
      targets.push({ name: "nginx rss", url: "", skipped: "skipped: nginx is not installed (apt-get install -y nginx)" });
    }

    const runs = new Map<Target, LoadResult[]>();
    for (let round = 1; round <= ROUNDS; round++) {
      console.log(`  round ${round}/${ROUNDS}`);
      for (const target of targets) {
        if (target.skipped) continue;
        const options = { connections: CONNECTIONS, headers: target.headers };
        await load(target.url, { ...options, seconds: WARMUP_SECONDS });
        runs.set(target, [...(runs.get(target) ?? []), await load(target.url, { ...options, seconds: LOAD_SECONDS })]);
      }
    }
    return targets.map((target): ThroughputRow => {
      const results = runs.get(target);
      if (!results) return { name: target.name, url: target.url, skipped: target.skipped };
      return {
        name: target.name,
        url: target.url,
        rps: median(results.map((r) => r.rps)),
        p50Ms: median(results.map((r) => r.p50Ms)),
        p99Ms: median(results.map((r) => r.p99Ms)),
        non2xx3xx: results.reduce((sum, r) => sum + r.non2xx3xx, 0),
        socketErrors: results.reduce((sum, r) => sum + r.socketErrors, 0),
      };
    });
  } finally {
    for (const server of servers) {
      await stop(server.child);
      // A server that logs every request would flood the report: its first lines tell the story.
      const lines = [...new Set(server.output().split("\n").filter(Boolean))].slice(0, NOTE_LINES);
      notes.push(...lines.map((line) => `${server.name} (throughput): ${line}`));
    }
  }
}
