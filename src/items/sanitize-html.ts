import { parseFragment, type DefaultTreeAdapterMap } from "parse5";
import { cleanText } from "../text/clean-text";
import { escapeHtml } from "../text/escape-html";
import { resolveUrl } from "./resolve-url";

type Node = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];

/**
 * What an attribute may hold: an address (resolved as in Markdown), text, a
 * value matching a pattern, or nothing (a flag such as `data-footnote-ref`,
 * written without a value whatever it held).
 */
type Rule = "url" | "text" | "flag" | RegExp;

/** The id of the footnotes' heading, which each mark names as what describes it. */
const FOOTNOTE_LABEL = /^footnote-label$/;

/**
 * What Markdown produces, GFM and footnotes included (element → its attributes
 * and what each may hold), and so all that any body may keep.
 */
const KEPT: Readonly<Record<string, Readonly<Record<string, Rule>>>> = {
  // Footnotes' ids are numbers (`renderMarkdown` numbers them): `footnote-2`, `footnote-ref-2-3`.
  p: {}, br: {}, hr: {}, h1: {}, h2: { id: FOOTNOTE_LABEL }, h3: {}, h4: {}, h5: {}, h6: {},
  strong: {}, em: {}, del: {}, pre: {}, blockquote: {}, sup: {}, sub: {},
  code: { class: /^language-\S{1,64}$/ },
  ul: {}, ol: { start: /^\d{1,9}$/ }, li: { id: /^footnote-\d{1,4}$/ },
  // GFM task lists: a box that shows whether the item is done, and cannot be changed.
  input: { checked: "flag", disabled: "flag", type: /^checkbox$/ },
  table: {}, thead: {}, tbody: {}, tr: {}, th: { align: /^(?:left|right|center)$/ }, td: { align: /^(?:left|right|center)$/ },
  a: {
    href: "url", title: "text",
    // A footnote's mark and its way back (the WAI-ARIA pattern GitHub's footnotes follow).
    id: /^footnote-ref-\d{1,4}(?:-\d{1,4})?$/, "aria-describedby": FOOTNOTE_LABEL, "aria-label": "text",
    "data-footnote-ref": "flag", "data-footnote-backref": "flag",
  },
  img: { src: "url", alt: "text", title: "text" },
  section: { class: /^footnotes$/, "data-footnotes": "flag" },
};
/** Other spellings of the same thing. */
const SAME: Readonly<Record<string, string>> = { b: "strong", i: "em", s: "del", strike: "del" };
/** Elements whose content is not text for a reader: dropped whole, content and all. */
const DROPPED = new Set(["script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "textarea", "select", "canvas", "audio", "video", "head", "title"]);
const VOID = new Set(["br", "hr", "img", "input"]);

/**
 * Every item's body on its way to the store, whatever wrote it (Markdown and its
 * extensions, Micropub's `{"html": …}`, an agency's body), made into what an
 * item's Markdown may produce: parsed as a browser parses it (parse5, the WHATWG
 * algorithm), then written anew from the kept elements and attributes only, so
 * the result is well formed and nothing a renderer let through reaches a page or
 * a feed reader. Scripts, styles and frames go with their content; other
 * elements give up their tags and keep their text; every attribute outside the
 * list goes (`onerror`, `style`), and so does one whose value does not fit; a
 * link or image keeps only an http(s), mailto or site address, resolved against
 * the item's page (so `#footnote-1` stays on it when read from a feed).
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
  const kept = new Set<string>();
  for (const { name: attribute, value } of element.attrs) {
    const rule = Object.hasOwn(allowed, attribute) ? allowed[attribute] : undefined;
    const written = rule && attributeValue(rule, value, pagePath);
    if (written === undefined) continue;
    kept.add(attribute);
    attributes.push(rule === "flag" ? ` ${attribute}` : ` ${attribute}="${escapeHtml(written)}"`);
  }
  // A link or image left with no address is no link: its text stays, an image's alt text.
  if (name === "a" && !kept.has("href")) return inner;
  if (name === "img" && !kept.has("src")) {
    const alt = element.attrs.find((a) => a.name === "alt")?.value;
    return alt ? escapeHtml(cleanText(alt)) : "";
  }
  // An input is kept only as a task list's box, which no one can tick.
  if (name === "input" && !(kept.has("type") && kept.has("disabled"))) return "";
  return VOID.has(name) ? `<${name}${attributes.join("")}>` : `<${name}${attributes.join("")}>${inner}</${name}>`;
}

/** The value an attribute is written with, or undefined when it is not kept. */
function attributeValue(rule: Rule, value: string, pagePath: string): string | undefined {
  if (rule === "url") return resolveUrl(value, pagePath);
  if (rule === "flag") return "";
  const text = cleanText(value);
  if (rule === "text") return text;
  return rule.test(text) ? text : undefined;
}
