import { renderFeeds } from "../feeds/render-feed";
import { hubLinkHeader } from "../feeds/hub-links";
import { renderOpml } from "../feeds/render-opml";
import { siteTopic, topic, type Tombstone, type Topic, type TopicView } from "../feeds/topic-view";
import { FEED_FORMATS, FORMATS } from "../formats";
import { entityTag } from "../http/entity-tag";
import type { Item } from "../items/item";
import { newestChange } from "../items/newest-change";
import { articlePage } from "../pages/article-page";
import { feedPreview } from "../pages/feed-preview";
import { topicPage, type TopicCounts } from "../pages/topic-page";
import { withdrawnPage } from "../pages/withdrawn-page";
import { site } from "../site";
import { documentKey, type DocumentRow } from "../store/documents";
import { itemsOf } from "../store/item-row";
import { liveTopics, type TopicRow } from "../store/topic-row";
import { articlePath, feedPath, href, OPML_PATH, pagePath, previewPath } from "../urls";
import { archivedPages } from "./archive-pages";
import { parseUnit, type Unit } from "./units";

const HTML = "text/html; charset=utf-8";

/** The documents of some units of rendering, the documents that are gone, and the units that failed. */
export interface Rendered {
  documents: DocumentRow[];
  gone: string[];
  /** Self URLs of the current feeds whose bytes changed: the WebSub topics whose hubs are to be told. */
  changedFeeds: string[];
  /** The units rendered: stored with their documents and marked done. */
  done: Unit[];
  /** Units that could not be rendered, and why: they stay pending, for the next try. */
  failed: { unit: Unit; error: string }[];
}

/**
 * Renders `units` from what the store holds now: every document each one stands
 * for, ready to store. A unit whose subject no longer exists renders nothing; a
 * unit that fails is set aside without holding up the others. Current feeds
 * advertise `hubs`.
 */
