import { representation } from "./representation";
import { prepare, respond, type Prepared } from "./respond";

type Policy = Readonly<Record<string, string>>;
type PolicyOf = () => Policy | Promise<Policy>;

/**
 * How long this isolate serves its copy of a document without asking the store
 * whether it changed. Documents change only when something is published: the
 * isolate that runs the publish forgets its copies at once (under `wrangler dev`
 * there is no other), every other one within this many milliseconds.
 */
export const FRESH_MS = 15_000;
/** The copies an isolate keeps, by size of their bodies: the memory used does not grow with the site. */
const MAX_CACHED_CHARS = 24 * 1024 * 1024;

/** This isolate's copy of a document (null: the store has none), and when the store last vouched for it. */
interface Copy {
  prepared: Prepared | null;
  checkedAt: number;
}

const copies = new Map<string, Copy>();
const loading = new Map<string, Promise<Copy>>();
let cachedChars = 0;

/**
 * The answer to a GET or HEAD of the document stored as `key`, prepared with
 * `policy` and kept as `variant key`; null when there is none. From this
 * isolate's copy while it is fresh, else from the store in one query, which
 * leaves the body out when the copy, or the tag the client sends, is still
 * current: a 304 never reads a body. A read never renders and never waits on a write.
 */
export function storedDocument(
  db: D1Database,
  request: Request,
  key: string,
  variant: string,
  policy: PolicyOf,
  contentType?: string,
): Response | null | Promise<Response | null> {
  const id = `${variant} ${key}`;
  const copy = copies.get(id);
  if (copy && Date.now() - copy.checkedAt < FRESH_MS) return copy.prepared && respond(request, copy.prepared);
  const tag = copy ? undefined : singleTag(request);
  if (tag) return answerTag(db, request, id, key, tag, policy, contentType);
  let pending = loading.get(id);
  if (!pending) {
    pending = refresh(db, id, key, copy, policy, contentType).finally(() => loading.delete(id));
    loading.set(id, pending);
  }
  return pending.then((fresh) => fresh.prepared && respond(request, fresh.prepared));
}

/** No copy here, and the client sends the tag it has: the store says whether it is current. */
async function answerTag(db: D1Database, request: Request, id: string, key: string, tag: string, policy: PolicyOf, contentType?: string): Promise<Response | null> {
  const found = await query(db, key, tag);
  if (found === null) {
    keep(id, null);
    return null;
  }
  if (found.body === null) {
    const rep = representation("", contentType ?? found.content_type, found.etag, found.modified);
    return new Response(null, { status: 304, headers: prepare(rep, await policy()).notModified });
  }
  const { prepared } = keep(id, await prepareFound(found, policy, contentType));
  return prepared && respond(request, prepared);
}

/** The copy, checked against the store: kept if current, replaced if not. */
async function refresh(db: D1Database, id: string, key: string, copy: Copy | undefined, policy: PolicyOf, contentType?: string): Promise<Copy> {
  const found = await query(db, key, copy?.prepared?.rep.etag ?? null);
  if (found === null) return keep(id, null);
  if (found.body === null && copy?.prepared) return keep(id, copy.prepared);
  return keep(id, await prepareFound(found, policy, contentType));
}

interface Found {
  etag: string;
  modified: number | null;
  content_type: string;
  /** Null when the stored tag is the one asked about. */
  body: string | null;
}

/** The document stored as `key`, its body left out when its tag is `known`; null when there is none. */
async function query(db: D1Database, key: string, known: string | null): Promise<Found | null> {
  const { results } = await db
    .prepare(
      `SELECT 0 AS n, etag, modified, content_type, CASE WHEN etag IS ?2 THEN NULL ELSE body END AS body FROM documents WHERE path = ?1
       UNION ALL
       SELECT p.n, NULL, NULL, NULL, p.body FROM document_parts p JOIN documents d ON d.path = p.path WHERE p.path = ?1 AND d.etag IS NOT ?2
       ORDER BY n`,
    )
    .bind(key, known)
    .all<Found & { n: number }>();
  const [head, ...parts] = results;
  if (!head) return null;
  return head.body === null ? head : { ...head, body: [head.body, ...parts.map((p) => p.body ?? "")].join("") };
}

async function prepareFound(found: Found, policy: PolicyOf, contentType?: string): Promise<Prepared> {
  return prepare(representation(found.body ?? "", contentType ?? found.content_type, found.etag, found.modified), await policy());
}

/** The one entity tag of an If-None-Match (RFC 9110 §13.1.2), strong or weak; undefined for none, `*` or a list. */
function singleTag(request: Request): string | undefined {
  const tag = request.headers.get("If-None-Match")?.trim().replace(/^W\//, "");
  return tag && /^"[\x21\x23-\x7e\x80-\xff]*"$/.test(tag) ? tag : undefined;
}

function keep(id: string, prepared: Prepared | null): Copy {
  const old = copies.get(id);
  if (old) {
    cachedChars -= size(old.prepared);
    copies.delete(id);
  }
  const copy = { prepared, checkedAt: Date.now() };
  copies.set(id, copy);
  cachedChars += size(prepared);
  // Oldest first: a Map iterates in insertion order, and a copy checked again is inserted anew.
  for (const [oldest, stale] of copies) {
    if (cachedChars <= MAX_CACHED_CHARS) break;
    copies.delete(oldest);
    cachedChars -= size(stale.prepared);
  }
  return copy;
}

function size(prepared: Prepared | null): number {
  return (prepared?.rep.body.length ?? 0) + 200;
}

/** Drops every copy this isolate holds (tests do, between stores). */
export function forgetAllDocuments(): void {
  copies.clear();
  cachedChars = 0;
}

/** Drops this isolate's copies of `keys` (every variant): they were just rendered again. */
export function forgetDocuments(keys: readonly string[]): void {
  const gone = new Set(keys);
  for (const [id, copy] of copies) {
    if (gone.has(id.slice(id.indexOf(" ") + 1))) {
      copies.delete(id);
      cachedChars -= size(copy.prepared);
    }
  }
}
