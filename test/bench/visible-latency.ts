import { httpGet } from "./http-get";
import { httpPost } from "./http-post";
import { syntheticItem } from "./synthetic-items";

export interface Visible {
  /** From sending the publish to reading a /rss.xml that shows the item. */
  ms: number;
  /** The publish's own answer time. */
  postMs: number;
}

/** Pause between two polls of the feed, so the poller leaves the CPU to the publish. */
const POLL_GAP_MS = 5;

/**
 * Publishes synthetic item `index` alone (POST /publish, one file) and polls
 * /rss.xml from the moment the request goes out until the feed shows it.
 */
export async function publishUntilVisible(origin: string, token: string, index: number, vocabulary: readonly string[]): Promise<Visible> {
  const { name, text } = syntheticItem(index, vocabulary);
  const link = `/articles/${name.replace(/\.md$/, "")}<`;
  const body = JSON.stringify({ files: [{ path: `items/${name}`, base64: Buffer.from(text).toString("base64") }], deleted: [] });
  const started = performance.now();
  const post = httpPost(`${origin}/publish`, body, { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }).then((answer) => {
    if (answer.status !== 200) throw new Error(`publishing ${name}: ${answer.status} ${answer.body.slice(0, 500)}`);
    return performance.now() - started;
  });
  let failed: unknown;
  post.catch((error: unknown) => (failed = error));
  for (;;) {
    if (failed) throw failed;
    const feed = await httpGet(`${origin}/rss.xml`);
    if (feed.body.includes(link)) return { ms: performance.now() - started, postMs: await post };
    if (performance.now() - started > 60_000) throw new Error(`${name} not in /rss.xml after 60 s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_GAP_MS));
  }
}
