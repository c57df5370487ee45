import { runCommand } from "./run-command";

export interface CliPublish {
  /** Wall time of every run together, from the first spawn to the last exit. */
  ms: number;
  /** Runs of `npm run publish` it took: the CLI is incremental, a re-run sends what is left. */
  runs: number;
  /** Why the runs before the last ended. */
  failures: string[];
  /** The last run's summary line ("published items/ to … : N created, …"). */
  summary: string;
}

/** Re-runs allowed after a "fetch failed"; anything else fails the bench. */
const MAX_RUNS = 40;

/**
 * `npm run publish -- --to ORIGIN --items DIR` in the project copy, as a newsroom
 * runs it, timed end to end (npm, tsx, reading and hashing every file, each
 * request). Against workerd it can stop with "fetch failed": Node's fetch keeps
 * two connections alive, sending each batch on the other one, and holds them for
 * 4 s; workerd closes an idle connection 5 s after it read the connection's last
 * request when that request kept it busy (seen: 2.4 s after the answer to a
 * 2.6 s publish), so a batch goes out on a connection being closed, and the CLI
 * does not retry. A user would run it again; so does this, and says how often.
 */
export async function runPublishCli(project: string, to: string, token: string, itemsDir: string): Promise<CliPublish> {
  const failures: string[] = [];
  const started = performance.now();
  for (let run = 1; run <= MAX_RUNS; run++) {
    try {
      const output = await runCommand("npm", ["run", "--silent", "publish", "--", "--to", to, "--items", itemsDir], {
        cwd: project,
        env: { ...process.env, PUBLISH_TOKEN: token },
      });
      const summary = output.split("\n").find((line) => line.startsWith("published ")) ?? output.trim().split("\n")[0] ?? "";
      return { ms: performance.now() - started, runs: run, failures, summary };
    } catch (error) {
      const message = (error as Error).message;
      if (!/fetch failed/.test(message)) throw error;
      failures.push(`run ${run}: fetch failed`);
    }
  }
  throw new Error(`npm run publish failed ${MAX_RUNS} times:\n${failures.join("\n")}`);
}
