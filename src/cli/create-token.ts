/// <reference types="node" />
import { randomBytes } from "node:crypto";
import { SCOPES, type Scope } from "../store/scopes";
import { tokenHash } from "../store/token-hash";
import { applyMigrations, d1, sqlText, type Where } from "./wrangler";

/** A token's name: letters, digits, dot, dash, underscore. */
export const TOKEN_NAME = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Creates a publishing token named `name` in the store at `where` and returns
 * it: 32 random bytes, base64url. Only its SHA-256 is stored. An active token of
 * that name is refused unless `replace`; a revoked one is replaced.
 */
export async function createToken(where: Where, name: string, scopes: readonly Scope[] = SCOPES, replace = false): Promise<string> {
  if (!TOKEN_NAME.test(name)) throw new Error(`not a token name: ${JSON.stringify(name)} (letters, digits, . - _)`);
  await applyMigrations(where);
  if (!replace) {
    const active = await d1<{ name: string }>(where, `SELECT name FROM tokens WHERE name = ${sqlText(name)} AND revoked_at IS NULL`);
    if (active.length > 0) throw new Error(`a token named ${name} exists: revoke it first (npm run token -- revoke ${name})`);
  }
  const token = randomBytes(32).toString("base64url");
  const values = [name, await tokenHash(token), scopes.join(" "), new Date().toISOString()].map(sqlText).join(", ");
  await d1(where, `INSERT OR REPLACE INTO tokens (name, hash, scope, created_at, revoked_at) VALUES (${values}, NULL)`);
  return token;
}
