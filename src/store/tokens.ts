import { SCOPES, type Scope } from "./scopes";
import { tokenHash } from "./token-hash";

/** A token's name and scopes, once it is known to be good. */
export interface TokenHolder {
  name: string;
  scopes: Scope[];
}

/**
 * Who holds `token`, or undefined for a token that is unknown or revoked. Only a
 * SHA-256 of each token is stored; every active one is compared in constant time
 * (no early exit on the first differing byte), so a response's timing says
 * nothing of how close a guess came.
 */
export async function tokenHolder(db: D1Database, token: string): Promise<TokenHolder | undefined> {
  const hash = hexBytes(await tokenHash(token));
  const { results } = await db.prepare("SELECT name, hash, scope FROM tokens WHERE revoked_at IS NULL").all<{ name: string; hash: string; scope: string }>();
  let found: TokenHolder | undefined;
  for (const row of results) {
    const stored = hexBytes(row.hash);
    if (stored.byteLength === hash.byteLength && crypto.subtle.timingSafeEqual(stored, hash) && !found) {
      found = { name: row.name, scopes: row.scope.split(" ").filter((s): s is Scope => (SCOPES as readonly string[]).includes(s)) };
    }
  }
  return found;
}

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}
