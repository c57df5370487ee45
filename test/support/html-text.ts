import { decodeHTML } from "entities";

/** The text of each `<p>` in an HTML fragment, entities decoded. */
export function paragraphs(html: string): string[] {
  return [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => decodeHTML(m[1]!.replace(/<[^>]*>/g, "")));
}

/** An HTML fragment as text: tags dropped, entities decoded. */
export function htmlText(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, ""));
}
