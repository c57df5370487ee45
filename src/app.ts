import { env } from "cloudflare:workers";
import { Hono, type Context } from "hono";
import type { Catalog, FeedRef } from "./feeds/feed-catalog";
import { FEED_FORMATS } from "./feeds/feed-formats";
import { renderFeed } from "./feeds/render-feed";
import { renderOpml } from "./feeds/render-opml";
import { siteCatalog } from "./feeds/site-catalog";
import { feedPolicy, pagePolicy, PREFLIGHT, previewPolicy, SMALL_ANSWER, STATIC_POLICY } from "./http/cache-policy";
import { methodNotAllowed } from "./http/method-not-allowed";
import { notFound } from "./http/not-found";
import { baseUrl } from "./http/base-url";
import { forgetPrepared } from "./http/once-per-isolate";
import { serveOnce } from "./http/serve-once";
import { wantsHtml } from "./http/wants-html";
import type { Publication } from "./items/publication";
import { newestChange } from "./items/newest-change";
import { publication } from "./items/published-items";
import { articlePage } from "./pages/article-page";
import { COPY_SCRIPT } from "./pages/copy-script";
import { feedPreview } from "./pages/feed-preview";
import { SITE_ICONS } from "./pages/site-icons";
import { topicPage } from "./pages/topic-page";

/** The origin of every link; a missing or malformed BASE_URL fails the Worker's startup. */
const base = baseUrl(env.BASE_URL);

type AppEnv = { Bindings: Env };
type AppContext = Context<AppEnv>;

const app = new Hono<AppEnv>();
const HTML = "text/html; charset=utf-8";

let lastPublished: Publication | undefined;

/**
 * What every route works from: the origin links start with, what is published
 * now, and its catalog. A function the routes call rather than a middleware:
 * feed readers' requests are most of the traffic, and each layer costs them.
 */
function state(): { base: string; published: Publication; catalog: Catalog } {
  const published = publication();
  // A scheduled item came due: every prepared page and feed is out of date.
  if (published !== lastPublished) {
    if (lastPublished) forgetPrepared();
    lastPublished = published;
  }
  return { base, published, catalog: siteCatalog(published) };
}

// Hono answers HEAD with the GET route, without the body.
app.get("/articles/:slug", (c) => {
  const { base, published, catalog } = state();
  const item = published.bySlug.get(c.req.param("slug"));
  if (!item) return c.notFound();
  const make = () => ({ text: String(articlePage(item, catalog, base)), contentType: HTML, modified: new Date(item.updated ?? item.date) });
  return serveOnce(c, base, c.req.path, "page", make, pagePolicy);
});

app.get("/feeds.opml", (c) => {
  const { base, published, catalog } = state();
  const make = () => {
    const modified = newestChange(published.items);
    return { text: renderOpml(catalog, base, modified), contentType: "text/x-opml; charset=utf-8", modified };
  };
  return serveOnce(c, base, "/feeds.opml", "opml", make, () => feedPolicy(false));
});

app.get("/copy.js", (c) => serveOnce(c, "", "/copy.js", "script", () => ({ text: COPY_SCRIPT, contentType: "text/javascript; charset=utf-8" }), () => STATIC_POLICY));

for (const [path, base64] of Object.entries(SITE_ICONS)) {
  const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
  app.get(path, (c) => c.body(bytes, 200, { ...STATIC_POLICY, "Content-Type": "image/png" }));
}
// Browsers ask for /favicon.ico where a page names no icon (a feed shown as text).
app.get("/favicon.ico", (c) => redirect("/favicon.png"));

// Every feed and topic page of the catalog: the site's, each category's, author's and language's.
app.get("*", (c) => {
  const { base, catalog } = state();
  const { feeds, pages } = catalog;
  const path = c.req.path;
  const ref = feeds.get(path);
  if (ref) return serveFeed(c, base, path, ref);
  const topic = pages.get(path);
  if (topic) {
    const make = () => ({ text: String(topicPage(topic, catalog, base)), contentType: HTML, modified: newestChange(topic.items) });
    return serveOnce(c, base, path, "page", make, pagePolicy);
  }
  // A topic page asked for without its trailing slash.
  if (pages.has(`${path}/`)) return redirect(`${encodeURI(path)}/`);
  return c.notFound();
});

/** A permanent redirect (RFC 9110 §15.4.2) to a path of the site. */
function redirect(location: string): Response {
  return new Response(null, { status: 301, headers: { ...SMALL_ANSWER, Location: location } });
}

// A web reader's preflight before a conditional GET of a feed (Fetch, "CORS protocol").
app.options("*", (c) => {
  const { catalog } = state();
  if (!catalog.feeds.has(c.req.path) && c.req.path !== "/feeds.opml") return c.notFound();
  return new Response(null, { status: 204, headers: PREFLIGHT });
});

/**
 * A feed, or for a browser a page about it (`wantsHtml`); `?raw` shows the feed's
 * own bytes as text in the browser.
 */
function serveFeed(c: AppContext, base: string, path: string, ref: FeedRef) {
  const policy = () => feedPolicy(ref.page !== undefined);
  const feed = () => {
    const { body, updated } = renderFeed(ref, base);
    return { text: body, contentType: `${FEED_FORMATS[ref.format].mediaType}; charset=utf-8`, modified: updated };
  };
  if (c.req.url.includes("?") && c.req.query("raw") !== undefined) {
    return serveOnce(c, base, path, "raw", () => ({ ...feed(), contentType: "text/plain; charset=utf-8" }), policy);
  }
  if (wantsHtml(c.req.raw.headers)) {
    const make = () => ({ text: String(feedPreview(ref, base)), contentType: HTML, modified: newestChange(ref.items) });
    return serveOnce(c, base, path, "preview", make, previewPolicy);
  }
  return serveOnce(c, base, path, "feed", feed, policy);
}

/**
 * No route answered: a resource that exists was asked for with a method other
 * than GET or HEAD (405), or nothing is there (404). Kept out of the routes so
 * that a GET matches one handler alone, which Hono runs without composing.
 */
app.notFound((c) => {
  const { published, catalog } = state();
  const path = c.req.path;
  const article = /^\/articles\/([^/]+)$/.exec(path);
  const feed = catalog.feeds.has(path) || path === "/feeds.opml";
  const exists =
    feed ||
    catalog.pages.has(path) ||
    ["/copy.js", "/favicon.ico"].includes(path) ||
    path in SITE_ICONS ||
    (article !== null && published.bySlug.has(article[1]!));
  if (exists && c.req.method !== "GET" && c.req.method !== "HEAD") return methodNotAllowed(feed ? "GET, HEAD, OPTIONS" : "GET, HEAD");
  return notFound();
});

export default app;
