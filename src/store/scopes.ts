/** The scopes a publishing token may hold (Micropub's names, RFC 6749 §3.3). */
export const SCOPES = ["create", "update", "delete", "media"] as const;
export type Scope = (typeof SCOPES)[number];
