/** The Worker entry: wrangler.toml's `main`. */
import { env } from "cloudflare:workers";
import app from "./app";
import { baseUrl } from "./http/base-url";
import { publisher } from "./publish/publisher-stub";

export { Publisher } from "./publish/publisher";

// A missing or malformed BASE_URL fails the Worker's startup, not each publish.
baseUrl(env.BASE_URL);

export default {
  fetch: app.fetch,
  /** Every minute: scheduled items whose alarm was missed are published (wrangler.toml [triggers]). */
  scheduled(_controller, env, ctx) {
    ctx.waitUntil(publisher(env).promoteDue());
  },
} satisfies ExportedHandler<Env>;
