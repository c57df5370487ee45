import { mediaKey } from "../media/media-store";
import { NOTHING_RUNS } from "./cache-policy";
import { isNotModified } from "./conditional-get";
import { representation } from "./representation";

/**
 * How long a picture may be kept. Uploaded through Micropub, it is named by the
 * hash of its bytes, so its address never shows other bytes: a year, immutable.
 * Named by an editor (`media/` next to items/), it could be replaced: a day.
 */
const HASHED = "public, max-age=31536000, immutable";
const NAMED = "public, max-age=86400, stale-while-revalidate=604800";

/**
 * `/media/NAME` from the media store (R2), with its type and length, a strong
 * tag (R2's, an MD5 of the bytes) and conditional GET: a reader's tag is checked
 * by R2, and a match answers 304 without reading the bytes. Null when there is
 * no such picture.
 */
export async function serveMedia(bucket: R2Bucket, request: Request, path: string): Promise<Response | null> {
  const key = mediaKey(path);
  if (!key) return null;
  const tag = request.headers.get("If-None-Match")?.trim().replace(/^W\//, "");
  const single = tag && /^"[^",]*"$/.test(tag) ? tag.slice(1, -1) : undefined;
  const object = await bucket.get(key, single ? { onlyIf: { etagDoesNotMatch: single } } : undefined);
  if (!object) return null;
  const modified = Math.floor(object.uploaded.getTime() / 1000);
  const headers: Record<string, string> = {
    "Content-Type": object.httpMetadata?.contentType ?? "application/octet-stream",
    ETag: object.httpEtag,
    "Last-Modified": new Date(modified * 1000).toUTCString(),
    "Cache-Control": /^[0-9a-f]{32}\./.test(key) ? HASHED : NAMED,
    "Access-Control-Allow-Origin": "*",
    "Content-Security-Policy": NOTHING_RUNS,
    "X-Content-Type-Options": "nosniff",
  };
  const rep = representation("", headers["Content-Type"]!, object.httpEtag, modified);
  if (!("body" in object) || isNotModified(request.headers, rep)) {
    const { "Content-Type": _, ...kept } = headers;
    return new Response(null, { status: 304, headers: kept });
  }
  return new Response(object.body, { headers: { ...headers, "Content-Length": String(object.size) } });
}
