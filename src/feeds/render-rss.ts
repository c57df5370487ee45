import { Feed, type Extension } from "feed";
import { escapeHtml } from "../text/escape-html";
import type { FeedDoc } from "./feed-doc";
import { GENERATOR } from "./generator";
import { FH_NAMESPACE, historyLinks } from "./history-links";
import { hubLinks } from "./hub-links";
import { XmlSlots } from "./xml-slots";

/** RSS 2.0 (https://www.rssboard.org/rss-specification), rendered by `feed`. */
export function renderRss(doc: FeedDoc): string {
  const slots = new XmlSlots();
  const feed = new Feed({
    title: slots.plain(doc.title),
    description: slots.plain(doc.description),
    link: doc.home,
    language: slots.text(doc.language),
    image: slots.text(doc.icon),
    copyright: slots.plain(doc.copyright),
    updated: doc.updated,
    generator: GENERATOR,
    feedLinks: { rss: doc.self.rss },
  });
  for (const e of doc.entries) {
    // RSS 2.0's <author> is one email address. Where there are several authors or
    // one has no address, all go in dc:creator instead: the RSS Profile advises
    // against using both, and the W3C validator against two <author>s.
    const byEmail = e.authors.length === 1 && e.authors[0]!.email !== undefined;
    const extensions: Extension[] = [
      // Replaces the CDATA title `feed` writes: plain text, the RSS Profile's way.
      { name: "title", objects: { _text: slots.plain(e.title) } },
    ];
    if (!byEmail) {
      const creators = e.authors.map((a) => ({ _text: slots.plain(a.name) }));
      extensions.push({ name: "dc:creator", objects: creators as unknown as Extension["objects"] });
    }
    feed.addItem({
      title: e.title,
      guid: slots.text(e.id),
      link: e.url,
      date: e.updated,
      published: e.published,
      description: slots.cdata(escapeHtml(e.summary)),
      content: slots.cdata(e.html),
      ...(byEmail && { author: e.authors.map((a) => ({ name: slots.plain(a.name), email: slots.plain(a.email!) })) }),
      category: e.categories.map((name) => ({ name: slots.plain(name) })),
      // Only url, type and length: `feed` writes every key of an enclosure as an attribute.
      ...(e.image && { enclosure: { url: e.image.url, type: e.image.type, length: e.image.length ?? 0 } }),
      extensions,
    });
  }
  return slots.fill(withLinks(feed.rss2(), doc));
}

/** WebSub hubs and RFC 5005 links after feed's self link, in the Atom namespace RSS already declares. */
function withLinks(xml: string, doc: FeedDoc): string {
  const history = historyLinks(doc, "atom:link", "rss", "application/rss+xml");
  const lines = [...hubLinks(doc, "atom:link"), ...history];
  if (lines.length === 0) return xml;
  return xml
    .replace('<rss version="2.0"', (rss) => (history.length > 0 ? `${rss} xmlns:fh="${FH_NAMESPACE}"` : rss))
    .replace(/^( *)(<atom:link href="[^"]*" rel="self" type="application\/rss\+xml"\/>)$/m, (_, indent: string, self: string) =>
      [self, ...lines].map((line) => indent + line).join("\n"),
    );
}
