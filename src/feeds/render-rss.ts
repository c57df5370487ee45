import { Feed, type Extension } from "feed";
import { escapeHtml } from "../text/escape-html";
import type { FeedDoc } from "./feed-doc";
import { GENERATOR } from "./generator";
import { XmlSlots } from "./xml-slots";

/** RSS 2.0 (https://www.rssboard.org/rss-specification), rendered by `feed`. */
export function renderRss(doc: FeedDoc): string {
  const slots = new XmlSlots();
  const feed = new Feed({
    title: slots.text(doc.title),
    description: slots.text(doc.description),
    link: doc.home,
    language: slots.text(doc.language),
    image: slots.text(doc.icon),
    copyright: slots.text(doc.copyright),
    updated: doc.updated,
    generator: GENERATOR,
    feedLinks: { rss: doc.self.rss },
  });
  for (const e of doc.entries) {
    // RSS 2.0's <author> must be an email address; a name alone goes in dc:creator.
    const creators = e.authors.filter((a) => !a.email).map((a) => ({ _text: slots.text(a.name) }));
    feed.addItem({
      title: slots.cdata(e.title),
      guid: slots.text(e.id),
      link: e.url,
      date: e.updated,
      published: e.published,
      description: slots.cdata(escapeHtml(e.summary)),
      content: slots.cdata(e.html),
      author: e.authors
        .filter((a) => a.email)
        .map((a) => ({ name: slots.text(a.name), email: slots.text(a.email!) })),
      category: e.categories.map((name) => ({ name: slots.text(name) })),
      // Only url, type and length: `feed` writes every key of an enclosure as an attribute.
      ...(e.image && { enclosure: { url: e.image.url, type: e.image.type, length: e.image.length ?? 0 } }),
      ...(creators.length > 0 && {
        extensions: [{ name: "dc:creator", objects: creators as unknown as Extension["objects"] }],
      }),
    });
  }
  return slots.fill(feed.rss2());
}
