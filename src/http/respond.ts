import { isNotModified } from "./conditional-get";
import type { Representation } from "./representation";

type Policy = Readonly<Record<string, string>>;

type Headers = Readonly<Record<string, string>>;

/** A representation with the headers of its answers, worked out once. */
export interface Prepared {
  rep: Representation;
  ok: Headers;
  /** A HEAD answer states the length of the body it leaves out (RFC 9110 §9.3.2). */
  head: Headers;
  notModified: Headers;
  /** 200, or 410 for what was withdrawn: then no validators, never a 304 (RFC 9110 §13.1: they select a current representation). */
  status: number;
}

/**
 * The headers of a 200 and of a 304 (RFC 9110 §15.4.5: no body, and what a cache
 * needs to update its copy: the same validators, Cache-Control and Vary). `link`
 * is the document's own Link header, joined to the policy's in one field (RFC 8288 §3).
 */
export function prepare(rep: Representation, policy: Policy, link?: string | null, status = 200): Prepared {
  const headers = link ? { ...policy, Link: policy.Link ? `${policy.Link}, ${link}` : link } : policy;
  const validators = status === 200 ? { ETag: rep.etag, ...(rep.lastModified && { "Last-Modified": rep.lastModified }) } : {};
  const notModified = { ...headers, ...validators };
  // A GET's length is the body's: the runtime writes it (a string's length is known).
  const ok = { ...notModified, "Content-Type": rep.contentType };
  return { rep, ok, head: { ...ok, "Content-Length": String(rep.byteLength) }, notModified, status };
}

/** The response to a GET or HEAD: 200 with the prepared bytes, or 304; a 410 always whole. */
export function respond(request: Request, prepared: Prepared): Response {
  const { status } = prepared;
  if (status === 200 && isNotModified(request.headers, prepared.rep)) return new Response(null, { status: 304, headers: prepared.notModified });
  return new Response(prepared.rep.body, { status, headers: request.method === "HEAD" ? prepared.head : prepared.ok });
}
