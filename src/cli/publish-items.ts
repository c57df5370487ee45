/// <reference types="node" />
import { basename, dirname, join } from "node:path";
import type { FileResult } from "../dialects/files/files-request";
import { MAX_MEDIA_BYTES } from "../media/media-store";
import { hexDigest } from "../text/hex-digest";
import { printable } from "../text/printable";
import { readItemFiles } from "./read-item-files";

/** Files sent per request: each request is stored and rendered before the next is sent. */
const FILES_PER_REQUEST = 250;

export interface PublishReport {
  /** What became of each file sent, and of each file gone from the folder. */
  results: FileResult[];
  /** Files left alone: the store holds them as they are. */
  unchanged: number;
  /** `path → problem` lines, as `npm run check` prints them. */
  problems: string[];
  /** Why some documents are still to render: the items are stored, the Worker retries. */
  pending?: string;
}

/**
 * Publishes the folder `dir` to the Worker at `to`: only what changed since the
 * last publish (by SHA-256), and the deletion of files no longer there. Items of
 * other publishing paths (Micropub, ninjs) are never touched. A file with
 * problems is refused whole; the others go in.
 */
export async function publishItems(dir: string, to: string, token: string): Promise<PublishReport> {
  const headers = { Authorization: `Bearer ${token}` };
  const report: PublishReport = { results: [], unchanged: 0, problems: [] };
  // The pictures first: an item whose /media/ picture is not in the store is refused.
  await publishMedia(join(dirname(dir), "media"), to, headers, report);
  const stored = await call<{ files: Record<string, string> }>(`${to}/publish/files`, { headers });
  const files = await readItemFiles(dir);
  const shown = new Map<string, string>();
  const send: { path: string; base64: string }[] = [];
  const present = new Set<string>();
  for (const file of files) {
    const key = `items/${basename(file.path)}`;
    shown.set(key, file.path);
    present.add(key);
    if ("refused" in file) {
      report.problems.push(`${file.path} → ${file.refused}`);
      continue;
    }
    if (stored.files[key] === (await hexDigest(file.bytes))) report.unchanged++;
    else send.push({ path: key, base64: Buffer.from(file.bytes).toString("base64") });
  }
  let deleted = Object.keys(stored.files).filter((key) => !present.has(key));
  for (const key of deleted) shown.set(key, join(dir, basename(key)));
  // One request at least, even with nothing new: the Worker then renders what is
  // due (documents of another BASE_URL or version, a rendering left pending).
  for (let i = 0; i === 0 || i < send.length; i += FILES_PER_REQUEST) {
    const body = JSON.stringify({ files: send.slice(i, i + FILES_PER_REQUEST), deleted });
    deleted = [];
    const answer = await call<{ results: FileResult[]; pending?: string }>(
      `${to}/publish`,
      { method: "POST", headers: { ...headers, "Content-Type": "application/json" }, body },
      [422],
    );
    if (answer.pending) report.pending = answer.pending;
    for (const result of answer.results) {
      const path = shown.get(result.file) ?? result.file;
      report.results.push({ ...result, file: path });
      for (const problem of result.problems ?? []) report.problems.push(`${path} → ${problem}`);
    }
  }
  report.problems = report.problems.map(printable).sort();
  return report;
}

/**
 * Sends the pictures of `mediaDir` that the store lacks or holds otherwise
 * (by SHA-256), each under its own name. A folder that is not there is no error.
 */
async function publishMedia(mediaDir: string, to: string, headers: Record<string, string>, report: PublishReport): Promise<void> {
  const files = await readItemFiles(mediaDir, MAX_MEDIA_BYTES).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  if (files.length === 0) return;
  const stored = await call<{ media: Record<string, string> }>(`${to}/publish/media`, { headers });
  for (const file of files) {
    const name = basename(file.path);
    if ("refused" in file) {
      report.problems.push(`${file.path} → ${file.refused}`);
    } else if (stored.media[name] === (await hexDigest(file.bytes))) {
      report.unchanged++;
    } else {
      const response = await send(`${to}/publish/media/${encodeURIComponent(name)}`, { method: "PUT", headers, body: file.bytes });
      if (response.ok) report.results.push({ file: file.path, result: name in stored.media ? "updated" : "created" });
      else report.problems.push(((await response.json()) as { error_description: string }).error_description.replace(`media/${name}`, file.path));
    }
  }
}

async function call<T>(url: string, init: RequestInit, accepted: number[] = []): Promise<T> {
  const response = await send(url, init);
  const text = await response.text();
  if (!response.ok && !accepted.includes(response.status)) {
    let detail = text.trim();
    try {
      const json = JSON.parse(text) as { error?: string; error_description?: string };
      detail = [json.error, json.error_description].filter(Boolean).join(": ");
    } catch {
      // not JSON: the text as it came
    }
    throw new Error(`${url} answered ${response.status}${detail ? `: ${detail}` : ""}`);
  }
  return JSON.parse(text) as T;
}

/**
 * fetch, tried once more when the connection fails before any answer: Node's
 * fetch may reuse a kept-alive connection the server is closing. Every request
 * here can be sent twice: files and pictures go by their SHA-256.
 */
async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}
