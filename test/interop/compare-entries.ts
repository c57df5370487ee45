import type { FeedFormat } from "../../src/formats";
import { defectIn, titleAsShown, type Client, type Read } from "./clients";
import { shownText, type Shown } from "./expected-entries";

/**
 * How what a client read of a document in `format` differs from what the site
 * holds, one line per difference; empty when the client shows every entry
 * exactly, or exactly as its known defect makes it show them.
 */
export function compareEntries(expected: readonly Shown[], read: readonly Read[], client: Client, format: FeedFormat): string[] {
  const defect = defectIn(client, format);
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
    differ("title", got.title, titleAsShown(client, format, want.title));
    differ("link", got.link, want.link);
    if (got.date !== want.published && got.date !== want.updated) differ("date", got.date, want.published);
    differ("text", shownText(got.html), defect?.html ? shownText(defect.html(want.html)) : want.text);
  }
  return problems;
}
