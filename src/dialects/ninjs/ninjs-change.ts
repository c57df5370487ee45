import { makeItem, type Naming } from "../../items/make-item";
import type { Item } from "../../items/item";
import { parseDate } from "../../items/parse-date";
import { SLUG } from "../../items/schema";
import type { Change } from "../../publish/change";
import type { Site } from "../../site";
import type { ItemState, Withdrawal } from "../../store/item-row";
import { hexDigest } from "../../text/hex-digest";
import { titleSlug } from "../title-slug";
import { ninjsFields, type NinjsFields } from "./ninjs-fields";

/** What the store holds of a document's `uri` already. */
export interface Stored {
  id: string;
  slug: string;
  state: ItemState;
  version: string | null;
  withdrawn: Withdrawal | null;
}

/** The change a valid document makes, and, for a document kept but not shown, why. */
export interface NinjsChange {
  change: Change;
  /** Why a valid document is kept in the store but not published (no headline, no text…). */
  notShown?: string[];
}

/**
 * The change a ninjs document (valid against the schema of `version`) makes to
 * the store: a withdrawal (`pubStatus` canceled or withheld), or the item it
 * maps to (README, "Agency dispatches: ninjs"), published, held until its
 * embargo, or kept unpublished, with the reasons, when it lacks what a dispatch
 * needs. The whole document goes with it: no field is lost. `freeSlug` finds a
 * page for a dispatch seen for the first time.
 */
export async function ninjsChange(
  doc: Record<string, unknown>,
  version: string,
  stored: Stored | undefined,
  now: string,
  site: Site,
  freeSlug: (slug: string) => Promise<string>,
): Promise<NinjsChange> {
  const fields = ninjsFields(doc, version);
  const digest = await hexDigest(new TextEncoder().encode(JSON.stringify(doc)));
  const problems: string[] = [];
  const at = (field: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const parsed = parseDate(value.trim());
    if (typeof parsed !== "string") return parsed;
    problems.push(`${field}: ${parsed}`);
    return undefined;
  };
  const versionCreated = at(spelled(version, "versionCreated"), fields.versionCreated);
  const firstCreated = at(spelled(version, "firstCreated"), fields.firstCreated);
  const embargo = at(spelled(version, "embargoedUntil"), fields.embargoedUntil);
  // Versions are ordered by when they were made; a document that says not is newer than any before.
  const versionKey = versionCreated?.iso ?? firstCreated?.iso ?? now;
  const base = { origin: "ninjs" as const, key: fields.uri, digest, version: versionKey, source: doc };
  if (fields.pubStatus !== "usable") {
    return { change: { ...base, kind: "withdraw", id: stored?.id ?? fields.uri, status: fields.pubStatus } };
  }

  const id = usableId(fields.uri);
  if (!id) problems.push(`uri: ${JSON.stringify(fields.uri)} is not a URI readers can keep as an entry's id (a tag:, urn:, https: or http: URI)`);
  // The page keeps its address across versions. A first version is named by its slugline when that is a URL slug already, else by its headline.
  const wanted = fields.slugline && SLUG.test(fields.slugline) ? fields.slugline : titleSlug(fields.headline ?? "", `dispatch-${digest.slice(0, 12)}`);
  const slug = stored?.slug || (await freeSlug(wanted));
  const date = firstCreated ?? versionCreated;
  const later = versionCreated && date && versionCreated.iso > date.iso ? versionCreated.iso : undefined;
  // A version of a dispatch already published, or held: a correction, and said so.
  const correction = later ?? (stored && stored.version !== null && versionCreated ? versionCreated.iso : undefined);
  const data = {
    title: fields.headline,
    date: fields.firstCreated ?? fields.versionCreated ?? now,
    ...(fields.dateNote && { date_approximate: true, date_note: fields.dateNote }),
    ...(later && { updated: later }),
    ...(correction && stored && { corrected: correction }),
    ...(fields.summary && { summary: fields.summary }),
    authors: fields.by ? [{ name: byline(fields.by) }] : [],
    categories: [...new Set(fields.categories)],
    ...(fields.language && { language: fields.language }),
    ...(credit(fields) && { credit: credit(fields) }),
    ...(fields.source && { source: fields.source }),
    ...(fields.picture && { image: image(fields.picture) }),
    related: fields.related,
    ...(fields.located && { dateline: fields.located }),
    ...(id && { id }),
    slug,
  };
  const naming: Naming = { file: "ninjs", slug, unsafe: "", empty: `${spelled(version, "bodies")}: required (the text of the dispatch)` };
  const made = makeItem(data, fields.body ?? { text: "" }, naming, site);
  if (!made.ok) problems.push(...made.problems.map((p) => inNinjs(p, version)));
  if (problems.length > 0 || !made.ok) {
    // Valid ninjs that is not a dispatch to publish (a picture alone, an event, a test document): kept, not shown.
    const item: Item = {
      file: "ninjs",
      slug,
      id: id ?? fields.uri,
      title: fields.headline ?? fields.uri,
      date: date?.iso ?? now,
      dayOnly: false,
      dateApproximate: false,
      summary: "",
      authors: [],
      categories: [],
      language: site.language,
      related: [],
      html: "",
    };
    return { change: { ...base, kind: "put", item, draft: true, visibleFrom: item.date }, notShown: problems };
  }
  const visibleFrom = embargo && embargo.iso > made.item.date ? embargo.iso : made.item.date;
  return { change: { ...base, kind: "put", item: { ...made.item, file: "ninjs" }, draft: false, visibleFrom } };
}

