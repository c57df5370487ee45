import { STATIC_POLICY } from "./cache-policy";
import { entityTag } from "./entity-tag";
import { representation } from "./representation";
import { prepare, respond, type Prepared } from "./respond";

/**
 * A file of the site's own code (the copy script), with its entity tag worked
 * out on first use: served from memory, with conditional GET.
 */
export function staticFile(body: string, contentType: string): (request: Request) => Promise<Response> {
  let prepared: Promise<Prepared> | undefined;
  return async (request) => {
    prepared ??= entityTag(new TextEncoder().encode(body)).then((etag) => prepare(representation(body, contentType, etag, null), STATIC_POLICY));
    return respond(request, await prepared);
  };
}
