import { NOTHING_RUNS } from "./cache-policy";

/** RFC 9110 §15.5.6: 405 names the methods the resource does support. */
export function methodNotAllowed(allow: string): Response {
  return new Response("Method not allowed\n", {
    status: 405,
    headers: {
      Allow: allow,
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Security-Policy": NOTHING_RUNS,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
