import { cleanText } from "../text/clean-text";
import { makeItem, type ItemDefaults, type Parsed } from "./make-item";
import { readYaml } from "./read-yaml";

export type { ItemDefaults, Parsed };

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

  const fileSlug = file.replace(/^.*\//, "").replace(/\.md$/, "");
  return makeItem(data, { markdown: source.slice(match[0].length) }, {
    file,
    slug: fileSlug,
    unsafe: `slug: the file name ${JSON.stringify(fileSlug)} is not URL-safe: rename the file (a-z, 0-9, hyphens) or set slug`,
    empty: "body: empty (write the article below the closing ---)",
  }, defaults);
}

function fail(...problems: string[]): Parsed {
  return { ok: false, problems };
}
