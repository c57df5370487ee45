import { decodeHTML } from "entities";
import type { Client, Read } from "./clients";
import { shownText, type Shown } from "./expected-entries";

const HTML_END_TAG = /<\/\w+>/;

/**
 * How what a client read differs from what the site holds, one line per
 * difference; empty when the client shows every entry exactly.
 */
export function compareEntries(expected: readonly Shown[], read: readonly Read[], client: Client): string[] {
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
    const title = HTML_END_TAG.test(want.title) && got.title !== want.title ? decodeHTML(got.title) : got.title;
    differ("title", title, want.title);
    differ("link", got.link, want.link);
    if (got.date !== want.published && got.date !== want.updated) differ("date", got.date, want.published);
    differ("text", shownText(got.html), client.knownDefect ? shownText(client.knownDefect.html(want.html)) : want.text);
  }
  return problems;
}
