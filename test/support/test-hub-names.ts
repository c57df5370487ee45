/** The local WebSub hubs of the websub tests (test/support/test-hubs.ts), by the public hub each answers like. */
export const TEST_HUBS = ["google", "switchboard"] as const;

/** A ping as a local hub took it. */
export interface Ping {
  hub: string;
  contentType: string;
  userAgent: string;
  /** Every form field, in order. */
  fields: [string, string][];
  /** What the hub answered; 0 when it never did. */
  status: number;
}
