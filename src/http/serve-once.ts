import type { Context } from "hono";
import { oncePerIsolate } from "./once-per-isolate";
import { representation } from "./representation";
import { respond } from "./respond";

export interface Made {
  text: string;
  contentType: string;
  /** The newest change among the items the text shows: its Last-Modified. */
  modified?: Date;
}

/**
 * Answers a GET or HEAD with bytes made once per isolate for this path, base URL
 * (the origin every link in them starts with) and variant (a feed, or the page
 * about it), with conditional GET on them.
 */
export async function serveOnce(
  c: Context,
  base: string,
  variant: string,
  make: () => Made,
  policy: Readonly<Record<string, string>>,
) {
  const rep = await oncePerIsolate(`${variant} ${base}${c.req.path}`, async () => {
    const { text, contentType, modified } = make();
    return representation(text, contentType, modified);
  });
  return respond(c.req.raw, rep, policy);
}
