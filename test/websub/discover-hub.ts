/**
 * Hub discovery as websub.rocks does it for a publisher (aaronpk/websub.rocks,
 * app/Publisher.php and views/publisher/index.php, read at c9e24b8; written
 * anew, not copied): one GET, then hub and self URLs from each place it looks,
 * by its rules, and its verdict.
 *
 * - `Link` header fields: values split at ", ", parameters at "; ", the first
 *   `rel=` taken, unquoted, split at spaces; URLs kept once per rel, as written.
 * - HTML (when the Content-Type says text/html): `<link href>` elements that are
 *   children of `<head>` or `<body>`; `rel` split at white space; every one counted.
 * - Atom and RSS (when the Content-Type says xml): Atom-namespace `link` elements
 *   that are children of the root `feed` or of `/rss/channel`; `rel` must equal
 *   `hub` or `self`; every one counted.
 * - Priority: the header's list when it has any, else the body's; for hub and
 *   self apart.
 */
import { parse } from "parse5";
import { SaxesParser } from "saxes";

const ATOM = "http://www.w3.org/2005/Atom";

export interface Found {
  hub: string[];
  self: string[];
}

/** The verdict of websub.rocks' publisher page, in its order of checks (A2–A7). */
export function verdict({ hub, self }: Found): string {
  if (hub.length === 0 && self.length === 0) return "A2: no hub and no self";
  if (self.length === 0) return "A3: a hub but no self";
  if (hub.length === 0) return "A4: a self but no hub";
  if (self.length > 1) return `A5: ${self.length} self URLs, where exactly one is required`;
  return hub.length === 1 ? "A6: found the hub" : "A7: found several hubs";
}

/** What websub.rocks finds in `response`, by its priority. */
export async function discover(response: Response): Promise<Found> {
  const header = fromLinkHeader(response.headers.get("Link"));
  const type = response.headers.get("Content-Type") ?? "";
  const text = await response.text();
  const body = type.includes("text/html") ? fromHtml(text) : type.includes("xml") ? fromFeed(text) : { hub: [], self: [] };
  return { hub: header.hub.length > 0 ? header.hub : body.hub, self: header.self.length > 0 ? header.self : body.self };
}

/** Hub and self from the Link header alone. */
export function fromLinkHeader(field: string | null): Found {
  const found: Found = { hub: [], self: [] };
  for (const value of (field ?? "").split(", ")) {
    const [target = "", ...params] = value.split("; ");
    const rel = params.find((p) => p.startsWith("rel="));
    if (!rel) continue;
    const url = target.replace(/^</, "").replace(/>$/, "");
    for (const name of rel.slice(4).replace(/^"|"$/g, "").toLowerCase().split(" ")) {
      if ((name === "hub" || name === "self") && !found[name].includes(url)) found[name].push(url);
    }
  }
  return found;
}

/** Hub and self from an HTML document alone. */
export function fromHtml(html: string): Found {
  const found: Found = { hub: [], self: [] };
  const document = parse(html);
  const root = document.childNodes.find((n) => n.nodeName === "html");
  for (const section of root && "childNodes" in root ? root.childNodes : []) {
    if (section.nodeName !== "head" && section.nodeName !== "body") continue;
    for (const node of "childNodes" in section ? section.childNodes : []) {
      if (node.nodeName !== "link" || !("attrs" in node)) continue;
      const href = node.attrs.find((a) => a.name === "href")?.value;
      const rels = (node.attrs.find((a) => a.name === "rel")?.value ?? "").split(/\s+/);
      if (href === undefined) continue;
      for (const rel of rels) if (rel === "hub" || rel === "self") found[rel].push(href);
    }
  }
  return found;
}

/** Hub and self from an Atom or RSS document alone. */
export function fromFeed(xml: string): Found {
  const found: Found = { hub: [], self: [] };
  const path: { local: string; uri: string }[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const parent = path.map((p) => p.local).join("/");
    const underFeed = parent === "feed" && path[0]!.uri === ATOM;
    const underChannel = parent === "rss/channel" && path[0]!.uri === "";
    if (tag.local === "link" && tag.uri === ATOM && (underFeed || underChannel)) {
      const attribute = (name: string) => {
        const value = tag.attributes[name];
        return typeof value === "string" ? value : value?.value;
      };
      const href = attribute("href");
      const rel = attribute("rel");
      if (href !== undefined && (rel === "hub" || rel === "self")) found[rel].push(href);
    }
    path.push({ local: tag.local ?? tag.name, uri: tag.uri ?? "" });
  });
  parser.on("closetag", () => void path.pop());
  parser.write(xml).close();
  return found;
}
