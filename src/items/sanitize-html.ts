import { parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { cleanText } from "../text/clean-text";
import { escapeHtml } from "../text/escape-html";
import { resolveUrl } from "./resolve-url";

type Node = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];

/** What an item's Markdown can produce, and what of it HTML content may keep (element → attributes). */
const KEPT: Readonly<Record<string, readonly string[]>> = {
  p: [], br: [], hr: [], h1: [], h2: [], h3: [], h4: [], h5: [], h6: [],
  strong: [], em: [], del: [], code: [], pre: [], blockquote: [], sup: [], sub: [],
  ul: [], ol: ["start"], li: [],
  table: [], thead: [], tbody: [], tr: [], th: ["align"], td: ["align"],
  a: ["href", "title"],
  img: ["src", "alt", "title"],
};
/** Other spellings of the same thing. */
const SAME: Readonly<Record<string, string>> = { b: "strong", i: "em", s: "del", strike: "del" };
/** Elements whose content is not text for a reader: dropped whole, content and all. */
const DROPPED = new Set(["script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "textarea", "select", "canvas", "audio", "video", "head", "title"]);
const VOID = new Set(["br", "hr", "img"]);

/**
 * HTML content (Micropub's `{"html": …}`, an agency's body) made into what an
 * item's Markdown may produce, whatever it held: parsed as a browser parses it
 * (parse5, the WHATWG algorithm), then written anew from the kept elements and
 * attributes only, so the result is well formed. Scripts, styles and frames go
 * with their content; other elements give up their tags and keep their text;
 * every attribute outside the list goes (`onerror`, `style`, `class`); a link or
 * image keeps only an http(s), mailto or site address, resolved as in Markdown.
 */
export function sanitizeHtml(html: string, pagePath: string): string {
  return write(parseFragment(html).childNodes, pagePath).trim() + "\n";
}

function write(nodes: readonly Node[], pagePath: string): string {
  return nodes.map((node) => writeNode(node, pagePath)).join("");
}

function writeNode(node: Node, pagePath: string): string {
  if (node.nodeName === "#text") return escapeHtml(cleanText((node as DefaultTreeAdapterMap["textNode"]).value));
  if (!("tagName" in node)) return ""; // comments, doctypes
  const element = node as Element;
  if (DROPPED.has(element.tagName)) return "";
  const name = SAME[element.tagName] ?? element.tagName;
  const inner = write(element.childNodes, pagePath);
  const allowed = KEPT[name];
  if (!allowed) return inner;
  const attributes: string[] = [];
  for (const { name: attribute, value } of element.attrs) {
    if (!allowed.includes(attribute)) continue;
    const kept = attribute === "href" || attribute === "src" ? resolveUrl(value, pagePath) : cleanText(value);
    if (kept === undefined) continue;
    if (attribute === "start" && !/^\d{1,9}$/.test(kept)) continue;
    if (attribute === "align" && !/^(?:left|right|center)$/.test(kept)) continue;
    attributes.push(` ${attribute}="${escapeHtml(kept)}"`);
  }
  // A link or image left with no address is no link: its text stays, an image's alt text.
  if (name === "a" && !attributes.some((a) => a.startsWith(" href="))) return inner;
  if (name === "img" && !attributes.some((a) => a.startsWith(" src="))) {
    const alt = element.attrs.find((a) => a.name === "alt")?.value;
    return alt ? escapeHtml(cleanText(alt)) : "";
  }
  return VOID.has(name) ? `<${name}${attributes.join("")}>` : `<${name}${attributes.join("")}>${inner}</${name}>`;
}
