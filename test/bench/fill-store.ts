import { httpPost } from "./http-post";
import { syntheticItem } from "./synthetic-items";

/** Files per request, as `npm run publish` sends them (src/cli/publish-items.ts, FILES_PER_REQUEST). */
export const FILES_PER_REQUEST = 250;

export interface Fill {
  items: number;
  ms: number;
  requests: number;
}

/**
 * Publishes synthetic items `first` … `last` to the app at `origin` through the
 * write path, POST /publish with the body the CLI sends, a batch at a time: each
 * is stored and rendered before the next is sent. `progress` hears every
 * `every` items.
 */
export async function fillStore(
  origin: string,
  token: string,
  range: { first: number; last: number },
  vocabulary: readonly string[],
  progress: (done: number, ms: number) => void = () => {},
  every = 10_000,
): Promise<Fill> {
  const started = performance.now();
  let requests = 0;
  for (let from = range.first; from <= range.last; from += FILES_PER_REQUEST) {
    const files = [];
    for (let i = from; i < Math.min(from + FILES_PER_REQUEST, range.last + 1); i++) {
      const { name, text } = syntheticItem(i, vocabulary);
      files.push({ path: `items/${name}`, base64: Buffer.from(text).toString("base64") });
    }
    const answer = await httpPost(`${origin}/publish`, JSON.stringify({ files, deleted: [] }), {
      Authorization: `Bearer ${token}`,
      "Content-Type": "application/json",
    });
    requests++;
    if (answer.status !== 200) throw new Error(`POST /publish of items ${from}…: ${answer.status} ${answer.body.slice(0, 500)}`);
    const { pending } = JSON.parse(answer.body) as { pending?: string };
    if (pending) throw new Error(`POST /publish of items ${from}…: documents left to render: ${pending}`);
    const done = from + files.length - range.first;
    if (done % every === 0) progress(done, performance.now() - started);
  }
  return { items: range.last - range.first + 1, ms: performance.now() - started, requests };
}
