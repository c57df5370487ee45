import type { IncomingHttpHeaders } from "node:http";

/** Headers the runtime writes itself, whatever the Worker says. */
const RUNTIME_HEADERS = new Set(["content-length", "date", "connection", "keep-alive", "transfer-encoding"]);

/**
 * The control: a bare Worker (an ES module) that answers every request with the
 * app's feed response as constants (the same body and the same headers:
 * Content-Type, ETag, Cache-Control, Vary…), with no routing, no framework, no
 * store. The gap between the two is what the app does per request beyond what
 * the runtime itself costs to send those bytes.
 */
export function controlWorker(body: string, headers: IncomingHttpHeaders): string {
  const constant = Object.fromEntries(
    Object.entries(headers).filter(([name, value]) => !RUNTIME_HEADERS.has(name) && typeof value === "string"),
  );
  return `const BODY = ${JSON.stringify(body)};
const HEADERS = ${JSON.stringify(constant)};
export default {
  fetch() {
    return new Response(BODY, { headers: HEADERS });
  },
};
`;
}
