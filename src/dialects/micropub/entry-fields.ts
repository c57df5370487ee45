import { decodeHTMLStrict } from "entities";
import type { Naming } from "../../items/make-item";
import type { Body } from "../../items/render-body";
import { escapeHtml } from "../../text/escape-html";
import { titleSlug } from "../title-slug";
import type { Properties } from "./micropub-request";

/** What the store keeps of an item from Micropub (its `source`): the entry as sent, commands and all. */
export interface Entry {
  type: string;
  properties: Properties;
  commands: Properties;
}

/**
 * An h-entry's properties as an item's fields (the front matter's names), its
 * body and its naming. `name` is the title; a note without one is titled by the
 * start of its text. `content` is text, or `{"html": …}` (sanitised later),
 * `photo` a URL or `{"value", "alt"}` (the first is the item's picture, the
 * others follow the text), `published` the date (else `now`), `post-status:
 * draft` a draft, `mp-slug` the slug. Other properties stay in the store only.
 */
export function entryFields(entry: Entry, base: string, now: string, kept?: { id: string; slug: string; date: string }) {
  const { properties, commands } = entry;
  const first = (name: string) => properties[name]?.[0];
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const content = first("content");
  const html = typeof content === "object" && content !== null ? text((content as Record<string, unknown>).html) : undefined;
  const plain = text(content) ?? (typeof content === "object" && content !== null ? text((content as Record<string, unknown>).value) : undefined);
  const photos = (properties.photo ?? []).flatMap((photo) => {
    const value = typeof photo === "string" ? photo : text((photo as Record<string, unknown> | null)?.value);
    return value ? [{ url: sitePath(value, base), alt: text((photo as Record<string, unknown> | null)?.alt) }] : [];
  });
  const title = text(first("name")) ?? titleOf(plain ?? stripTags(html ?? ""));
  const data: Record<string, unknown> = {
    title,
    date: text(first("published")) ?? kept?.date ?? now,
    ...(kept && { updated: now, id: kept.id, slug: kept.slug }),
    ...(text(first("summary")) && { summary: text(first("summary")) }),
    categories: (properties.category ?? []).filter((c) => typeof c === "string"),
    ...(photos[0] && { image: { url: photos[0].url, ...(photos[0].alt && { alt: photos[0].alt }) } }),
    draft: text(first("post-status")) === "draft",
    ...(!kept && text(commands["mp-slug"]?.[0]) && { slug: text(commands["mp-slug"]?.[0]) }),
  };
  const more = photos.slice(1).map((p) => `<p><img src="${escapeHtml(p.url)}" alt="${escapeHtml(p.alt ?? "")}"></p>`);
  const body: Body =
    html !== undefined ? { html: [html, ...more].join("\n") } : more.length > 0 ? { html: [...paragraphs(plain ?? ""), ...more].join("\n") } : { text: plain ?? "" };
  const naming: Naming = {
    file: "micropub",
    slug: kept?.slug ?? titleSlug(title, `note-${now.replace(/[^0-9]/g, "").slice(0, 14)}`),
    unsafe: "mp-slug: not URL-safe: use lowercase letters a-z, digits and single hyphens",
    empty: "content: required (the text of the post)",
  };
  return { data, body, naming };
}

/** Field names of the item as the h-entry names them, for problem lines. */
const PROPERTY: Readonly<Record<string, string>> = {
  title: "name",
  date: "published",
  categories: "category",
  image: "photo",
  slug: "mp-slug",
  draft: "post-status",
};

/** A problem line of the item schema (`title: required`) in Micropub's words (`name: required`). */
export function inProperties(problem: string): string {
  return problem.replace(/^([a-z_]+)/, (field: string) => PROPERTY[field] ?? field);
}

/** A note's title: its first sentence or line, cut at a word near 80 characters. */
function titleOf(text: string): string {
  const line = text.trim().split(/\n|(?<=[.!?])\s/)[0]?.trim() ?? "";
  if (line.length <= 80) return line;
  const cut = line.slice(0, 80);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 50)).trimEnd()}…`;
}

/** A URL of this site as a path from its root (so the media store can say what it is); others as they are. */
function sitePath(url: string, base: string): string {
  return url.startsWith(`${base}/`) ? url.slice(base.length) : url;
}

function paragraphs(text: string): string[] {
  return text.trim() ? text.trim().split(/\n[ \t]*\n+/).map((p) => `<p>${escapeHtml(p)}</p>`) : [];
}

function stripTags(html: string): string {
  return decodeHTMLStrict(html.replace(/<[^>]*>/g, " "));
}
