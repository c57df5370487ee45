import type { SpawnOptions } from "node:child_process";
import { spawnTracked } from "./children";

/** Runs a command to completion and returns its stdout; a failure throws with both outputs. */
export function runCommand(command: string, args: readonly string[], options: SpawnOptions = {}): Promise<string> {
  const child = spawnTracked(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`}):\n${stdout}${stderr}`));
    });
  });
}
