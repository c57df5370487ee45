import { origin, type BenchContext } from "./bench-context";
import { stop } from "./children";
import { firstResponse, type Server } from "./first-response";
import { httpGet, type HttpResponse } from "./http-get";
import { load, type LoadResult } from "./load";
import { hasNginx, startNginx } from "./start-nginx";
import { startWorkers, type Store } from "./start-workers";
import { median } from "./stats";
import { outputLines } from "./output-lines";

export const ROUNDS = 3;
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
 * bytes and headers as constants) and nginx (same bytes from a file), measured
 * round-robin so that drift in the machine's speed spreads over every target alike.
 * `feed` is the app's /rss.xml as the control serves it.
 */
export async function benchThroughput(context: BenchContext, store: Store, items: number, controlScript: string, feed: HttpResponse): Promise<ThroughputRow[]> {
  const workers = await startWorkers({
    compatibility: context.compatibility,
    app: { bundle: context.bundle, store },
    control: { script: controlScript, port: context.ports.control },
  });
  let nginx: Server | undefined;
  try {
    const app = origin(store);
    const rss = await httpGet(`${app}/rss.xml`);
    if (rss.body !== feed.body) context.notes.push("the app's /rss.xml changed between runs: the control serves the first one seen");
    const targets: Target[] = [
      { name: "control 200", url: `http://127.0.0.1:${context.ports.control}/` },
      { name: "rss 200", url: `${app}/rss.xml` },
      { name: "atom 200", url: `${app}/atom.xml` },
    ];
    // The 304 is asked with the tag just read, as a reader polling the feed does.
    const etag = rss.headers.etag;
    const rss304 = { name: "rss 304", url: `${app}/rss.xml` };
    const conditional = etag ? await httpGet(rss304.url, { "If-None-Match": etag }) : undefined;
    targets.push(
      conditional?.status === 304
        ? { ...rss304, headers: { "If-None-Match": etag! } }
        : { ...rss304, skipped: etag ? `n/a: If-None-Match ${etag} answered ${conditional?.status}` : "n/a: no ETag" },
    );
    targets.push({ name: "home 200", url: `${app}/` });
    if (hasNginx()) {
      nginx = startNginx(context.ports.nginx, feed.body, String(feed.headers["content-type"]));
      const url = `http://127.0.0.1:${context.ports.nginx}/rss.xml`;
      const { response } = await firstResponse(nginx, url);
      if (response.body !== feed.body) throw new Error(`nginx answered ${response.status}, not the feed:\n${nginx.output()}`);
      targets.push({ name: "nginx 200", url });
    } else {
      targets.push({ name: "nginx 200", url: "", skipped: "skipped: nginx is not installed (apt-get install -y nginx)" });
    }

    const runs = new Map<Target, LoadResult[]>();
    for (let round = 1; round <= ROUNDS; round++) {
      context.log(`  throughput round ${round}/${ROUNDS}`);
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
    // A server that logs every request would flood the report: its first lines tell the story.
    const note = (name: string, text: string) =>
      context.notes.push(...[...new Set(outputLines(text))].slice(0, NOTE_LINES).map((line) => `${name} (throughput, ${items} items): ${line}`));
    note("workerd", workers.output());
    await workers.miniflare.dispose();
    if (nginx) {
      await stop(nginx.child);
      note("nginx", nginx.output());
    }
  }
}
