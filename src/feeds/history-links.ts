import { escapeHtml } from "../text/escape-html";
import type { FeedDoc, FeedUrls } from "./feed-doc";

/** RFC 5005's namespace, for `fh:archive`. */
export const FH_NAMESPACE = "http://purl.org/syndication/history/1.0";

/**
 * The archive links of RFC 5005 §4 as XML lines, written with `tag` (`link` in
 * Atom, `atom:link` in RSS) for the format `format`: `current`, `prev-archive`,
 * `next-archive`, and `fh:archive` on an archive page. Empty for a feed without
 * archive pages.
 */
export function historyLinks(doc: FeedDoc, tag: string, format: keyof FeedUrls, type: string): string[] {
  const { history } = doc;
  if (!history) return [];
  const link = (rel: string, urls: FeedUrls) => `<${tag} rel="${rel}" type="${type}" href="${escapeHtml(urls[format])}"/>`;
  return [
    ...(history.archive ? ["<fh:archive/>", link("current", history.current)] : []),
    ...(history.prev ? [link("prev-archive", history.prev)] : []),
    ...(history.next ? [link("next-archive", history.next)] : []),
  ];
}
