import { representation } from "./representation";
import { prepare, respond, type Prepared } from "./respond";

type Policy = Readonly<Record<string, string>>;
type PolicyOf = () => Policy | Promise<Policy>;

/**
 * How long this isolate serves its copies without asking the store for its
 * revision, which moves on with every stored change of documents: a copy taken
 * at the current revision is current. So a change stored by any isolate is
 * served by every one within this many milliseconds; the Publisher waits longer
 * than this before it tells WebSub hubs to fetch the new bytes.
 */
export const REVISION_MS = 1_000;
/** The copies an isolate keeps, by size of their bodies: the memory used does not grow with the site. */
const MAX_CACHED_CHARS = 24 * 1024 * 1024;

/** This isolate's copy of a document (null: the store has none), and the revision of the store it was read at. */
interface Copy {
  prepared: Prepared | null;
  revision: number;
}

const copies = new Map<string, Copy>();
let cachedChars = 0;
/** The newest revision of the store this isolate has seen, and when it asked. */
let seen: { revision: number; askedAt: number } | undefined;

/**
 * The answer to a GET or HEAD of the document stored as `key`, prepared with
 * `policy` and kept as `variant key`; null when there is none. From this
 * isolate's copy while the store's revision is the one it was read at, else
 * from the store in one query, which also reads the revision and leaves the body
 * out when the copy, or the tag the client sends, is still current: a 304 never
 * reads a body. A read never renders and never waits on a write.
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
  if (copy && seen && copy.revision === seen.revision && Date.now() - seen.askedAt < REVISION_MS) {
    return copy.prepared && respond(request, copy.prepared);
  }
  const tag = copy ? undefined : singleTag(request);
  if (tag) return answerTag(db, request, id, key, tag, policy, contentType);
  // Each request asks the store itself: workerd cancels a request that awaits
  // another request's promise as hung (a 500), so none waits on another's query.
  return refresh(db, id, key, copy, policy, contentType).then((fresh) => fresh.prepared && respond(request, fresh.prepared));
}

/** No copy here, and the client sends the tag it has: the store says whether it is current. */
async function answerTag(db: D1Database, request: Request, id: string, key: string, tag: string, policy: PolicyOf, contentType?: string): Promise<Response | null> {
  const { revision, found } = await query(db, key, tag);
  if (found === null) {
    keep(id, null, revision);
    return null;
  }
  if (found.body === null) {
    const rep = representation("", contentType ?? found.content_type, found.etag, found.modified);
    return new Response(null, { status: 304, headers: prepare(rep, await policy(), found.link).notModified });
  }
  const { prepared } = keep(id, await prepareFound(found, policy, contentType), revision);
  return prepared && respond(request, prepared);
}

/** The copy, checked against the store: kept if current, replaced if not. */
async function refresh(db: D1Database, id: string, key: string, copy: Copy | undefined, policy: PolicyOf, contentType?: string): Promise<Copy> {
  const { revision, found } = await query(db, key, copy?.prepared?.rep.etag ?? null);
  if (found === null) return keep(id, null, revision);
  if (found.body === null && copy?.prepared) return keep(id, copy.prepared, revision);
  return keep(id, await prepareFound(found, policy, contentType), revision);
}

interface Found {
  etag: string;
  modified: number | null;
  content_type: string;
  link: string | null;
  status: number;
  /** Null when the stored tag is the one asked about. */
  body: string | null;
}

/**
 * The store's revision, and the document stored as `key` (null when there is
 * none), its body left out when its tag is `known`.
 */
async function query(db: D1Database, key: string, known: string | null): Promise<{ revision: number; found: Found | null }> {
  const askedAt = Date.now();
  const { results } = await db
    .prepare(
      `SELECT 0 AS n, CAST(s.value AS INTEGER) AS revision, d.etag, d.modified, d.content_type, d.link, d.status,
              CASE WHEN d.etag IS ?2 THEN NULL ELSE d.body END AS body
       FROM site_state s LEFT JOIN documents d ON d.path = ?1 WHERE s.key = 'revision'
       UNION ALL
       SELECT p.n, NULL, NULL, NULL, NULL, NULL, NULL, p.body FROM document_parts p JOIN documents d ON d.path = p.path WHERE p.path = ?1 AND d.etag IS NOT ?2
       ORDER BY n`,
    )
    .bind(key, known)
    .all<Found & { n: number; revision: number }>();
  const [head, ...parts] = results;
  if (!head) throw new Error("the store has no revision: apply its migrations (wrangler d1 migrations apply DB)");
  // A query asked later saw the store later: the revision it read is the newest known.
  if (!seen || askedAt >= seen.askedAt) seen = { revision: head.revision, askedAt };
  const { n: _, revision, ...found } = head;
  if (found.etag === null) return { revision, found: null };
  return { revision, found: found.body === null ? found : { ...found, body: [found.body, ...parts.map((p) => p.body ?? "")].join("") } };
}

async function prepareFound(found: Found, policy: PolicyOf, contentType?: string): Promise<Prepared> {
  return prepare(representation(found.body ?? "", contentType ?? found.content_type, found.etag, found.modified), await policy(), found.link, found.status);
}

/** The one entity tag of an If-None-Match (RFC 9110 §13.1.2), strong or weak; undefined for none, `*` or a list. */
function singleTag(request: Request): string | undefined {
  const tag = request.headers.get("If-None-Match")?.trim().replace(/^W\//, "");
  return tag && /^"[\x21\x23-\x7e\x80-\xff]*"$/.test(tag) ? tag : undefined;
}

function keep(id: string, prepared: Prepared | null, revision: number): Copy {
  const old = copies.get(id);
  if (old) {
    cachedChars -= size(old.prepared);
    copies.delete(id);
  }
  const copy = { prepared, revision };
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
  seen = undefined;
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
