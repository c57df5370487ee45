import { env } from "cloudflare:workers";
import { Hono } from "hono";
import { FEED_FORMATS, SITE_FEED_PATHS, type FeedFormat } from "./feeds/feed-formats";
import { siteFeed } from "./feeds/site-feeds";
import { publishedItems } from "./items/published-items";
import { articlePage } from "./pages/article-page";
import { homePage } from "./pages/home-page";
import { SITE_ICONS } from "./pages/site-icons";
import { baseUrl, checkBaseUrl } from "./site";

// A malformed BASE_URL fails the deployment's startup, not each request.
if (env.BASE_URL) checkBaseUrl(env.BASE_URL);

type AppEnv = { Bindings: Env; Variables: { base: string } };

const app = new Hono<AppEnv>();

app.use(async (c, next) => {
  c.set("base", baseUrl(c.env.BASE_URL, c.req.url));
  await next();
});

app.get("/", (c) => c.html(homePage(publishedItems(), c.var.base)));

app.get("/articles/:slug", (c) => {
  const item = publishedItems().find((i) => i.slug === c.req.param("slug"));
  return item ? c.html(articlePage(item, c.var.base)) : c.notFound();
});

for (const format of Object.keys(SITE_FEED_PATHS) as FeedFormat[]) {
  app.get(SITE_FEED_PATHS[format], (c) =>
    c.body(siteFeed(format, c.var.base), 200, { "Content-Type": `${FEED_FORMATS[format].mediaType}; charset=utf-8` }),
  );
}

for (const [path, base64] of Object.entries(SITE_ICONS)) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  app.get(path, (c) => c.body(bytes, 200, { "Content-Type": "image/png" }));
}

app.notFound((c) => c.text("Not found\n", 404));

export default app;
