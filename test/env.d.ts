import type { D1Migration } from "cloudflare:test";

declare global {
  namespace Cloudflare {
    interface Env {
      /** The store's migrations, read by vitest.config.ts for the tests to apply. */
      TEST_MIGRATIONS: D1Migration[];
      /** The origin of the local WebSub hubs (test/support/test-hubs.ts), in the websub project. */
      TEST_HUBS: string;
    }
  }
}
