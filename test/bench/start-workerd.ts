import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { spawnTracked } from "./children";
import type { Server } from "./first-response";

export interface Workerd extends Server {
  pid: number;
}

/**
 * Spawns the platform binary itself, not the npm wrapper, so the PID is the process
 * whose memory is read and no wrapper start-up lands in the cold-start figure.
 */
export function startWorkerd(root: string, configPath: string, flags: readonly string[] = []): Workerd {
  const binary = workerdBinary(root);
  let output = "";
  const spawnedAt = performance.now();
  const child = spawnTracked(binary, ["serve", configPath, ...flags], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  return { name: "workerd", child, pid: child.pid!, spawnedAt, output: () => output };
}

/** `workerd 2026-04-26`: what the figures were measured with. */
export function workerdVersion(root: string): string {
  return execFileSync(workerdBinary(root), ["--version"], { encoding: "utf8" }).trim();
}

function workerdBinary(root: string): string {
  const binary = join(root, "node_modules/@cloudflare/workerd-linux-64/bin/workerd");
  if (!existsSync(binary)) throw new Error(`no workerd binary at ${binary} (the bench reads /proc: Linux x64 only)`);
  return binary;
}

/** The process's resident set (VmRSS), in bytes. */
export function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  if (!kib) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kib) * 1024;
}
