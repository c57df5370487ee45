import type { Scope } from "../store/scopes";
import { tokenHolder, type TokenHolder } from "../store/tokens";

/** The protection space of RFC 6750 §3: what a client is told to authenticate for. */
const REALM = 'realm="publishing"';

/**
 * The holder of the bearer token a request carries (RFC 6750), if it holds
 * `scope` (or one of several); else the error response: 401 without a token or with one that is
 * unknown or revoked, 403 when the token lacks the scope, 400 for a token sent
 * twice (header and body: §2, "MUST NOT use more than one method").
 */
export async function authorize(db: D1Database, request: Request, scope: Scope | readonly Scope[], bodyToken?: string): Promise<TokenHolder | Response> {
  const header = request.headers.get("Authorization");
  const fromHeader = header?.match(/^Bearer[ \t]+([A-Za-z0-9\-._~+/]+=*)[ \t]*$/i)?.[1];
  if (header !== null && bodyToken !== undefined) {
    return refusal(400, "invalid_request", "send the token in the Authorization header or in the body, not both");
  }
  if (header !== null && !fromHeader) return refusal(401, "invalid_token", "the Authorization header is not Bearer <token>");
  const token = fromHeader ?? bodyToken;
  if (!token) return refusal(401);
  const holder = await tokenHolder(db, token);
  if (!holder) return refusal(401, "invalid_token", "the token is unknown or revoked");
  const scopes = typeof scope === "string" ? [scope] : scope;
  if (!scopes.some((s) => holder.scopes.includes(s))) {
    return refusal(403, "insufficient_scope", `the token lacks the scope "${scopes.join('" or "')}"`, scopes.join(" "));
  }
  return holder;
}

/**
 * An RFC 6750 §3 error: the WWW-Authenticate challenge, and the same error in a
 * JSON body (the form Micropub §4.1.1 gives its errors).
 */
function refusal(status: 400 | 401 | 403, error?: string, description?: string, scope?: string): Response {
  const params = [REALM, ...(error ? [`error="${error}"`, `error_description="${description}"`] : []), ...(scope ? [`scope="${scope}"`] : [])];
  return Response.json(error ? { error, error_description: description } : { error: "unauthorized", error_description: "a bearer token is needed" }, {
    status,
    headers: { "WWW-Authenticate": `Bearer ${params.join(", ")}`, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}
