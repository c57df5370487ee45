/** A response body prepared once, with the validators of RFC 9110 §8.8. */
export interface Representation {
  /** Sent as a string: workerd writes a string body a little faster than a byte array. */
  body: string;
  /** Its length in UTF-8 bytes. */
  byteLength: number;
  contentType: string;
  /** Strong entity tag (§8.8.3): a hash of exactly these bytes. */
  etag: string;
  /** IMF-fixdate (§5.6.7) of the newest change among what the body shows, if it shows items. */
  lastModified?: string;
  /** The same instant, in whole seconds as HTTP dates carry it, for If-Modified-Since. */
  modifiedSeconds?: number;
}

/**
 * Encodes `text` and hashes its bytes (SHA-256, the first 128 bits in base64url:
 * collisions are out of reach and the tag stays short).
 */
export async function representation(text: string, contentType: string, modified?: Date): Promise<Representation> {
  const bytes = new TextEncoder().encode(text);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)).slice(0, 16);
  const tag = btoa(String.fromCharCode(...digest)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const rep: Representation = { body: text, byteLength: bytes.byteLength, contentType, etag: `"${tag}"` };
  if (modified) {
    rep.modifiedSeconds = Math.floor(modified.getTime() / 1000);
    rep.lastModified = new Date(rep.modifiedSeconds * 1000).toUTCString();
  }
  return rep;
}
