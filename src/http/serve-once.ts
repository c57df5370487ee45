import type { Context } from "hono";
import { oncePerIsolate } from "./once-per-isolate";
import { representation } from "./representation";
import { prepare, respond } from "./respond";

export interface Made {
  text: string;
  contentType: string;
  /** The newest change among the items the text shows: its Last-Modified. */
  modified?: Date;
}

/**
 * Answers a GET or HEAD with bytes and headers made once per isolate for this
 * path, base URL (the origin every link in them starts with) and variant (a feed,
 * or the page about it), with conditional GET on them.
 */
export function serveOnce(
  c: Context,
  base: string,
  /** The request's path, as the route read it. */
  path: string,
  variant: string,
  make: () => Made,
  /** The response headers that are not the validators, asked for once. */
  policy: () => Readonly<Record<string, string>> | Promise<Readonly<Record<string, string>>>,
) {
  const prepared = oncePerIsolate(`${variant} ${base}${path}`, async () => {
    const { text, contentType, modified } = make();
    return prepare(await representation(text, contentType, modified), await policy());
  });
  return prepared instanceof Promise ? prepared.then((p) => respond(c.req.raw, p)) : respond(c.req.raw, prepared);
}
