import { applyD1Migrations, reset } from "cloudflare:test";
import { env } from "cloudflare:workers";
import app from "../../src/app";
import type { FileResult } from "../../src/dialects/files/files-request";
import { forgetAllDocuments } from "../../src/http/documents";
import { tokenHash } from "../../src/store/token-hash";
import { mediaFiles, siteFiles } from "./fixture-files";

/** The publishing token every test that writes uses (all scopes). */
export const TOKEN = "test-token-for-every-scope";

/**
 * An empty store with the migrations applied and the test token in it, and no
 * copy of any document left in this isolate's memory.
 */
export async function freshStore(): Promise<void> {
  await reset();
  await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
  forgetAllDocuments();
  await env.DB.prepare("INSERT INTO tokens (name, hash, scope, created_at) VALUES ('tests', ?1, 'create update delete media', '2026-01-01T00:00:00Z')")
    .bind(await tokenHash(TOKEN))
    .run();
}

/** A file to publish: its name in items/ and its text (or bytes). */
export interface TestFile {
  name: string;
  text: string | Uint8Array;
}

/**
 * `POST /publish` of `files`, as `npm run publish` sends them, with the test
 * token. With `ctx`, the request's `waitUntil` work (telling WebSub hubs) is
 * left to the caller to wait for (`waitOnExecutionContext`).
 */
export async function publishFiles(files: readonly TestFile[], deleted: readonly string[] = [], token = TOKEN, ctx?: ExecutionContext): Promise<Response> {
  const body = {
    files: files.map(({ name, text }) => ({ path: `items/${name}`, base64: base64(typeof text === "string" ? new TextEncoder().encode(text) : text) })),
    deleted: deleted.map((name) => `items/${name}`),
  };
  return app.request("/publish", { method: "POST", headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify(body) }, env, ctx);
}

/** Publishes `files` and fails the test unless every one went in; returns what became of each. */
export async function published(files: readonly TestFile[], deleted: readonly string[] = []): Promise<FileResult[]> {
  const response = await publishFiles(files, deleted);
  const body = await response.json<{ results: FileResult[] }>();
  if (response.status !== 200) throw new Error(`publish answered ${response.status}: ${JSON.stringify(body)}`);
  return body.results;
}

/** A GET (or another method) of the Worker, as a reader sends it. */
export async function get(path: string, headers: HeadersInit = {}, method = "GET"): Promise<Response> {
  return app.request(path, { method, headers }, env);
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** `PUT /publish/media/NAME` of a picture, as `npm run publish` sends the files of media/. */
export async function publishPicture(name: string, bytes: Uint8Array, token = TOKEN): Promise<Response> {
  return app.request(`/publish/media/${name}`, { method: "PUT", headers: { Authorization: `Bearer ${token}` }, body: bytes }, env);
}

/** An empty store holding the fixture site (test/fixtures/items/ and media/), published through the write path. */
export async function storeWithSite(): Promise<void> {
  await freshStore();
  for (const { name, bytes } of mediaFiles) {
    const response = await publishPicture(name, bytes);
    if (response.status !== 201) throw new Error(`media/${name}: ${response.status} ${await response.text()}`);
  }
  await published(siteFiles);
}
