import { decodeHTML } from "entities";
import type { FeedFormat } from "../../src/feeds/feed-formats";
import type { Client, Read } from "./clients";
import { shownText, type Shown } from "./expected-entries";

const HTML_END_TAG = /<\/\w+>/;

/**
 * How what a client read of a document in `format` differs from what the site
 * holds, one line per difference; empty when the client shows every entry
 * exactly, or exactly as its known defect makes it show them.
 */
export function compareEntries(expected: readonly Shown[], read: readonly Read[], client: Client, format: FeedFormat): string[] {
  const defect = client.knownDefect?.formats?.includes(format) === false ? undefined : client.knownDefect;
  const problems: string[] = [];
  if (read.length !== expected.length) problems.push(`${read.length} entries read, ${expected.length} expected`);
  const byId = new Map(read.map((r) => [r.id, r]));
  for (const want of expected) {
    const got = byId.get(want.id);
    if (!got) {
      problems.push(`${want.id}: missing`);
      continue;
    }
    const differ = (field: string, a: unknown, b: unknown) => {
      if (a !== b) problems.push(`${want.id}: ${field} ${JSON.stringify(a)}, expected ${JSON.stringify(b)}`);
    };
    // Atom writes a title holding an HTML end tag as escaped html (see render-atom.ts);
    // a client that hands html titles over as they are gives the escaped form.
    const wantTitle = defect?.title ? defect.title(want.title) : want.title;
    const title = HTML_END_TAG.test(want.title) && got.title !== wantTitle ? decodeHTML(got.title) : got.title;
    differ("title", title, wantTitle);
    differ("link", got.link, want.link);
    if (got.date !== want.published && got.date !== want.updated) differ("date", got.date, want.published);
    differ("text", shownText(got.html), defect?.html ? shownText(defect.html(want.html)) : want.text);
  }
  return problems;
}
