import { parseFragment, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["childNode"];

/** Elements that run, load or redirect something by being there. */
const ACTIVE = new Set(["script", "iframe", "frame", "frameset", "meta", "base", "object", "embed", "applet", "link", "style", "form", "svg", "math", "template"]);
/** Attributes a browser reads as an address. */
const ADDRESSES = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "srcset", "ping"]);

/**
 * What of an HTML fragment could run or load something in a browser, parsed as
 * one parses it (parse5): each active element, handler attribute (`on…`),
 * `srcdoc` and `javascript:`, `vbscript:` or `data:` address, as a line saying
 * which element holds it. Empty when the fragment is inert.
 */
export function unsafeMarkup(html: string): string[] {
  const found: string[] = [];
  const visit = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (!("tagName" in node)) continue;
      if (ACTIVE.has(node.tagName)) found.push(`<${node.tagName}> element`);
      for (const { name, value } of node.attrs) {
        if (name.startsWith("on")) found.push(`<${node.tagName} ${name}="${value}">`);
        if (name === "srcdoc") found.push(`<${node.tagName} srcdoc>`);
        // A browser drops tabs and line breaks from a URL and ignores leading white space.
        if (ADDRESSES.has(name) && /^(?:javascript|vbscript|data):/i.test(value.replace(/[\t\n\r]/g, "").trimStart())) {
          found.push(`<${node.tagName} ${name}="${value}">`);
        }
      }
      visit(node.childNodes);
      if (node.tagName === "template") visit((node as DefaultTreeAdapterMap["template"]).content.childNodes);
    }
  };
  visit(parseFragment(html).childNodes);
  return found;
}
