import type { Context } from "hono";
import { authorize } from "../http/authorize";
import { runPublisher } from "./run-publisher";

/**
 * `POST /publish/rerender`: every document rendered again from the store (`npm
 * run dev` calls it when the code changes; a deployment does it by itself when
 * its version changes). Answers how many documents were rendered.
 */
export async function rerenderRoute(c: Context<{ Bindings: Env }>): Promise<Response> {
  const holder = await authorize(c.env.DB, c.req.raw, "update");
  if (holder instanceof Response) return holder;
  const { documents, pending } = await runPublisher(c, (stub) => stub.rerender());
  return Response.json({ documents: documents.length, ...(pending && { pending }) });
}
