/// <reference types="node" />
/**
 * Publishing tokens (the write path's bearer tokens):
 *
 *   npm run token -- create NAME [--scope "create update delete media"] [--remote]
 *   npm run token -- list [--remote]
 *   npm run token -- revoke NAME [--remote]
 *
 * Without --remote, the local store of `npm run dev`; with it, the deployed
 * Worker's (wrangler's login or CLOUDFLARE_API_TOKEN). `create` prints the token
 * as its last line: it is shown once and only its hash is kept.
 */
import { parseArgs } from "node:util";
import { SCOPES, type Scope } from "../store/scopes";
import { createToken, TOKEN_NAME } from "./create-token";
import { applyMigrations, d1, sqlText, type Where } from "./wrangler";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { remote: { type: "boolean", default: false }, scope: { type: "string" } },
});
const where: Where = values.remote ? "--remote" : "--local";
const [command, name] = positionals;

try {
  switch (command) {
    case "create": {
      const scopes = (values.scope ?? SCOPES.join(" ")).split(/[\s,]+/).filter(Boolean);
      const unknown = scopes.filter((s) => !(SCOPES as readonly string[]).includes(s));
      if (unknown.length) throw new Error(`unknown scope ${unknown.join(", ")}: the scopes are ${SCOPES.join(", ")}`);
      const token = await createToken(where, name ?? "", scopes as Scope[]);
      console.log(`created token ${name} (${scopes.join(" ")}) for the ${values.remote ? "deployed" : "local"} store; it is shown once:`);
      console.log(token);
      break;
    }
    case "list": {
      await applyMigrations(where);
      const rows = await d1<{ name: string; scope: string; created_at: string; revoked_at: string | null }>(where, "SELECT name, scope, created_at, revoked_at FROM tokens ORDER BY name");
      if (rows.length === 0) console.log("no tokens");
      for (const row of rows) console.log(`${row.name}\t${row.scope}\tcreated ${row.created_at}${row.revoked_at ? `\trevoked ${row.revoked_at}` : ""}`);
      break;
    }
    case "revoke": {
      if (!name || !TOKEN_NAME.test(name)) throw new Error("revoke needs the name of a token");
      await applyMigrations(where);
      const revoked = await d1<{ name: string }>(
        where,
        `UPDATE tokens SET revoked_at = ${sqlText(new Date().toISOString())} WHERE name = ${sqlText(name)} AND revoked_at IS NULL RETURNING name`,
      );
      if (revoked.length === 0) throw new Error(`no active token named ${name}`);
      console.log(`revoked ${name}: it is refused from now on`);
      break;
    }
    default:
      throw new Error("usage: npm run token -- create NAME [--scope SCOPES] | list | revoke NAME  [--remote]");
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
