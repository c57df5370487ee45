import { Feed } from "feed";
import type { Entry, FeedDoc } from "./feed-doc";
import { GENERATOR } from "./generator";
import { FH_NAMESPACE, historyLinks } from "./history-links";
import { hubLinks } from "./hub-links";
import { AT_NAMESPACE, tombstoneLines } from "./tombstone-lines";
import { XmlSlots } from "./xml-slots";

/** Atom 1.0 (RFC 4287), rendered by `feed`, with what `feed` cannot write added. */
export function renderAtom(doc: FeedDoc): string {
  const slots = new XmlSlots();
  const feed = new Feed({
    id: slots.text(doc.id),
    title: slots.text(doc.title),
    description: slots.text(doc.description),
    link: doc.home,
    feedLinks: { atom: doc.self.atom },
    updated: doc.updated,
    generator: GENERATOR,
    author: person(doc.author, slots),
    favicon: slots.text(doc.icon),
    copyright: slots.text(doc.copyright),
  });
  for (const e of doc.entries) {
    feed.addItem({
      // feed wraps it in CDATA typed html; retyped as text below.
      title: slots.text(e.title),
      id: e.id,
      link: e.url,
      date: e.updated,
      published: e.published,
      description: slots.text(e.summary),
      content: slots.cdata(e.html),
      author: e.authors.map((a) => person(a, slots)),
      category: e.categories.map((term) => ({ term: slots.text(term) })),
    });
  }
  return slots.fill(withEntryExtras(feed.atom1(), doc, slots));
}

function person(p: FeedDoc["author"], slots: XmlSlots) {
  return {
    name: slots.text(p.name),
    ...(p.email && { email: slots.text(p.email) }),
    ...(p.url && { link: p.url }),
  };
}

/**
 * Adds what `feed` 6.0.0 never writes: `xml:lang` (RFC 4287 §2, on the feed and on
 * entries in another language), hub and archive links and RFC 6721 tombstones
 * after the self link, the image as an enclosure link with its real media
 * type (`feed` derives `image/jpg` from the extension), and the source as a `via`
 * link, after the alternate link, which simple readers take as the entry's link.
 * Titles and summaries become Text constructs of type text (§3.1.1.1), always:
 * typed html, feedparser hands "&amp;" to its users and several readers show a
 * title such as "Pourquoi </script>" escaped twice. The W3C validator warns when a
 * text construct holds what looks like an HTML end tag; the text is right, the
 * warning is its price (README, "How text is written"). Runs before the slots are
 * filled, so every tag matched here is feed's own.
 */
function withEntryExtras(xml: string, doc: FeedDoc, slots: XmlSlots): string {
  let index = 0;
  const out = xml
    .replace('<feed xmlns="http://www.w3.org/2005/Atom">', () => {
      const fh = doc.history ? ` xmlns:fh="${FH_NAMESPACE}"` : "";
      const at = doc.tombstones ? ` xmlns:at="${AT_NAMESPACE}"` : "";
      return `<feed xmlns="http://www.w3.org/2005/Atom"${fh}${at} xml:lang="${slots.text(doc.language)}">`;
    })
    .replace(/^( *)(<link rel="self" href="[^"]*"\/>)$/m, (_, indent: string, self: string) =>
      [self, ...hubLinks(doc, "link"), ...historyLinks(doc, "link", "atom", "application/atom+xml"), ...tombstoneLines(doc)].map((line) => indent + line).join("\n"),
    )
    .replace(/^( *)<entry>\n([\s\S]*?)^\1<\/entry>$/gm, (_, indent: string, body: string) => {
      const e = doc.entries[index++]!;
      const lang = e.language === doc.language ? "" : ` xml:lang="${slots.text(e.language)}"`;
      const links = extraLinks(e, slots).map((link) => `\n${indent}    ${link}`).join("");
      const inner = body
        .replace(/<(title|summary) type="html"><!\[CDATA\[(\uFDD0\d+\uFDD1)\]\]><\/\1>/g, '<$1 type="text">$2</$1>')
        .replace(/^( *<link href="[^"]*"\/>)$/m, `$1${links}`);
      return `${indent}<entry${lang}>\n${inner}${indent}</entry>`;
    });
  if (index !== doc.entries.length) throw new Error(`atom: found ${index} <entry> tags for ${doc.entries.length} entries`);
  return out;
}

function extraLinks(e: Entry, slots: XmlSlots): string[] {
  const links: string[] = [];
  if (e.image) {
    const length = e.image.length ? ` length="${e.image.length}"` : "";
    links.push(`<link rel="enclosure" href="${slots.text(e.image.url)}" type="${slots.text(e.image.type)}"${length}/>`);
  }
  if (e.source) {
    links.push(`<link rel="via" href="${slots.text(e.source.url)}" title="${slots.text(e.source.name)}"/>`);
  }
  return links;
}
