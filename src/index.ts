/** The Worker entry: wrangler.toml's `main`. */
import { env } from "cloudflare:workers";
import app from "./app";
import { baseUrl } from "./http/base-url";
import { websubHubs } from "./notify/websub-hubs";
import { publisher } from "./publish/publisher-stub";

export { Publisher } from "./publish/publisher";

// A missing or malformed BASE_URL or WEBSUB_HUBS fails the Worker's startup, not each publish.
baseUrl(env.BASE_URL);
websubHubs(env.WEBSUB_HUBS);

export default {
  fetch: app.fetch,
  /** Every minute: scheduled items whose alarm was missed are published, and their hubs told (wrangler.toml [triggers]). */
  scheduled(_controller, env, ctx) {
    const stub = publisher(env);
    ctx.waitUntil(stub.promoteDue().then(({ feedsToTell }) => (feedsToTell > 0 ? stub.tellHubs() : undefined)));
  },
} satisfies ExportedHandler<Env>;
