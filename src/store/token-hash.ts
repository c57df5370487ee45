import { hexDigest } from "../text/hex-digest";

/** The hex SHA-256 of a token, as the store keeps it: what `npm run token` writes, what a request's token is compared with. */
export function tokenHash(token: string): Promise<string> {
  return hexDigest(new TextEncoder().encode(token));
}
