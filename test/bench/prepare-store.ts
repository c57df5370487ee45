import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Miniflare } from "miniflare";

/**
 * Makes a new store ready to publish to, through the app's own D1 binding: the
 * migrations of `migrationsDir` (as `wrangler d1 migrations apply` would), then a
 * publishing token, as `npm run token -- create` writes it: only its hex
 * SHA-256 is kept (src/store/tokens.ts, tokenHash). Returns the token.
 */
export async function prepareStore(miniflare: Miniflare, migrationsDir: string): Promise<string> {
  const db = await miniflare.getD1Database("DB", "app");
  for (const file of readdirSync(migrationsDir).filter((name) => name.endsWith(".sql")).sort()) {
    // D1 takes one statement per prepare: comments go first (they hold semicolons).
    const sql = readFileSync(join(migrationsDir, file), "utf8").replace(/--.*$/gm, "");
    const statements = sql.split(/;\s*$/m).map((s) => s.trim()).filter(Boolean);
    await db.batch(statements.map((s) => db.prepare(s)));
  }
  const token = randomBytes(32).toString("base64url");
  await db
    .prepare("INSERT INTO tokens (name, hash, scope, created_at) VALUES ('bench', ?1, 'create update delete media', ?2)")
    .bind(createHash("sha256").update(token).digest("hex"), new Date().toISOString())
    .run();
  return token;
}
