import { cleanText } from "../text/clean-text";
import { parseDocument } from "yaml";
import { describeIssue } from "./describe-issue";
import type { Item } from "./item";
import { htmlToText } from "./html-to-text";
import { renderMarkdown } from "./render-markdown";
import { frontMatterSchema, SLUG } from "./schema";

/** What an item needs from the site: its defaults. */
export interface ItemDefaults {
  language: string;
  tagAuthority: string;
}

export type Parsed =
  | { ok: true; item: Item; draft: boolean }
  | { ok: false; problems: string[] };

/**
 * A file larger than this is refused: a long read of 40,000 words fits, and the
 * item, rendered, stays well inside the 2 MB that D1 allows a value.
 */
export const MAX_ITEM_BYTES = 256 * 1024;

const FRONT_MATTER = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;

/**
 * Reads one item file: YAML front matter between `---` lines, then a Markdown body.
 * Returns every problem at once as `field: what is wrong`, without the file name.
 */
export function parseItem(file: string, bytes: Uint8Array, defaults: ItemDefaults): Parsed {
  if (bytes.length > MAX_ITEM_BYTES) {
    return fail(`file: ${bytes.length} bytes, over the limit of ${MAX_ITEM_BYTES} bytes (256 KiB)`);
  }
  let source: string;
  try {
    source = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail("file: not UTF-8 text (save it as UTF-8)");
  }
  // TextDecoder has already dropped a byte-order mark; Windows line ends are read as
  // "\n", and characters no feed may carry (controls, see cleanText) are dropped.
  source = cleanText(source);

  if (source.trim() === "") return fail("file: empty (an item needs front matter and a body)");
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    return fail(
      /^---[ \t]*\n/.test(source)
        ? 'front matter: no closing "---" line after the fields'
        : 'front matter: missing (the file must start with a line "---")',
    );
  }
  const frontMatter = match[1] ?? "";
  const read = readYaml(frontMatter);
  if ("problems" in read) return fail(...read.problems);
  const { data } = read;
  if (typeof data !== "object" || Array.isArray(data)) {
    return fail(`front matter: must be a mapping of fields (name: value), got ${Array.isArray(data) ? "a list" : "a single value"}`);
  }

  const problems: string[] = [];
  const result = frontMatterSchema.safeParse(data, { reportInput: true });
  if (!result.success) problems.push(...result.error.issues.flatMap(describeIssue));

  const body = source.slice(match[0].length);
  if (body.trim() === "") problems.push("body: empty (write the article below the closing ---)");

  const fileSlug = file.replace(/^.*\//, "").replace(/\.md$/, "");
  const slug = result.data?.slug ?? fileSlug;
  if (!result.data?.slug && !SLUG.test(fileSlug)) {
    problems.push(
      `slug: the file name ${JSON.stringify(fileSlug)} is not URL-safe: rename the file (a-z, 0-9, hyphens) or set slug`,
    );
  }
  if (problems.length > 0 || !result.success) return { ok: false, problems };

  const fm = result.data;
  const language = fm.language ?? defaults.language;
  const html = render(body, `/articles/${slug}`, language);
  if (typeof html !== "string") return fail(html.problem);
  return {
    ok: true,
    draft: fm.draft,
    item: {
      file,
      slug,
      id: fm.id ?? `tag:${defaults.tagAuthority}:${slug}`,
      title: fm.title,
      date: fm.date.iso,
      dayOnly: fm.date.dayOnly,
      dateApproximate: fm.date_approximate,
      ...(fm.date_note && { dateNote: fm.date_note }),
      ...(fm.updated && { updated: fm.updated.iso }),
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

/**
 * The front matter as data, or its problems. Aliases are expanded at most
 * `yaml`'s default of 100 times, so a "billion laughs" file is refused rather
 * than filling memory; anything the parser throws becomes a problem of the file.
 */
function readYaml(text: string): { data: unknown } | { problems: string[] } {
  try {
    const yaml = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
    if (yaml.errors.length > 0) {
      return {
        problems: yaml.errors.map((e) => {
          // Lines of the file: the YAML starts on line 2, after the opening "---".
          const line = text.slice(0, e.pos[0]).split("\n").length + 1;
          return `front matter: YAML error on line ${line}: ${e.message.split("\n")[0]}`;
        }),
      };
    }
    return { data: yaml.toJS() ?? {} };
  } catch (error) {
    return { problems: [`front matter: YAML could not be read: ${reason(error)}`] };
  }
}

/** The body as HTML, or why marked could not render it (it recurses: deep nesting overflows its stack). */
function render(markdown: string, pagePath: string, language: string): string | { problem: string } {
  try {
    return renderMarkdown(markdown, pagePath, language);
  } catch (error) {
    return {
      problem:
        error instanceof RangeError
          ? `body: nested too deeply to render (${reason(error)}): use fewer levels of quotes, lists or emphasis`
          : `body: could not be rendered: ${reason(error)}`,
    };
  }
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}

function fail(...problems: string[]): Parsed {
  return { ok: false, problems };
}

/** The first paragraph as plain text, cut at a word near 300 characters. */
function excerpt(html: string): string {
  const first = htmlToText(/<p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? html).trim();
  if (first.length <= 300) return first;
  const cut = first.slice(0, 300);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 200)).trimEnd()}…`;
}
