import { spawn } from "node:child_process";
import { createServer } from "node:net";

export interface DevServer {
  base: string;
  /** What the server printed so far. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * `npm run dev` in `dir` on a free port: the real workerd, with the local store
 * filled through the write path from that folder's items/, and `args` for
 * wrangler dev (`--var WEBSUB_HUBS:…`). Resolves once the home page is served,
 * that is once items/ is published.
 */
export async function startDevServer(dir: string, args: readonly string[] = []): Promise<DevServer> {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const child = spawn("npx", ["tsx", "src/cli/dev.ts", "--port", String(port), "--show-interactive-dev-session=false", ...args], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid!, "SIGTERM");
    await exited;
  };
  for (let tries = 0; tries < 480; tries++) {
    if (child.exitCode !== null) throw new Error(`npm run dev exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${base}/`)).ok) return { base, log: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`npm run dev did not serve ${base}/ within 120 s:\n${output}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}
