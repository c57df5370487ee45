import type { Context } from "hono";
import { authorize } from "../../http/authorize";
import { baseUrl } from "../../http/base-url";
import type { Item } from "../../items/item";
import { absolute, href } from "../../urls";
import type { Entry } from "./entry-fields";
import { micropubError } from "./micropub-error";
import type { Properties } from "./micropub-request";
import { postRow } from "./post-row";

/**
 * `GET /micropub?q=…` (Micropub §3.7): `config` (the media endpoint, no
 * syndication targets, the queries answered), `syndicate-to` (none), and
 * `source&url=…` (a post's properties as stored, all or `properties[]=…`). For a
 * post published another way (items/, an agency), its properties are made from
 * the item: an app can show it, not change it.
 */
export async function micropubQuery(c: Context<{ Bindings: Env }>): Promise<Response> {
  const holder = await authorize(c.env.DB, c.req.raw, ["create", "update"]);
  if (holder instanceof Response) return holder;
  const base = baseUrl(c.env.BASE_URL);
  const q = c.req.query("q");
  switch (q) {
    case "config":
      return json({ "media-endpoint": `${base}/micropub/media`, "syndicate-to": [], q: ["config", "source", "syndicate-to"] });
    case "syndicate-to":
      return json({ "syndicate-to": [] });
    case "source": {
      const url = c.req.query("url");
      if (!url) return micropubError(400, "invalid_request", "url: required, the post's address");
      const found = await postSource(c.env.DB, url, base);
      if ("problem" in found) return micropubError(400, "invalid_request", found.problem);
      const wanted = [...c.req.queries("properties[]") ?? [], ...(c.req.queries("properties") ?? [])];
      if (wanted.length === 0) return json(found);
      return json({ properties: Object.fromEntries(wanted.filter((name) => name in found.properties).map((name) => [name, found.properties[name]])) });
    }
    default:
      return micropubError(400, "invalid_request", `q: ${JSON.stringify(q ?? "")} is none of config, source, syndicate-to`);
  }
}

/** A post's source: the entry as Micropub stored it, or one made from another path's item. */
async function postSource(db: D1Database, url: string, base: string): Promise<{ type: string[]; properties: Properties } | { problem: string }> {
  const row = await postRow(db, url, base, false, true);
  if ("problem" in row) return row;
  if (row.origin === "micropub") {
    const entry = JSON.parse(row.source!) as Entry;
    return { type: [entry.type], properties: entry.properties };
  }
  const item = JSON.parse(row.item) as Item;
  return {
    type: ["h-entry"],
    properties: {
      name: [item.title],
      content: [{ html: item.html.replaceAll(/ (href|src)="\//g, ` $1="${base}/`) }],
      summary: [item.summary],
      published: [item.date],
      ...(item.updated && { updated: [item.updated] }),
      ...(item.categories.length && { category: item.categories }),
      ...(item.image?.url && { photo: [item.image.alt ? { value: absolute(item.image.url, base), alt: item.image.alt } : absolute(item.image.url, base)] }),
      url: [href(base, `/articles/${item.slug}`)],
    },
  };
}

function json(body: unknown): Response {
  return Response.json(body, { headers: { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
}
