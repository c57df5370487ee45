/**
 * A strong entity tag (RFC 9110 §8.8.3) for exactly these bytes: the first 128
 * bits of their SHA-256, base64url. Collisions are out of reach and the tag stays
 * short; the same bytes always give the same tag, so a document rendered again
 * unchanged keeps it and readers keep getting 304.
 */
export async function entityTag(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)).slice(0, 16);
  return `"${btoa(String.fromCharCode(...digest)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}"`;
}