/** The credit line: a `creditline` description (AP's practice), else the copyright holder, else the notice. */
function credit(fields: NinjsFields): string | undefined {
  return fields.creditline ?? fields.copyrightHolder ?? fields.copyrightNotice;
}

/** A picture association as the item's picture: its largest rendition, or, with none online, its caption and credit alone. */
function image(picture: NonNullable<NinjsFields["picture"]>) {
  const words = { ...(picture.caption && { caption: picture.caption }), ...(picture.credit && { credit: picture.credit }) };
  if (!picture.href) return { unavailable: true, ...words };
  const type = picture.contentType && /^image\//.test(picture.contentType) ? { type: picture.contentType } : {};
  return { url: picture.href, ...type, ...words };
}

/** `by` is a statement ("By Jane Doe"): the names, without the word that introduces them. */
function byline(by: string): string {
  return by.replace(/^\s*(?:by|par|von|por|di|door)\s+/i, "");
}

/** A uri kept as the entry's id when it is one: RFC 4287 ids are IRIs, and readers key entries by them. */
function usableId(uri: string): string | undefined {
  try {
    return /^(?:tag|urn|https?):[^\s<>"]+$/i.test(uri) && new URL(uri).href === uri ? uri : undefined;
  } catch {
    return undefined;
  }
}

/** A 3.x field name as `version` spells it (2.x and 1.x in lowercase; 1.x `embargoed`, `body_text`). */
function spelled(version: string, name: string): string {
  if (version.startsWith("3.")) return name;
  if (name === "embargoedUntil") return "embargoed";
  if (name === "bodies" && version.startsWith("1.")) return "body_html";
  return name.toLowerCase();
}

/** The item schema's field names (`title: required`) as ninjs names them (`headlines: required`). */
function inNinjs(problem: string, version: string): string {
  const one = version.startsWith("1.");
  const names: Record<string, string> = {
    title: one ? "headline" : "headlines",
    date: spelled(version, "firstCreated"),
    updated: spelled(version, "versionCreated"),
    corrected: spelled(version, "versionCreated"),
    summary: one ? "description_text" : "descriptions",
    authors: one ? "byline" : "by",
    categories: one ? "subject" : "subjects",
    credit: spelled(version, "copyrightHolder"),
    image: "associations",
    related: "associations",
    dateline: "located",
    date_note: "descriptions",
  };
  return problem.replace(/^([a-z_]+)/, (field: string) => names[field] ?? field);
}
