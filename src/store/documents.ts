/** A rendered document, as the store keeps it and the read path serves it. */
export interface DocumentRow {
  /** `feed /rss.xml`, `page /articles/x`, `preview /categories/syrie/rss.xml` (see `documentKey`). */
  path: string;
  etag: string;
  /** Last-Modified, in seconds since the epoch; null when it shows no item. */
  modified: number | null;
  content_type: string;
  body: string;
  /** Its HTTP Link header (a current feed's hubs and self), if any. */
  link: string | null;
  /** 200, or 410 for the page of a withdrawn item. */
  status: number;
}

/** What a document is at a path: a feed (or OPML), a page, or the page about a feed. */
export type DocumentKind = "feed" | "page" | "preview";

export function documentKey(kind: DocumentKind, path: string): string {
  return `${kind} ${path}`;
}

/**
 * D1 refuses a value over 2 MB: a body is stored in parts of at most this many
 * characters (3 bytes each at most in UTF-8, twice as many once escaped in JSON).
 */
const PART_CHARS = 200_000;
/** Rows travel to D1 as JSON in bound strings of about this size. */
const CHUNK_CHARS = 300_000;

/**
 * The statements that store `documents`, remove `gone` ones and mark `units`
 * rendered, for one atomic D1 batch: a reader sees every document of a change,
 * or none yet, and a unit is marked done only with its documents. The store's
 * revision moves on with them, which tells every isolate its copies may be old.
 */
export function documentStatements(db: D1Database, documents: readonly DocumentRow[], gone: readonly string[], units: readonly string[]): D1PreparedStatement[] {
  const rows = documents.map(({ body, ...rest }) => ({ ...rest, body: body.slice(0, PART_CHARS), parts: Math.ceil(body.length / PART_CHARS) - 1 }));
  const statements = [
    db
      .prepare("DELETE FROM document_parts WHERE path IN (SELECT value FROM json_each(?1))")
      .bind(JSON.stringify([...documents.map((d) => d.path), ...gone])),
  ];
  for (const chunk of chunks(rows)) {
    statements.push(
      db
        .prepare(
          `INSERT INTO documents (path, etag, modified, content_type, body, parts, link, status)
           SELECT value ->> 'path', value ->> 'etag', value ->> 'modified', value ->> 'content_type', value ->> 'body', value ->> 'parts', value ->> 'link', value ->> 'status'
           FROM json_each(?1) WHERE true
           ON CONFLICT (path) DO UPDATE SET etag = excluded.etag, modified = excluded.modified,
             content_type = excluded.content_type, body = excluded.body, parts = excluded.parts, link = excluded.link, status = excluded.status`,
        )
        .bind(JSON.stringify(chunk)),
    );
  }
  for (const { path, body } of documents) {
    for (let n = 1; n * PART_CHARS < body.length; n++) {
      statements.push(
        db.prepare("INSERT INTO document_parts (path, n, body) VALUES (?1, ?2, ?3)").bind(path, n, body.slice(n * PART_CHARS, (n + 1) * PART_CHARS)),
      );
    }
  }
  if (gone.length > 0) statements.push(db.prepare("DELETE FROM documents WHERE path IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(gone)));
  if (units.length > 0) statements.push(db.prepare("DELETE FROM pending WHERE unit IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(units)));
  if (documents.length > 0 || gone.length > 0) {
    statements.push(db.prepare("UPDATE site_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'"));
  }
  return statements;
}

function chunks<T extends { body: string }>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const row of rows) {
    if (current.length > 0 && size + row.body.length > CHUNK_CHARS) {
      result.push(current);
      [current, size] = [[], 0];
    }
    current.push(row);
    size += row.body.length + 300;
  }
  if (current.length > 0) result.push(current);
  return result;
}
