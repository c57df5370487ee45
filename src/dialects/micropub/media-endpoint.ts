import type { Context } from "hono";
import { authorize } from "../../http/authorize";
import { baseUrl } from "../../http/base-url";
import { MAX_MEDIA_BYTES, storeMedia } from "../../media/media-store";
import { href } from "../../urls";
import { micropubError } from "./micropub-error";

/**
 * `POST /micropub/media` (Micropub §3.6, the Media Endpoint): one file, named
 * `file`, in multipart form data; stored in the media store under the hash of
 * its bytes; 201 with its address, which a post's `photo` then names. A token
 * that may create posts may upload their pictures.
 */
export async function mediaEndpoint(c: Context<{ Bindings: Env }>): Promise<Response> {
  const holder = await authorize(c.env.DB, c.req.raw, ["media", "create"]);
  if (holder instanceof Response) return holder;
  const length = Number(c.req.header("Content-Length") ?? "0");
  // The form's own lines add a little to the file: refused before reading when well over.
  if (length > MAX_MEDIA_BYTES + 64 * 1024) return micropubError(400, "invalid_request", `file: over the limit of ${MAX_MEDIA_BYTES} bytes (10 MiB)`);
  let form: FormData;
  try {
    form = await c.req.raw.formData();
  } catch {
    return micropubError(400, "invalid_request", "send the file as multipart/form-data, in a part named file");
  }
  const files = form.getAll("file").filter((f): f is File => typeof f !== "string");
  if (files.length !== 1) return micropubError(400, "invalid_request", "file: exactly one file, in a part named file");
  const stored = await storeMedia(c.env.MEDIA, new Uint8Array(await files[0]!.arrayBuffer()));
  if ("problem" in stored) return micropubError(400, "invalid_request", `file: ${stored.problem}`);
  return new Response(null, { status: 201, headers: { Location: href(baseUrl(c.env.BASE_URL), stored.path) } });
}
