import { writeFileSync } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";

/** Headers the runtime writes itself, whatever the Worker says. */
const RUNTIME_HEADERS = new Set(["content-length", "date", "connection", "keep-alive", "transfer-encoding"]);

/**
 * Writes the control: a bare Worker that answers every request with the app's
 * feed response as constants (the same body and the same headers: Content-Type,
 * ETag, Cache-Control, Vary…), with no routing, no framework and no rendering.
 * The gap between the two is what the app does per request beyond what the
 * runtime itself costs to send those bytes.
 */
export function writeControlWorker(path: string, body: string, headers: IncomingHttpHeaders): string {
  const constant = Object.fromEntries(
    Object.entries(headers).filter(([name, value]) => !RUNTIME_HEADERS.has(name) && typeof value === "string"),
  );
  writeFileSync(
    path,
    `const BODY = ${JSON.stringify(body)};
const HEADERS = ${JSON.stringify(constant)};
export default {
  fetch() {
    return new Response(BODY, { headers: HEADERS });
  },
};
`,
  );
  return path;
}
