/** RFC 9110 §15.5.6: 405 names the methods the resource does support. */
export function methodNotAllowed(): Response {
  return new Response("Method not allowed\n", {
    status: 405,
    headers: { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });
}
