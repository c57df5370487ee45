import { sanitizeHtml } from "../items/sanitize-html";
import { articlePath } from "../urls";

/** Rows read at a time. */
const ROWS_PER_READ = 50;
/** Bodies travel to D1 as JSON in bound strings of about this size (D1: 2 MB a value). */
const CHUNK_CHARS = 300_000;

/**
 * Passes again through today's sanitiser every stored body a migration marked
 * (`resanitize`, migrations/0004_resanitize.sql): bodies stored before it knew
 * what it knows now. Each write clears the marks of the rows it wrote, so work
 * cut short goes on where it stopped. The Publisher calls it before rendering
 * every document (a new deployment, new code under `npm run dev`). Answers how
 * many bodies it rewrote.
 */
export async function resanitizeStored(db: D1Database): Promise<number> {
  let rewritten = 0;
  for (;;) {
    const { results } = await db
      .prepare("SELECT id, slug, item ->> 'html' AS html FROM items WHERE resanitize = 1 LIMIT ?1")
      .bind(ROWS_PER_READ)
      .all<{ id: string; slug: string; html: string }>();
    if (results.length === 0) return rewritten;
    const rows = results.map(({ id, slug, html }) => ({ id, html: sanitizeHtml(html, articlePath(slug)) }));
    const statements: D1PreparedStatement[] = [];
    for (let start = 0; start < rows.length; ) {
      let end = start + 1;
      for (let size = rows[start]!.html.length; end < rows.length && size + rows[end]!.html.length < CHUNK_CHARS; end++) size += rows[end]!.html.length;
      statements.push(
        db
          .prepare("UPDATE items SET item = json_set(item, '$.html', j.value ->> 'html'), resanitize = 0 FROM json_each(?1) AS j WHERE items.id = j.value ->> 'id'")
          .bind(JSON.stringify(rows.slice(start, end))),
      );
      start = end;
    }
    await db.batch(statements);
    rewritten += rows.length;
  }
}
