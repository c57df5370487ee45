import type { ChildProcess } from "node:child_process";
import { httpGet, type HttpResponse } from "./http-get";

/** A server process the bench started. */
export interface Server {
  /** For notes: "nginx". */
  name: string;
  child: ChildProcess;
  /** performance.now() just before the spawn. */
  spawnedAt: number;
  /** What it wrote so far (warnings, errors). */
  output(): string;
}

/**
 * Requests `url` in a tight loop until the server answers, and returns the response
 * with the milliseconds from spawn to its first byte. The figure includes the time
 * the server takes to open its socket (workerd listens once every worker has loaded).
 */
export async function firstResponse(server: Server, url: string, timeoutMs = 30_000): Promise<{ ms: number; response: HttpResponse }> {
  for (;;) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(`server exited before answering ${url}:\n${server.output()}`);
    }
    try {
      const response = await httpGet(url);
      return { ms: response.headersAt - server.spawnedAt, response };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ECONNREFUSED") throw error;
    }
    if (performance.now() - server.spawnedAt > timeoutMs) {
      throw new Error(`no answer from ${url} within ${timeoutMs} ms:\n${server.output()}`);
    }
  }
}
