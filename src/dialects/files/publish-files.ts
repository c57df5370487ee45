import type { Context } from "hono";
import { authorize } from "../../http/authorize";
import { parseItem } from "../../items/parse-item";
import { withMediaFacts } from "../../media/with-media-facts";
import type { Change } from "../../publish/change";
import { runPublisher } from "../../publish/run-publisher";
import { site } from "../../site";
import { hexDigest } from "../../text/hex-digest";
import { filesRequest, type FileResult } from "./files-request";

/**
 * `POST /publish`: the files of items/ (`npm run publish`), as
 * `{ files: [{ path, base64 }], deleted: [path] }`. Each file is read as the
 * build always read it (same schema, same lines); a file with problems is
 * refused whole, the others are stored and every document that shows them is
 * rendered before the answer. 200 when all went in, 422 when some were refused:
 * the body says, file by file, what became of each.
 */
export async function publishFiles(c: Context<{ Bindings: Env }>): Promise<Response> {
  const holder = await authorize(c.env.DB, c.req.raw, "create");
  if (holder instanceof Response) return holder;
  const request = filesRequest(await c.req.text());
  if ("problems" in request) return Response.json({ error: "invalid_request", error_description: request.problems.join("\n") }, { status: 400 });
  const results: FileResult[] = [];
  const changes: Change[] = [];
  for (const { path, bytes } of request.files) {
    if (!path.endsWith(".md")) {
      results.push({ file: path, result: "refused", problems: ["file: not an item (items are Markdown files ending in .md)"] });
      continue;
    }
    const parsed = parseItem(path, bytes, site);
    if (!parsed.ok) {
      results.push({ file: path, result: "refused", problems: parsed.problems });
      continue;
    }
    const item = await withMediaFacts(c.env.MEDIA, parsed.item);
    if ("problem" in item) {
      results.push({ file: path, result: "refused", problems: [item.problem] });
      continue;
    }
    changes.push({ kind: "put", origin: "files", key: path, digest: await hexDigest(bytes), item, draft: parsed.draft, visibleFrom: item.date });
  }
  for (const path of request.deleted) changes.push({ kind: "delete", origin: "files", key: path });
  // Even with no change, the Publisher renders what is due (a new BASE_URL or version, a retry).
  const published = await runPublisher(c, (stub) => stub.publish(changes));
  for (const outcome of published.outcomes) {
    const { key, result, problems, state, visibleFrom } = outcome;
    results.push({ file: key, result, ...(problems && { problems }), ...(state && { state }), ...(visibleFrom && { visibleFrom }) });
  }
  results.sort((a, b) => (a.file < b.file ? -1 : 1));
  const refused = results.some((r) => r.result === "refused");
  const body = { results, documents: published.documents.length, ...(published.pending && { pending: published.pending }) };
  return Response.json(body, { status: refused ? 422 : 200 });
}

/** `GET /publish/files`: what the store holds of items/, as `{ path: SHA-256 }`, so that unchanged files are not sent again. */
export async function publishedFiles(c: Context<{ Bindings: Env }>): Promise<Response> {
  const holder = await authorize(c.env.DB, c.req.raw, "create");
  if (holder instanceof Response) return holder;
  const { results } = await c.env.DB.prepare("SELECT origin_key, digest FROM items WHERE origin = 'files' AND state <> 'deleted'").all<{ origin_key: string; digest: string }>();
  return Response.json({ files: Object.fromEntries(results.map((r) => [r.origin_key, r.digest])) }, { headers: { "Cache-Control": "no-store" } });
}
