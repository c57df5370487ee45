import { appendFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { origin, type BenchContext } from "./bench-context";
import { hugoBuild, hugoVersion, type HugoBuild } from "./hugo-build";
import { prepareStore } from "./prepare-store";
import { runPublishCli, type CliPublish } from "./run-publish-cli";
import { startWorkers, type Store } from "./start-workers";
import { syntheticItem, writeSyntheticItems } from "./synthetic-items";

/** Items `npm run publish` sends to an empty store, and Hugo builds. */
export const PUBLISHED_ITEMS = 10_000;

export interface PublishResult {
  /** (a) every file new, into an empty store. */
  all: CliPublish;
  /** Hugo building the same files, or why not. */
  hugo: HugoBuild | { skipped: string };
  /** (b) the same folder again with one file changed. */
  oneChanged: CliPublish & { file: string };
  /** The store's token, for what is published next. */
  token: string;
}

/**
 * Publishing with the real client: PUBLISHED_ITEMS synthetic files written to
 * `itemsDir` and published by `npm run publish` into the new `store`; Hugo
 * building the same files (the app stopped meanwhile); then one file changed
 * and the folder published again.
 */
export async function benchPublish(context: BenchContext, store: Store, itemsDir: string): Promise<PublishResult> {
  mkdirSync(itemsDir, { recursive: true });
  writeSyntheticItems(itemsDir, 1, PUBLISHED_ITEMS, context.vocabulary);
  const app = { bundle: context.bundle, store };
  let workers = await startWorkers({ compatibility: context.compatibility, app });
  let token: string;
  let all: CliPublish;
  try {
    token = await prepareStore(workers.miniflare, join(context.root, "migrations"));
    context.log(`  npm run publish: ${PUBLISHED_ITEMS.toLocaleString("en")} new files`);
    all = await runPublishCli(context.project, origin(store), token, itemsDir);
    context.log(`  ${all.summary} (${(all.ms / 1000).toFixed(1)} s, ${all.runs} run${all.runs === 1 ? "" : "s"})`);
  } finally {
    await workers.miniflare.dispose();
  }

  let hugo: PublishResult["hugo"];
  if (hugoVersion()) {
    context.log(`  hugo --quiet: the same ${PUBLISHED_ITEMS.toLocaleString("en")} files`);
    hugo = await hugoBuild(join(context.work, "hugo"), itemsDir);
    context.log(`  hugo: ${(hugo.ms / 1000).toFixed(1)} s, ${hugo.files} files written`);
  } else {
    hugo = { skipped: "skipped: Hugo is not installed (apt-get install -y hugo)" };
  }

  // An item from the middle of the store: its page and the archive pages that hold it change.
  const changed = syntheticItem(PUBLISHED_ITEMS / 2, context.vocabulary).name;
  appendFileSync(join(itemsDir, changed), "\nUne phrase ajoutée pour la mise à jour.\n");
  workers = await startWorkers({ compatibility: context.compatibility, app });
  try {
    context.log(`  npm run publish: the same folder, ${changed} changed`);
    const again = await runPublishCli(context.project, origin(store), token, itemsDir);
    context.log(`  ${again.summary} (${(again.ms / 1000).toFixed(1)} s)`);
    return { all, hugo, oneChanged: { ...again, file: changed }, token };
  } finally {
    await workers.miniflare.dispose();
  }
}
