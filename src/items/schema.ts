import { z } from "zod";
import { cleanText } from "../text/clean-text";
import { oneLine } from "../text/one-line";
import { imageType } from "./image-type";
import { parseDate } from "./parse-date";
import { sitePath } from "./site-path";

/**
 * Text an editor writes: without the characters XML forbids (a YAML escape such
 * as "\x01" can write them), trimmed, never empty.
 */
const text = z
  .string()
  .transform((value) => cleanText(value).trim())
  .pipe(z.string().min(1, "must not be empty"));

/**
 * Text shown on one line (a title, a name, a category): runs of white space,
 * line breaks included, become one space, as jekyll-feed does. Readers show a
 * line break in a title as a broken title. No-break spaces are typography, kept.
 */
const line = z
  .string()
  .transform((value) => oneLine(cleanText(value)))
  .pipe(z.string().min(1, "must not be empty"));

/**
 * An absolute http(s) URL, or a path from the site root (made absolute when served),
 * written in its normal form so that every format and reader sees the same string.
 */
const url = z.string().transform((value, ctx) => {
  const trimmed = value.trim();
  try {
    if (trimmed.startsWith("/") && !trimmed.startsWith("//")) {
      const path = sitePath(trimmed);
      if (path) return path;
      ctx.addIssue({ code: "custom", message: `not a path on this site: ${JSON.stringify(value)} leads to another host` });
      return z.NEVER;
    }
    const parsed = new URL(trimmed);
    if (parsed.protocol === "https:" || parsed.protocol === "http:") return parsed.href;
  } catch {
    // reported below
  }
  ctx.addIssue({
    code: "custom",
    message: `not an absolute URL: ${JSON.stringify(value)} (use https://… or a path starting with /)`,
  });
  return z.NEVER;
});

const date = z.string().transform((value, ctx) => {
  const parsed = parseDate(value.trim());
  if (typeof parsed === "string") {
    ctx.addIssue({ code: "custom", message: parsed });
    return z.NEVER;
  }
  return parsed;
});

const language = z.string().superRefine((value, ctx) => {
  try {
    if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value) && Intl.getCanonicalLocales(value)) return;
  } catch {
    // Intl rejects tags that have the right shape but are not BCP 47
  }
  ctx.addIssue({ code: "custom", message: `not a BCP 47 language tag: ${JSON.stringify(value)} (e.g. fr, en-GB)` });
});

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z
  .string()
  .regex(SLUG, "not URL-safe: use lowercase letters a-z, digits and single hyphens");

const author = z.strictObject({
  name: line,
  email: z.string().trim().regex(/^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/, "not an email address").optional(),
  url: url.optional(),
});

const source = z.strictObject({ name: line, url });
const related = z.strictObject({ title: line, url: url.optional() });

const imageFields = z.strictObject({
  url: url.optional(),
  /** The picture was on the source page but was not kept: caption and credit stay. */
  unavailable: z.boolean().default(false),
  caption: text.optional(),
  credit: line.optional(),
  alt: text.optional(),
  type: z.string().regex(/^image\/[a-z0-9.+-]+$/, "not an image media type (e.g. image/jpeg)").optional(),
  length: z.number().int().positive("must be a size in bytes").optional(),
});

const image = imageFields.superRefine((value, ctx) => {
  if (!value.url && !value.unavailable) {
    ctx.addIssue({
      code: "custom",
      path: ["url"],
      message: "required (or set unavailable: true when the picture was not kept)",
    });
  }
  if (value.url && !imageType(value)) {
    ctx.addIssue({
      code: "custom",
      path: ["type"],
      message: "required: the URL does not end in .jpg, .png, .gif, .webp, .avif or .svg",
    });
  }
});

/**
 * The front matter of an item file. The TypeScript type is inferred from it, so
 * the schema and the code that reads items cannot drift apart.
 */
export const frontMatterSchema = z
  .strictObject({
    title: line,
    date,
    date_approximate: z.boolean().default(false),
    date_note: text.optional(),
    updated: date.optional(),
    /** When a later version corrected the item (shown on its page and in its entry). */
    corrected: date.optional(),
    /** Where the dispatch was filed from: "BEYROUTH", "Deir Ezzor (Syrie)". */
    dateline: line.optional(),
    summary: text.optional(),
    authors: z.array(author).default([]),
    categories: z.array(line).default([]),
    language: language.optional(),
    credit: line.optional(),
    source: source.optional(),
    image: image.optional(),
    related: z.array(related).default([]),
    draft: z.boolean().default(false),
    slug: slug.optional(),
    id: z
      .string()
      .refine(isNormalUri, "not a URI written in its normal form (e.g. tag:example.org,2026:slug)")
      .refine((value) => ID_SCHEMES.test(value), "use a tag:, urn:, https: or http: URI: readers show and follow ids")
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.updated && value.updated.iso < value.date.iso) {
      ctx.addIssue({ code: "custom", path: ["updated"], message: "is earlier than date" });
    }
    if (value.corrected && value.corrected.iso < value.date.iso) {
      ctx.addIssue({ code: "custom", path: ["corrected"], message: "is earlier than date" });
    }
  });

/** Schemes an id may have: names (RFC 4151 tag, RFC 8141 urn) and web addresses. */
const ID_SCHEMES = /^(?:tag|urn|https?):/i;

/** A URI that URL parsing leaves as it is, so every format writes the same id. */
function isNormalUri(value: string): boolean {
  try {
    return /^[a-z][a-z0-9+.-]*:[^\s<>"]+$/i.test(value) && new URL(value).href === value;
  } catch {
    return false;
  }
}

export type FrontMatter = z.output<typeof frontMatterSchema>;

/** Field names by where they are ("" for the top level), for "did you mean" hints. */
export const FIELDS: Readonly<Record<string, readonly string[]>> = {
  "": Object.keys(frontMatterSchema.shape),
  authors: Object.keys(author.shape),
  source: Object.keys(source.shape),
  related: Object.keys(related.shape),
  image: Object.keys(imageFields.shape),
};
