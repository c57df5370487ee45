import { escapeHtml } from "../text/escape-html";
import type { FeedDoc } from "./feed-doc";

/**
 * WebSub discovery in the feed itself (W3C WebSub §4): an `atom:link rel="hub"`
 * per hub beside the self link, in Atom (`tag` = `link`) and in RSS (`atom:link`).
 * `feed` writes at most one hub; a newsroom may set several.
 */
export function hubLinks(doc: FeedDoc, tag: string): string[] {
  return (doc.hubs ?? []).map((hub) => `<${tag} rel="hub" href="${escapeHtml(hub)}"/>`);
}

/**
 * The HTTP Link header of a feed that advertises hubs (RFC 8288 §3; WebSub §4:
 * subscribers look here first): each hub, then exactly one self, in one field,
 * as hubs send it with each delivery. URLs are encoded, so none holds `>` or `, `.
 */
export function hubLinkHeader(hubs: readonly string[], self: string): string {
  return [...hubs.map((hub) => `<${hub}>; rel="hub"`), `<${self}>; rel="self"`].join(", ");
}
