import type { Read } from "./clients";
import { shownText, type Shown } from "./expected-entries";

/**
 * How what a client read differs from what the site holds, one line per
 * difference; empty when the client shows every entry exactly.
 */
export function compareEntries(expected: readonly Shown[], read: readonly Read[]): string[] {
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
    differ("title", got.title, want.title);
    differ("link", got.link, want.link);
    if (got.date !== want.published && got.date !== want.updated) differ("date", got.date, want.published);
    differ("text", shownText(got.html), want.text);
  }
  return problems;
}
