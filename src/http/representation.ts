/** A response body held in memory, with the validators of RFC 9110 §8.8. */
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

/** A representation of `body`, whose tag and Last-Modified (seconds) are already known. */
export function representation(body: string, contentType: string, etag: string, modified: number | null): Representation {
  const rep: Representation = { body, byteLength: new TextEncoder().encode(body).byteLength, contentType, etag };
  if (modified !== null) {
    rep.modifiedSeconds = modified;
    rep.lastModified = new Date(modified * 1000).toUTCString();
  }
  return rep;
}
