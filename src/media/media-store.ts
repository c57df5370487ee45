import { hexDigest } from "../text/hex-digest";
import { extensionFits, imageKind } from "./image-kind";

/** The largest image the media store takes (stated in the README). */
export const MAX_MEDIA_BYTES = 10 * 1024 * 1024;
/** A media file's name: one path segment of letters, digits, dot, dash and underscore. */
export const MEDIA_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export interface StoredMedia {
  /** Its path on the site: `/media/NAME`. */
  path: string;
  type: string;
  length: number;
}

/**
 * Stores an image in the media bucket (R2), as `name`, or, without one, under
 * the SHA-256 of its bytes (an address that never changes). The bytes say what it
 * is; an image of another kind, an empty or oversized file, is refused with why.
 */
export async function storeMedia(bucket: R2Bucket, bytes: Uint8Array, name?: string): Promise<StoredMedia | { problem: string }> {
  if (bytes.byteLength === 0) return { problem: "empty file" };
  if (bytes.byteLength > MAX_MEDIA_BYTES) return { problem: `${bytes.byteLength} bytes, over the limit of ${MAX_MEDIA_BYTES} bytes (10 MiB)` };
  const kind = imageKind(bytes);
  if (!kind) return { problem: "not an image: JPEG, PNG, GIF, WebP or AVIF, told by its bytes" };
  const sha256 = await hexDigest(bytes);
  if (name !== undefined && !MEDIA_NAME.test(name)) return { problem: "not a media name: letters, digits, . - _" };
  if (name !== undefined && !extensionFits(name, kind.extension)) return { problem: `the bytes are ${kind.type}, the name says otherwise (.${kind.extension})` };
  const key = name ?? `${sha256.slice(0, 32)}.${kind.extension}`;
  await bucket.put(key, bytes, { httpMetadata: { contentType: kind.type }, customMetadata: { sha256 } });
  return { path: `/media/${key}`, type: kind.type, length: bytes.byteLength };
}

/** What the media store holds at a site path (`/media/NAME`): its type and length, or undefined. */
export async function mediaFacts(bucket: R2Bucket, path: string): Promise<{ type: string; length: number } | undefined> {
  const key = mediaKey(path);
  const object = key === undefined ? null : await bucket.head(key);
  return object ? { type: object.httpMetadata?.contentType ?? "application/octet-stream", length: object.size } : undefined;
}

/** The key of a media path, or undefined for a path outside /media/. */
export function mediaKey(path: string): string | undefined {
  const name = /^\/media\/([^/?#]+)$/.exec(path)?.[1];
  return name && MEDIA_NAME.test(name) ? name : undefined;
}
