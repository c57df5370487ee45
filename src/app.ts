import { env } from "cloudflare:workers";
import { Hono, type Context } from "hono";
import { formatOfFile } from "./formats";
import { baseUrl } from "./http/base-url";
import { FEED_POLICY, pagePolicies, PREFLIGHT, SMALL_ANSWER, STATIC_POLICY } from "./http/cache-policy";
import { storedDocument } from "./http/documents";
import { methodNotAllowed } from "./http/method-not-allowed";
import { notFound } from "./http/not-found";
import { serveMedia } from "./http/serve-media";
import { staticFile } from "./http/static-file";
import { wantsHtml } from "./http/wants-html";
import { COPY_SCRIPT } from "./pages/copy-script";
import { SITE_ICONS } from "./pages/site-icons";
import { STYLE } from "./pages/style";
import { documentKey } from "./store/documents";
import { OPML_PATH, previewPath } from "./urls";

type AppContext = Context<{ Bindings: Env }>;

const app = new Hono<{ Bindings: Env }>();
const policies = pagePolicies(STYLE, baseUrl(env.BASE_URL));
const pagePolicy = async () => (await policies).page;
const previewPolicy = async () => (await policies).preview;

// The write path is loaded when a write first comes: validation (zod), YAML, Markdown and HTML
// sanitising are most of the bundle, and reads never use them, so a cold start does not pay for
// them (README, "Performance").
const files = () => import("./dialects/files/publish-files");
const media = () => import("./dialects/files/publish-media");
const micropub = () => import("./dialects/micropub/micropub-endpoint");

// Publishing from files (npm run publish).
app.post("/publish", async (c) => (await files()).publishFiles(c));
app.get("/publish/files", async (c) => (await files()).publishedFiles(c));
app.post("/publish/rerender", async (c) => (await import("./publish/rerender-route")).rerenderRoute(c));
app.put("/publish/media/:name", async (c) => (await media()).publishMedia(c));
app.get("/publish/media", async (c) => (await media()).publishedMedia(c));

// Publishing from editors' apps (W3C Micropub), and their pictures.
app.post("/micropub", async (c) => (await micropub()).micropubPost(c));
app.get("/micropub", async (c) => (await import("./dialects/micropub/micropub-query")).micropubQuery(c));
app.post("/micropub/media", async (c) => (await import("./dialects/micropub/media-endpoint")).mediaEndpoint(c));

// Agencies' dispatches (IPTC ninjs): new, corrected, embargoed, withdrawn.
app.post("/ingest/ninjs", async (c) => (await import("./dialects/ninjs/ingest-ninjs")).ingestNinjs(c));

// Pictures of the media store.
app.get("/media/:name", async (c) => (await serveMedia(c.env.MEDIA, c.req.raw, c.req.path)) ?? notFound());

// The site's own files.
const copyScript = staticFile(COPY_SCRIPT, "text/javascript; charset=utf-8");
app.get("/copy.js", (c) => copyScript(c.req.raw));
for (const [path, base64] of Object.entries(SITE_ICONS)) {
  const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
  app.get(path, (c) => c.body(bytes, 200, { ...STATIC_POLICY, "Content-Type": "image/png" }));
}
// Browsers ask for /favicon.ico where a page names no icon (a feed shown as text).
app.get("/favicon.ico", () => redirect("/favicon.png"));

// Everything else is a rendered document of the store: a feed, the page about it, or a page.
// Hono answers HEAD with the GET route, without the body.
app.get("*", async (c) => (await serveDocument(c)) ?? missing(c.req.path));

/**
 * The document at the request's path: a feed (or, for a browser's navigation,
 * the page about it; `?raw`, its bytes as text), the subscription list, or a page.
 */
function serveDocument(c: AppContext): Response | null | Promise<Response | null> {
  const { DB } = c.env;
  const path = c.req.path;
  const request = c.req.raw;
  const file = path.slice(path.lastIndexOf("/") + 1);
  if (path === OPML_PATH) return storedDocument(DB, request, documentKey("feed", path), "feed", () => FEED_POLICY);
  if (!formatOfFile(file)) return storedDocument(DB, request, documentKey("page", path), "page", pagePolicy);
  if (c.req.url.includes("?") && c.req.query("raw") !== undefined) {
    return storedDocument(DB, request, documentKey("feed", path), "raw", () => FEED_POLICY, "text/plain; charset=utf-8");
  }
  if (wantsHtml(request.headers)) return storedDocument(DB, request, documentKey("preview", previewPath(path)), "preview", previewPolicy);
  return storedDocument(DB, request, documentKey("feed", path), "feed", () => FEED_POLICY);
}

/** A topic or archive page asked for without its trailing slash goes to it; anything else is a 404. */
function missing(path: string): Response {
  return /^\/(?:categories|authors|languages|archive)\/|^\/[^/]+\/archive\//.test(path) && !path.endsWith("/") && !formatOfFile(path.slice(path.lastIndexOf("/") + 1))
    ? redirect(`${encodeURI(path)}/`)
    : notFound();
}

/** A permanent redirect (RFC 9110 §15.4.2) to a path of the site. */
function redirect(location: string): Response {
  return new Response(null, { status: 301, headers: { ...SMALL_ANSWER, Location: location } });
}

// A web reader's preflight before a conditional GET of a feed (Fetch, "CORS protocol").
app.options("*", async (c) => (await isFeed(c)) ? new Response(null, { status: 204, headers: PREFLIGHT }) : c.notFound());

async function isFeed(c: AppContext): Promise<boolean> {
  const { path } = c.req;
  if (path !== OPML_PATH && !formatOfFile(path.slice(path.lastIndexOf("/") + 1))) return false;
  return (await c.env.DB.prepare("SELECT 1 AS found FROM documents WHERE path = ?1").bind(documentKey("feed", path)).first("found")) !== null;
}

/**
 * No route answered: a document that exists was asked for with a method other
 * than GET or HEAD (405), or nothing is there (404). Kept out of the routes so
 * that a GET matches one handler alone, which Hono runs without composing.
 */
app.notFound(async (c) => {
  const { path } = c.req;
  if (c.req.method === "GET" || c.req.method === "HEAD") return notFound();
  if (await isFeed(c)) return methodNotAllowed("GET, HEAD, OPTIONS");
  const own = ["/copy.js", "/favicon.ico", ...Object.keys(SITE_ICONS)].includes(path);
  const page = own || (await c.env.DB.prepare("SELECT 1 AS found FROM documents WHERE path = ?1").bind(documentKey("page", path)).first("found")) !== null;
  return page ? methodNotAllowed("GET, HEAD") : notFound();
});

export default app;
