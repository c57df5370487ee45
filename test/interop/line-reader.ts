import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

/** One entry as a reader program prints it: one JSON line. */
export interface EntryLine {
  id: string;
  title: string;
  link: string;
  /** Seconds since the epoch: the published date, else the updated one. */
  published: number | null;
  /** The content, else the summary. */
  html: string;
}

export interface LineReader {
  /** Builds the program and starts it; `read` does so when it has not been done. */
  start(): Promise<void>;
  /** The entries the program read at `url`; rejects with its error or its exit. */
  read(url: string): Promise<EntryLine[]>;
  /** Ends the program and removes what its build made. */
  close(): Promise<void>;
}

interface Pending {
  lines: string[];
  resolve(lines: string[]): void;
  reject(error: Error): void;
}

/**
 * A reader program that runs for the whole tier, so that start-up (a JVM, perl
 * and its modules) is paid once: it takes one URL per line on stdin and answers
 * each with one JSON line per entry and then an empty line, or with one line
 * {"error": "..."}. `build` makes its command once, in a temp dir of its own
 * (compilers write there); a program that dies is started again on the next read.
 */
export function lineReader(name: string, build: (dir: string) => Promise<string[]>): LineReader {
  let dir: Promise<string> | undefined;
  let command: Promise<string[]> | undefined;
  let child: ChildProcessWithoutNullStreams | undefined;
  const pending: Pending[] = [];

  const launch = async () => {
    dir ??= mkdtemp(join(tmpdir(), `${name}-`));
    command ??= dir.then(build);
    const [program = "", ...args] = await command;
    if (child) return child;
    const started = spawn(program, args, { stdio: ["pipe", "pipe", "pipe"] });
    let stderr = "";
    started.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    createInterface({ input: started.stdout }).on("line", (line) => {
      const answer = pending[0];
      if (!answer) return;
      if (line !== "") return void answer.lines.push(line);
      pending.shift();
      answer.resolve(answer.lines);
    });
    const fail = (why: string) => {
      if (child !== started) return;
      child = undefined;
      for (const answer of pending.splice(0)) answer.reject(new Error(`${name}: ${why}\n${stderr.trim()}`));
    };
    started.on("error", (error) => fail(error.message));
    started.on("close", (code, signal) => fail(`exited with ${signal ?? code}`));
    // A write to a program that has died fails with EPIPE; its exit is reported above.
    started.stdin.on("error", () => undefined);
    child = started;
    return started;
  };

  return {
    async start() {
      await launch();
    },
    async read(url) {
      const program = await launch();
      const lines = await new Promise<string[]>((resolve, reject) => {
        pending.push({ lines: [], resolve, reject });
        program.stdin.write(`${url}\n`);
      });
      return lines.map((line) => {
        const entry = JSON.parse(line) as EntryLine | { error: string };
        if ("error" in entry) throw new Error(`${name}: ${url}: ${entry.error}`);
        return entry;
      });
    },
    async close() {
      const running = child;
      if (running) {
        const exited = new Promise((resolve) => running.once("close", resolve));
        running.stdin.end();
        await exited;
      }
      if (dir) await rm(await dir, { recursive: true, force: true });
    },
  };
}