export async function renderUnits(db: D1Database, units: readonly Unit[], base: string, hubs: readonly string[]): Promise<Rendered> {
  const drafts: Draft[] = [];
  const rendered: Rendered = { documents: [], gone: [], changedFeeds: [], done: [], failed: [] };
  const context = { ...(await renderContext(db)), hubs };
  const articles = await liveItems(db, units);
  for (const unit of units) {
    try {
      const parsed = parseUnit(unit);
      switch (parsed.kind) {
        case "topic":
          drafts.push(...(await renderTopic(db, context, parsed.key, parsed.page, base)));
          break;
        case "article":
          drafts.push(...renderArticle(articles.get(parsed.id), base));
          break;
        case "gone":
          rendered.gone.push(parsed.document);
          break;
        case "withdrawn":
          drafts.push(...(await renderWithdrawn(db, parsed.id, base)));
          break;
        case "opml":
          drafts.push(await renderSubscriptions(db, context, base));
          break;
      }
      rendered.done.push(unit);
    } catch (error) {
      rendered.failed.push({ unit, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const { documents, changed } = await finish(db, drafts);
  rendered.documents = documents;
  rendered.changedFeeds = drafts.filter((d) => d.feedUrl !== undefined && changed.has(d.path)).map((d) => d.feedUrl!);
  return rendered;
}

/** A document rendered, before its validators: `newest` is the newest change among what it shows. */
interface Draft {
  path: string;
  body: string;
  contentType: string;
  newest: Date;
  /** Its HTTP Link header. */
  link?: string;
  /** A current feed's self URL: readers subscribe to it, and its hubs are told when it changes. */
  feedUrl?: string;
  /** 410 for the page of a withdrawn item; else 200. */
  status?: number;
}

/**
 * The documents with their validators. Last-Modified (RFC 9110 §8.8.2) is the
 * newest change among the items a document shows, so the same items always give
 * the same headers, never the clock; and whenever the bytes change it moves
 * forward, at least a second past the last one, so that a reader sending
 * If-Modified-Since after an item left a feed (deleted, withdrawn) gets the feed
 * without it, not a 304. Also says which documents changed: new ones, and those
 * whose bytes differ from the stored ones.
 */
async function finish(db: D1Database, drafts: readonly Draft[]): Promise<{ documents: DocumentRow[]; changed: Set<string> }> {
  const { results } = await db
    .prepare("SELECT path, etag, modified FROM documents WHERE path IN (SELECT value FROM json_each(?1))")
    .bind(JSON.stringify(drafts.map((d) => d.path)))
    .all<{ path: string; etag: string; modified: number | null }>();
  const stored = new Map(results.map((row) => [row.path, row]));
  const changed = new Set<string>();
  const documents = await Promise.all(
    drafts.map(async ({ path, body, contentType, newest, link, status }) => {
      const etag = await entityTag(new TextEncoder().encode(body));
      const before = stored.get(path);
      if (before?.etag !== etag) changed.add(path);
      const seconds = Math.floor(newest.getTime() / 1000) || null;
      const modified = !before || before.modified === null ? seconds : before.etag === etag ? before.modified : Math.max(seconds ?? 0, before.modified + 1);
      return { path, etag, modified, content_type: contentType, body, link: link ?? null, status: status ?? 200 };
    }),
  );
  return { documents, changed };
}

/** What every unit of one rendering shares: the topics, whether languages have pages, the WebSub hubs. */
interface Context {
  topics: TopicRow[];
  languagesShown: boolean;
  hubs: readonly string[];
}

async function renderContext(db: D1Database): Promise<Omit<Context, "hubs">> {
  const [topics, shown] = await Promise.all([
    liveTopics(db),
    db.prepare("SELECT value FROM site_state WHERE key = 'languages_shown'").first<string>("value"),
  ]);
  return { topics, languagesShown: shown === "true" };
}

/**
 * A topic's current feed or archive page: three feeds, the pages about them, and
 * its HTML page. A current feed and its page for browsers carry the Link header
 * of WebSub §4; the three formats of an archive page share one page about them.
 */
async function renderTopic(db: D1Database, context: Context, key: string, page: number | "current", base: string): Promise<Draft[]> {
  // The site has its pages and feeds from the start, before any item is shown.
  const stored = await db.prepare("SELECT * FROM topics WHERE key = ?1").bind(key).first<TopicRow>();
  const row = stored ?? (key === "" ? { key, kind: "site", name: "", next_seq: 1, live: 0 } : undefined);
  if (!row || (row.kind === "language" && !context.languagesShown)) return [];
  const size = site.feedSize;
  const pages = archivedPages(row.next_seq - 1, size);
  const [from, to] = page === "current" ? [pages * size, Number.MAX_SAFE_INTEGER] : [(page - 1) * size, page * size];
  if (page !== "current" && !(Number.isInteger(page) && page >= 1 && page <= pages)) return [];
  const { results } = await db
    .prepare(
      `SELECT i.item FROM memberships m JOIN items i ON i.id = m.item_id
       WHERE m.topic = ?1 AND m.seq > ?2 AND m.seq <= ?3 AND i.state = 'live'
       ORDER BY i.date DESC, i.slug`,
    )
    .bind(key, from, to)
    .all<{ item: string }>();
  const tombstones = page === "current" ? await tombstonesOf(db, key) : [];
  const view: TopicView = {
    topic: topic(row.key, row.kind, row.name, site),
    pages,
    items: itemsOf(results),
    ...(page !== "current" && { page }),
    ...(tombstones.length > 0 && { tombstones }),
  };
  const at = view.page;
  const { bodies, updated } = renderFeeds(view, base, context.hubs);
  const counts = key === "" && page === "current" ? topicCounts(context) : undefined;
  const feeds: Draft[] = FEED_FORMATS.map((format) => {
    const feedUrl = href(base, feedPath(key, format));
    return {
      path: documentKey("feed", feedPath(key, format, at)),
      body: bodies[format],
      contentType: `${FORMATS[format].mediaType}; charset=utf-8`,
      newest: updated,
      ...(at === undefined && { feedUrl, link: hubLinkHeader(context.hubs, feedUrl) }),
    };
  });
  const previews: Draft[] =
    at === undefined
      ? FEED_FORMATS.map((format, i) => {
          const { feedUrl, link } = feeds[i]!;
          const body = String(feedPreview(view, base, { self: feedUrl!, hubs: context.hubs }));
          return { path: documentKey("preview", previewPath(feedPath(key, format))), body, contentType: HTML, newest: updated, link };
        })
      : [{ path: documentKey("preview", previewPath(feedPath(key, "rss", at))), body: String(feedPreview(view, base)), contentType: HTML, newest: updated }];
  const topicHtml = String(topicPage(view, base, counts));
  return [...feeds, ...previews, { path: documentKey("page", pagePath(key, at)), body: topicHtml, contentType: HTML, newest: updated }];
}

/** Every topic with its count, for the home page: languages once they have pages. */
function topicCounts(context: Context): TopicCounts {
  return context.topics
    .filter((row) => row.kind !== "site" && (row.kind !== "language" || context.languagesShown))
    .map((row) => ({ topic: topic(row.key, row.kind, row.name, site), count: row.live }));
}

/** The items withdrawn from `topic` in the last 30 days (older tombstones are removed), newest first. */
async function tombstonesOf(db: D1Database, topic: string): Promise<Tombstone[]> {
  const { results } = await db
    .prepare("SELECT item_id, withdrawn_at FROM tombstones WHERE topic = ?1 ORDER BY withdrawn_at DESC, item_id")
    .bind(topic)
    .all<{ item_id: string; withdrawn_at: string }>();
  return results.map((row) => ({ ref: row.item_id, when: new Date(row.withdrawn_at) }));
}

/** The page of an item its source withdrew: 410 Gone with a short notice, unless another item has its address now. */
async function renderWithdrawn(db: D1Database, id: string, base: string): Promise<Draft[]> {
  const row = await db.prepare("SELECT slug, item, withdrawn_at FROM items WHERE id = ?1 AND withdrawn IS NOT NULL").bind(id).first<{ slug: string; item: string; withdrawn_at: string }>();
  if (!row || row.slug === "") return [];
  const taken = await db.prepare("SELECT 1 AS taken FROM items WHERE slug = ?1 AND state <> 'deleted'").bind(row.slug).first("taken");
  if (taken) return [];
  const [item] = itemsOf([row]) as [Item];
  const body = String(withdrawnPage(item, row.withdrawn_at, base));
  return [{ path: documentKey("page", articlePath(row.slug)), body, contentType: HTML, newest: new Date(row.withdrawn_at), status: 410 }];
}

/** The stored rows of the live items whose pages are among `units`, in one query, by id. */
async function liveItems(db: D1Database, units: readonly Unit[]): Promise<Map<string, { item: string }>> {
  const ids = units.flatMap((unit) => {
    try {
      const parsed = parseUnit(unit);
      return parsed.kind === "article" ? [parsed.id] : [];
    } catch {
      return []; // the loop below sets it aside
    }
  });
  if (ids.length === 0) return new Map();
  const { results } = await db
    .prepare("SELECT id, item FROM items WHERE id IN (SELECT value FROM json_each(?1)) AND state = 'live'")
    .bind(JSON.stringify(ids))
    .all<{ id: string; item: string }>();
  return new Map(results.map(({ id, item }) => [id, { item }]));
}

/** An item's page; none when the item is not live (deleted, withdrawn, not yet due). */
function renderArticle(row: { item: string } | undefined, base: string): Draft[] {
  if (!row) return [];
  const [item] = itemsOf([row]) as [Item];
  return [{ path: documentKey("page", articlePath(item.slug)), body: String(articlePage(item, base)), contentType: HTML, newest: newestChange([item]) }];
}

/** The subscription list: as of the newest change of any item shown. */
async function renderSubscriptions(db: D1Database, context: Context, base: string): Promise<Draft> {
  const topics: Topic[] = [siteTopic(site), ...topicCounts(context).map((t) => t.topic)];
  const newest = await db.prepare("SELECT MAX(modified) AS newest FROM items WHERE state = 'live'").first<string | null>("newest");
  const updated = new Date(newest ?? 0);
  return { path: documentKey("feed", OPML_PATH), body: renderOpml(topics, base, updated), contentType: "text/x-opml; charset=utf-8", newest: updated };
}
