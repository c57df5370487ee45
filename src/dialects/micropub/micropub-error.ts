/** A Micropub error (§3.8, §4.1.1): a JSON body with `error` and `error_description`. */
export function micropubError(status: 400 | 403 | 404, error: string, description: string): Response {
  return Response.json({ error, error_description: description }, { status, headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
}
