import type { Context } from "hono";
import { authorize } from "../../http/authorize";
import { MAX_MEDIA_BYTES, storeMedia } from "../../media/media-store";

/**
 * `PUT /publish/media/NAME`: a picture of `media/` (next to items/), stored under
 * its own name, so that an item's `image.url: /media/NAME` shows it. The bytes
 * say what it is; the name's extension must agree.
 */
export async function publishMedia(c: Context<{ Bindings: Env }>): Promise<Response> {
  const holder = await authorize(c.env.DB, c.req.raw, "media");
  if (holder instanceof Response) return holder;
  const name = c.req.param("name") ?? "";
  const length = Number(c.req.header("Content-Length") ?? "0");
  if (length > MAX_MEDIA_BYTES) return refused(name, `${length} bytes, over the limit of ${MAX_MEDIA_BYTES} bytes (10 MiB)`);
  const stored = await storeMedia(c.env.MEDIA, new Uint8Array(await c.req.arrayBuffer()), name);
  if ("problem" in stored) return refused(name, stored.problem);
  return Response.json(stored, { status: 201, headers: { Location: stored.path } });
}

/** `GET /publish/media`: the pictures the store holds, as `{ NAME: SHA-256 }`, so that unchanged ones are not sent again. */
export async function publishedMedia(c: Context<{ Bindings: Env }>): Promise<Response> {
  const holder = await authorize(c.env.DB, c.req.raw, "media");
  if (holder instanceof Response) return holder;
  const media: Record<string, string> = {};
  let cursor: string | undefined;
  do {
    const listed = await c.env.MEDIA.list({ include: ["customMetadata"], ...(cursor && { cursor }) });
    for (const object of listed.objects) media[object.key] = object.customMetadata?.sha256 ?? "";
    cursor = listed.truncated ? listed.cursor : undefined;
  } while (cursor);
  return Response.json({ media }, { headers: { "Cache-Control": "no-store" } });
}

function refused(name: string, problem: string): Response {
  return Response.json({ error: "invalid_request", error_description: `media/${name} → file: ${problem}` }, { status: 400 });
}
