import { spawnSync } from "node:child_process";
import { runCommand } from "./run-command";

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Responses outside 2xx and 3xx: wrk counts a 304 as a success. */
  non2xx3xx: number;
  /** connect + read + write + timeout errors. */
  socketErrors: number;
}

export interface LoadOptions {
  seconds: number;
  connections: number;
  headers?: Record<string, string>;
}

/** Loads `url` with wrk from this (separate) process, one thread, and parses its report. */
export async function load(url: string, options: LoadOptions): Promise<LoadResult> {
  const headers = Object.entries(options.headers ?? {}).flatMap(([name, value]) => ["-H", `${name}: ${value}`]);
  const args = ["-t1", `-c${options.connections}`, `-d${options.seconds}s`, "--latency", ...headers, url];
  return parseWrk(await runCommand("wrk", args));
}

/** Reads wrk 4's `--latency` report. */
export function parseWrk(report: string): LoadResult {
  const number = (pattern: RegExp): number => {
    const match = pattern.exec(report);
    if (!match) throw new Error(`wrk report without ${pattern}:\n${report}`);
    return Number(match[1]);
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(report);
  return {
    rps: number(/^Requests\/sec:\s+([\d.]+)/m),
    p50Ms: latencyMs(report, "50"),
    p99Ms: latencyMs(report, "99"),
    requests: number(/^\s*(\d+) requests in/m),
    // wrk prints these lines only when the count is not zero.
    non2xx3xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(report)?.[1] ?? 0),
    socketErrors: errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
  };
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

function latencyMs(report: string, percentile: string): number {
  const match = new RegExp(`^\\s+${percentile}%\\s+([\\d.]+)(us|ms|s|m|h)\\s*$`, "m").exec(report);
  if (!match) throw new Error(`wrk report without a ${percentile}% latency:\n${report}`);
  return Number(match[1]) * UNIT_MS[match[2]!]!;
}

/** True when a `wrk` binary is on the PATH. */
export function hasWrk(): boolean {
  return spawnSync("wrk", ["--version"]).error === undefined;
}
