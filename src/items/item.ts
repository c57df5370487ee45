import type { FrontMatter } from "./schema";

/**
 * A validated, published item: what the build writes and the Worker reads.
 * Dates are RFC 3339 strings in UTC; `html` is the rendered body, with links
 * resolved to absolute URLs or to paths from the site root.
 */
export interface Item {
  /** The source file, for error messages: `items/boukamal.md`. */
  file: string;
  slug: string;
  /** Stable id (a tag URI unless the file sets `id`): never changes once published. */
  id: string;
  title: string;
  date: string;
  /** The file gave a day and no time of day. */
  dayOnly: boolean;
  dateApproximate: boolean;
  dateNote?: string;
  updated?: string;
  /** When a later version corrected it: its page and entry say so. */
  corrected?: string;
  /** Where it was filed from, shown before the text. */
  dateline?: string;
  /** The file's `summary`, or the start of the first paragraph. */
  summary: string;
  authors: FrontMatter["authors"];
  categories: string[];
  language: string;
  credit?: string;
  source?: FrontMatter["source"];
  image?: FrontMatter["image"];
  related: FrontMatter["related"];
  html: string;
}
