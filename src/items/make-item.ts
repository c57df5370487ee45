import { articlePath } from "../urls";
import { describeIssue } from "./describe-issue";
import { htmlToText } from "./html-to-text";
import type { Item } from "./item";
import { isEmpty, renderBody, type Body } from "./render-body";
import { frontMatterSchema, SLUG } from "./schema";

/** What an item needs from the site: its defaults. */
export interface ItemDefaults {
  language: string;
  tagAuthority: string;
}

export type Parsed = { ok: true; item: Item; draft: boolean } | { ok: false; problems: string[] };

/** How a publishing path names an item that sets no `slug`, and what it says when that name will not do. */
export interface Naming {
  /** `items/boukamal.md`: where the item came from, for error messages and `Item.file`. */
  file: string;
  slug: string;
  /** The problem to report when `slug` is not URL-safe (a file name to rename). */
  unsafe: string;
  /** The problem to report for an empty body, in the path's words. */
  empty: string;
}

/**
 * An item from its fields (the front matter's names: title, date, categories…)
 * and its body, validated by the one schema every publishing path shares: every
 * problem at once as `field: what is wrong`.
 */
export function makeItem(data: unknown, body: Body, naming: Naming, defaults: ItemDefaults): Parsed {
  const problems: string[] = [];
  const result = frontMatterSchema.safeParse(data, { reportInput: true });
  if (!result.success) problems.push(...result.error.issues.flatMap(describeIssue));
  if (isEmpty(body)) problems.push(naming.empty);
  const slug = result.data?.slug ?? naming.slug;
  if (!result.data?.slug && !SLUG.test(naming.slug)) problems.push(naming.unsafe);
  if (problems.length > 0 || !result.success) return { ok: false, problems };

  const fm = result.data;
  const language = fm.language ?? defaults.language;
  const html = renderBody(body, articlePath(slug), language);
  if (typeof html !== "string") return { ok: false, problems: [html.problem] };
  return {
    ok: true,
    draft: fm.draft,
    item: {
      file: naming.file,
      slug,
      id: fm.id ?? `tag:${defaults.tagAuthority}:${slug}`,
      title: fm.title,
      date: fm.date.iso,
      dayOnly: fm.date.dayOnly,
      dateApproximate: fm.date_approximate,
      ...(fm.date_note && { dateNote: fm.date_note }),
      ...((fm.updated ?? fm.corrected) && { updated: maxIso(fm.updated?.iso, fm.corrected?.iso) }),
      ...(fm.corrected && { corrected: fm.corrected.iso }),
      ...(fm.dateline && { dateline: fm.dateline }),
      summary: fm.summary ?? excerpt(html),
      authors: fm.authors,
      categories: fm.categories,
      language,
      ...(fm.credit && { credit: fm.credit }),
      ...(fm.source && { source: fm.source }),
      ...(fm.image && { image: fm.image }),
      related: fm.related,
      html,
    },
  };
}

/** The later of two ISO 8601 UTC times, either of which may be missing (not both). */
function maxIso(a: string | undefined, b: string | undefined): string {
  return a === undefined ? b! : b === undefined || a > b ? a : b;
}

/** The first paragraph as plain text, cut at a word near 300 characters. */
function excerpt(html: string): string {
  const first = htmlToText(/<p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? html).trim();
  if (first.length <= 300) return first;
  const cut = first.slice(0, 300);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 200)).trimEnd()}…`;
}
