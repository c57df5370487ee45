import type { Context } from "hono";
import { forgetDocuments } from "../http/documents";
import type { Published } from "./publisher";
import { publisher } from "./publisher-stub";

type Stub = ReturnType<typeof publisher>;

/**
 * The last step of the write path, for every dialect: `work` runs on the
 * Publisher, which stores and renders; this isolate forgets its copies of what
 * changed (under `wrangler dev` it is the only one); and the WebSub hubs are told
 * after the answer is sent (`waitUntil`), so that a hub never slows a publish.
 */
export async function runPublisher(c: Context<{ Bindings: Env }>, work: (stub: Stub) => Promise<Published>): Promise<Published> {
  const stub = publisher(c.env);
  const published = await work(stub);
  forgetDocuments(published.documents);
  if (published.feedsToTell > 0) c.executionCtx.waitUntil(stub.tellHubs());
  return published;
}
