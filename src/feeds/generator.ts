/** What the feeds name as their generator. */
export const GENERATOR = "feed-publisher (Hono, feed 6)";
