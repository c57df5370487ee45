import type { Context } from "hono";
import { authorize } from "../../http/authorize";
import { baseUrl } from "../../http/base-url";
import type { Change } from "../../publish/change";
import { runPublisher } from "../../publish/run-publisher";
import { site } from "../../site";
import { articlePath, href } from "../../urls";
import { freeSlug } from "../free-slug";
import type { DocumentResult } from "./document-result";
import { ninjsChange, type Stored } from "./ninjs-change";
import { validateNinjs } from "./validate-ninjs";

/** A request is at most this large: a day of an agency's wire in one batch. */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/**
 * `POST /ingest/ninjs`: IPTC ninjs documents as agencies send them, one or an
 * array, with a bearer token. Each is validated against IPTC's schema for its
 * version; a valid one is stored through the one write path: published, held
 * until its embargo, a correction of an earlier version, a withdrawal (a kill),
 * or kept unpublished when it is not a dispatch (no headline, no text). An
 * invalid one is refused whole, with every problem, while the others go in. 200
 * when none was refused, 422 when some were; the body says what became of each.
 * Withdrawing needs a token with the `delete` scope.
 */
export async function ingestNinjs(c: Context<{ Bindings: Env }>): Promise<Response> {
  const db = c.env.DB;
  const holder = await authorize(db, c.req.raw, "create");
  if (holder instanceof Response) return holder;
  if (Number(c.req.header("Content-Length") ?? 0) > MAX_BODY_BYTES) return invalid(`the body is over ${MAX_BODY_BYTES / 1024 / 1024} MiB: send fewer documents at a time`, 413);
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch (error) {
    return invalid(`the body is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const docs = Array.isArray(body) ? body : [body];
  if (docs.length === 0) return invalid("an empty list: no document to ingest");

  const uriOf = (doc: unknown, i: number) => (doc && typeof doc === "object" && typeof (doc as Record<string, unknown>).uri === "string" ? String((doc as Record<string, unknown>).uri) : `(document ${i + 1})`);
  const stored = await storedRows(db, docs.map(uriOf));
  const now = new Date().toISOString();
  const results: DocumentResult[] = [];
  const changes: { at: number; change: Change; notShown?: string[] }[] = [];
  for (const [i, doc] of docs.entries()) {
    const uri = uriOf(doc, i);
    const checked = validateNinjs(doc);
    if (!checked.ok) {
      results.push({ uri, result: "refused", problems: checked.problems });
      continue;
    }
    const made = await ninjsChange(doc as Record<string, unknown>, checked.version, stored.get(uri), now, site, (slug) => freeSlug(db, slug));
    if (made.change.kind === "withdraw" && !holder.scopes.includes("delete")) {
      results.push({ uri, result: "refused", problems: ["pubStatus: withdrawing a dispatch needs a token with the delete scope"] });
      continue;
    }
    results.push({ uri, result: "refused" });
    changes.push({ at: results.length - 1, ...made });
  }
  if (changes.length > 0) {
    const { outcomes } = await runPublisher(c, (stub) => stub.publish(changes.map((c) => c.change)));
    const base = baseUrl(c.env.BASE_URL);
    changes.forEach(({ at, notShown }, i) => {
      const { result, problems, state, visibleFrom, slug } = outcomes[i]!;
      const kept = notShown && (result === "created" || result === "updated");
      results[at] = {
        uri: results[at]!.uri,
        result: kept ? "kept" : result,
        ...((kept ? notShown : problems) && { problems: kept ? notShown : problems }),
        ...(state && { state }),
        ...(visibleFrom && { visibleFrom }),
        ...(slug && (state === "live" || state === "scheduled") && { url: href(base, articlePath(slug)) }),
      };
    });
  }
  const refused = results.some((r) => r.result === "refused");
  return Response.json({ results }, { status: refused ? 422 : 200 });
}

/** What the store holds of each uri already (the row of the ninjs path), by uri. */
async function storedRows(db: D1Database, uris: readonly string[]): Promise<Map<string, Stored>> {
  const { results } = await db
    .prepare("SELECT origin_key, id, slug, state, version, withdrawn FROM items WHERE origin = 'ninjs' AND origin_key IN (SELECT value FROM json_each(?1))")
    .bind(JSON.stringify(uris))
    .all<Stored & { origin_key: string }>();
  return new Map(results.map(({ origin_key, ...row }) => [origin_key, row]));
}

function invalid(description: string, status: 400 | 413 = 400): Response {
  return Response.json({ error: "invalid_request", error_description: description }, { status });
}
