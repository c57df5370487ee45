import { Feed } from "feed";
import type { Entry, FeedDoc } from "./feed-doc";

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). `feed` 6.0.0 writes 1.0,
 * with one author and no language or attachments, so its output is read back and
 * brought up to 1.1 here.
 */
export function renderJsonFeed(doc: FeedDoc): string {
  const feed = new Feed({
    title: doc.title,
    description: doc.description,
    link: doc.home,
    feedLinks: { json: doc.self.json },
    image: doc.icon,
    updated: doc.updated,
  });
  for (const e of doc.entries) {
    feed.addItem({
      id: e.id,
      title: e.title,
      link: e.url,
      date: e.updated,
      published: e.published,
      description: e.summary,
      content: e.html,
      category: e.categories.map((name) => ({ name })),
      ...(e.image && { image: e.image.url }),
    });
  }
  const v1 = JSON.parse(feed.json1()) as { items: Record<string, unknown>[] } & Record<string, unknown>;
  const { author: _, items, ...top } = v1;
  const json = {
    ...top,
    version: "https://jsonfeed.org/version/1.1",
    favicon: doc.favicon,
    // JSON Feed's pagination: the next older archive page, as RFC 5005's prev-archive.
    ...(doc.history?.prev && { next_url: doc.history.prev.json }),
    language: doc.language,
    authors: [person(doc.author)],
    // JSON Feed 1.1 "hubs": where to subscribe for real-time notifications (WebSub).
    ...(doc.hubs && { hubs: doc.hubs.map((url) => ({ type: "WebSub", url })) }),
    items: items.map((item, i) => upgradeItem(item, doc.entries[i]!)),
  };
  return JSON.stringify(json, null, 2);
}

function upgradeItem(item: Record<string, unknown>, e: Entry): Record<string, unknown> {
  const { author: _, ...rest } = item;
  return {
    ...rest,
    ...(e.source && { external_url: e.source.url }),
    language: e.language,
    ...(e.authors.length > 0 && { authors: e.authors.map(person) }),
    ...(e.image && {
      attachments: [
        { url: e.image.url, mime_type: e.image.type, ...(e.image.length && { size_in_bytes: e.image.length }) },
      ],
    }),
    // JSON Feed extensions start with "_" (JSON Feed 1.1, "Extensions").
    _feed_publisher: {
      date_approximate: e.dateApproximate,
      ...(e.dateNote && { date_note: e.dateNote }),
      ...(e.credit && { credit: e.credit }),
    },
  };
}

function person(p: { name: string; url?: string }) {
  return { name: p.name, ...(p.url && { url: p.url }) };
}
