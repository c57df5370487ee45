import { isNotModified } from "./conditional-get";
import type { Representation } from "./representation";

/**
 * The response to a GET or HEAD of `rep`: 200 with the prepared bytes, or 304
 * with no body (RFC 9110 §15.4.5) and the headers a cache needs to update its
 * copy: the same validators, Cache-Control and Vary.
 */
export function respond(request: Request, rep: Representation, policy: Readonly<Record<string, string>>): Response {
  const headers: Record<string, string> = { ...policy, ETag: rep.etag };
  if (rep.lastModified) headers["Last-Modified"] = rep.lastModified;
  if (isNotModified(request.headers, rep)) return new Response(null, { status: 304, headers });
  return new Response(rep.body, {
    headers: { ...headers, "Content-Type": rep.contentType, "Content-Length": String(rep.body.byteLength) },
  });
}
