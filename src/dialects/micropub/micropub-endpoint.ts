import type { Context } from "hono";
import { authorize } from "../../http/authorize";
import { baseUrl } from "../../http/base-url";
import { makeItem } from "../../items/make-item";
import { storeMedia } from "../../media/media-store";
import { withMediaFacts } from "../../media/with-media-facts";
import type { Change, Outcome } from "../../publish/change";
import { runPublisher } from "../../publish/run-publisher";
import { freeSlug } from "../free-slug";
import { site } from "../../site";
import type { ItemRow } from "../../store/item-row";
import type { Scope } from "../../store/scopes";
import { hexDigest } from "../../text/hex-digest";
import { articlePath, href } from "../../urls";
import { applyUpdate } from "./apply-update";
import { entryFields, inProperties, type Entry } from "./entry-fields";
import { micropubError } from "./micropub-error";
import { micropubRequest, type MicropubRequest } from "./micropub-request";
import { postRow } from "./post-row";

type MicropubContext = Context<{ Bindings: Env }>;

const SCOPE: Record<MicropubRequest["action"], Scope> = { create: "create", update: "update", delete: "delete", undelete: "delete" };

/**
 * `POST /micropub` (W3C Micropub): creates an h-entry (form, multipart or JSON),
 * updates, deletes or undeletes one, through the one write path: the same
 * schema as items/, the same Publisher, every document that shows the post
 * rendered before the answer. 201 with the post's address, 202 when it is
 * scheduled, 204 for the other actions; errors as §3.8 gives them.
 */
export async function micropubPost(c: MicropubContext): Promise<Response> {
  const request = await micropubRequest(c.req.raw);
  const bodyToken = "problem" in request ? undefined : request.bodyToken;
  const holder = await authorize(c.env.DB, c.req.raw, "problem" in request ? "create" : SCOPE[request.action], bodyToken);
  if (holder instanceof Response) return holder;
  if ("problem" in request) return micropubError(400, "invalid_request", request.problem);
  const base = baseUrl(c.env.BASE_URL);
  switch (request.action) {
    case "create":
      return create(c, request, base);
    case "update": {
      const row = await postRow(c.env.DB, request.url, base);
      if ("problem" in row) return micropubError(400, "invalid_request", row.problem);
      const entry = JSON.parse(row.source!) as Entry;
      return save(c, { ...entry, properties: applyUpdate(entry.properties, request) }, base, row, 204);
    }
    case "delete": {
      const row = await postRow(c.env.DB, request.url, base);
      if ("problem" in row) return micropubError(400, "invalid_request", row.problem);
      const { outcomes } = await runPublisher(c, (stub) => stub.publish([{ kind: "delete", origin: "micropub", key: row.origin_key }]));
      return outcomes[0]?.result === "deleted" ? new Response(null, { status: 204 }) : micropubError(400, "invalid_request", `url: no post at ${request.url}`);
    }
    case "undelete": {
      const row = await postRow(c.env.DB, request.url, base, true);
      if ("problem" in row) return micropubError(400, "invalid_request", row.problem);
      return save(c, JSON.parse(row.source!) as Entry, base, row, 204);
    }
  }
}

/** A new entry: its photos (multipart files) stored as media first, then the post. */
async function create(c: MicropubContext, request: Extract<MicropubRequest, { action: "create" }>, base: string): Promise<Response> {
  if (request.type !== "h-entry") return micropubError(400, "invalid_request", `type: only h-entry is published, not ${request.type}`);
  const properties = { ...request.properties };
  for (const photo of request.photos) {
    const stored = await storeMedia(c.env.MEDIA, new Uint8Array(await photo.arrayBuffer()));
    if ("problem" in stored) return micropubError(400, "invalid_request", `photo: ${photo.name || "a file"}: ${stored.problem}`);
    properties.photo = [...(properties.photo ?? []), href(base, stored.path)];
  }
  return save(c, { type: request.type, properties, commands: request.commands }, base, undefined, 201);
}

/**
 * Validates an entry as an item and publishes it: a new one under a free slug,
 * an existing one (`row`) under its own id, slug and date. Problems are one line
 * each, named by the property (`name: must not be empty`).
 */
async function save(c: MicropubContext, entry: Entry, base: string, row: ItemRow | undefined, status: 201 | 204): Promise<Response> {
  const now = new Date().toISOString();
  const { data, body, naming } = entryFields(entry, base, now, row && { id: row.id, slug: row.slug, date: row.date });
  if (!row && data.slug === undefined) naming.slug = await freeSlug(c.env.DB, naming.slug);
  const parsed = makeItem(data, body, naming, site);
  if (!parsed.ok) {
    // With no name, the title is the start of the content: no content says it all.
    const untitled = !entry.properties.name && parsed.problems.includes(naming.empty);
    const problems = parsed.problems.filter((p) => !(untitled && p.startsWith("title:")));
    return micropubError(400, "invalid_request", problems.map(inProperties).join("\n"));
  }
  const item = await withMediaFacts(c.env.MEDIA, parsed.item, "photo");
  if ("problem" in item) return micropubError(400, "invalid_request", item.problem);
  const change: Change = {
    kind: "put",
    origin: "micropub",
    key: row?.origin_key ?? item.id,
    digest: await hexDigest(new TextEncoder().encode(JSON.stringify(entry))),
    item: { ...item, file: "micropub" },
    draft: parsed.draft,
    visibleFrom: item.date,
    source: entry,
  };
  const { outcomes } = await runPublisher(c, (stub) => stub.publish([change]));
  return answer(outcomes[0]!, base, status);
}

function answer(outcome: Outcome, base: string, status: 201 | 204): Response {
  if (outcome.result === "refused") return micropubError(400, "invalid_request", (outcome.problems ?? []).map(inProperties).join("\n"));
  const location = href(base, articlePath(outcome.slug!));
  if (status === 204) return new Response(null, { status: 204, headers: { Location: location } });
  // A post dated in the future is accepted, not yet shown (§3.3.1: 202 Accepted).
  return new Response(null, { status: outcome.state === "scheduled" ? 202 : 201, headers: { Location: location } });
}
