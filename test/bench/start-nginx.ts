import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnTracked, trackTempDir } from "./children";
import type { Server } from "./first-response";

/** nginx's worker count here: one, like the single thread that runs a Worker's isolate. */
export const NGINX_WORKERS = 1;

/** True when an `nginx` binary is on the PATH. */
export function hasNginx(): boolean {
  return spawnSync("nginx", ["-v"]).error === undefined;
}

/**
 * Serves `body` as a static file at /rss.xml with `contentType`, from a minimal
 * config in a temp dir of its own: foreground, one worker, no access log, loopback only.
 */
export function startNginx(port: number, body: string, contentType: string): Server {
  // Started as root, nginx's worker drops to an unprivileged user: the file must be
  // readable by others, which the run's own temp dir (mode 700) is not.
  const dir = trackTempDir(mkdtempSync("/tmp/bench-nginx-"));
  mkdirSync(join(dir, "html"));
  writeFileSync(join(dir, "html/rss.xml"), body);
  for (const path of [dir, join(dir, "html")]) chmodSync(path, 0o755);
  chmodSync(join(dir, "html/rss.xml"), 0o644);
  writeFileSync(
    join(dir, "nginx.conf"),
    `daemon off;
worker_processes ${NGINX_WORKERS};
pid ${join(dir, "nginx.pid")};
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  types { }
  default_type "${contentType}";
  server {
    listen 127.0.0.1:${port};
    root ${join(dir, "html")};
  }
}
`,
  );
  let output = "";
  const spawnedAt = performance.now();
  // -e: the error log before the config is read, which would otherwise be /var/log/nginx.
  const child = spawnTracked("nginx", ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", "stderr"], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  return { name: "nginx", child, spawnedAt, output: () => output };
}
