import { env } from "cloudflare:workers";
import { Hono } from "hono";
import { FEED_FORMATS, SITE_FEED_PATHS, type FeedFormat } from "./feeds/feed-formats";
import { siteFeed } from "./feeds/site-feeds";
import { FEED_POLICY, PAGE_POLICY } from "./http/cache-policy";
import { methodNotAllowed } from "./http/method-not-allowed";
import { serveOnce } from "./http/serve-once";
import { publishedItems } from "./items/published-items";
import { articlePage } from "./pages/article-page";
import { homePage } from "./pages/home-page";
import { SITE_ICONS } from "./pages/site-icons";
import { baseUrl, checkBaseUrl, site } from "./site";

// A malformed BASE_URL fails the deployment's startup, not each request.
if (env.BASE_URL) checkBaseUrl(env.BASE_URL);

type AppEnv = { Bindings: Env; Variables: { base: string } };

const app = new Hono<AppEnv>();
const HTML = "text/html; charset=utf-8";

app.use(async (c, next) => {
  c.set("base", baseUrl(c.env.BASE_URL, c.req.url));
  await next();
});

// Hono answers HEAD with the GET route, without the body.
app.get("/", (c) =>
  serveOnce(
    c,
    c.var.base,
    () => {
      const items = publishedItems().slice(0, site.feedSize);
      const newest = items.map((i) => i.updated ?? i.date).sort().at(-1);
      return { text: String(homePage(items, c.var.base)), contentType: HTML, modified: new Date(newest ?? 0) };
    },
    PAGE_POLICY,
  ),
);

app.get("/articles/:slug", (c) => {
  const item = publishedItems().find((i) => i.slug === c.req.param("slug"));
  if (!item) return c.notFound();
  return serveOnce(
    c,
    c.var.base,
    () => ({ text: String(articlePage(item, c.var.base)), contentType: HTML, modified: new Date(item.updated ?? item.date) }),
    PAGE_POLICY,
  );
});

for (const format of Object.keys(SITE_FEED_PATHS) as FeedFormat[]) {
  app.get(SITE_FEED_PATHS[format], (c) =>
    serveOnce(
      c,
      c.var.base,
      () => {
        const { body, updated } = siteFeed(format, c.var.base);
        return { text: body, contentType: `${FEED_FORMATS[format].mediaType}; charset=utf-8`, modified: updated };
      },
      FEED_POLICY,
    ),
  );
}

for (const [path, base64] of Object.entries(SITE_ICONS)) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  app.get(path, (c) =>
    c.body(bytes, 200, { "Content-Type": "image/png", "Cache-Control": "public, max-age=86400", "X-Content-Type-Options": "nosniff" }),
  );
}

// Every route above takes GET and HEAD only.
for (const path of ["/", "/articles/:slug", ...Object.values(SITE_FEED_PATHS), ...Object.keys(SITE_ICONS)]) {
  app.all(path, methodNotAllowed);
}

app.notFound((c) => c.text("Not found\n", 404, { "X-Content-Type-Options": "nosniff" }));

export default app;
