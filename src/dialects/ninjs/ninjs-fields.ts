/**
 * What the publisher reads of a ninjs document, whatever its version: 1.x
 * (`headline`, `body_html`, `subject`, associations as an object), 2.x (the
 * plural arrays, lowercase names) and 3.x (the same, camelCase). Every field the
 * schema allows may be there or not; what is not read stays in the store with
 * the whole document.
 */
export interface NinjsFields {
  uri: string;
  firstCreated?: string;
  versionCreated?: string;
  embargoedUntil?: string;
  pubStatus: "usable" | "withheld" | "canceled";
  headline?: string;
  /** The agency's short name of the story ("SYRIE-CONFLIT"). */
  slugline?: string;
  body?: { html: string } | { text: string };
  /** `descriptions` by role: the summary, the credit line, the note on the date. */
  summary?: string;
  creditline?: string;
  dateNote?: string;
  by?: string;
  copyrightHolder?: string;
  copyrightNotice?: string;
  /** Names of `subjects`, then of `genres`. */
  categories: string[];
  language?: string;
  located?: string;
  picture?: Picture;
  /** Associated texts (`rel` related, or of type text): their headlines, and their URI when it is a web address. */
  related: { title: string; url?: string }[];
  /** The first information source with a web address. */
  source?: { name: string; url: string };
}

export interface Picture {
  href?: string;
  contentType?: string;
  caption?: string;
  credit?: string;
}

type Json = Record<string, unknown>;

/** The fields of `doc`, a document valid against the schema of `version`. */
export function ninjsFields(doc: Json, version: string): NinjsFields {
  return version.startsWith("1.") ? fieldsOf1(doc) : fieldsOf23(doc);
}

/** 2.x and 3.x: the same arrays, names lowercase in 2.x and camelCase in 3.x. */
function fieldsOf23(doc: Json): NinjsFields {
  const descriptions = list(get(doc, "descriptions"));
  const byRole = (...roles: string[]) => descriptions.find((d) => roles.includes(String(get(d, "role") ?? "").toLowerCase()));
  const summary = byRole("summary", "abstract", "") ?? descriptions.find((d) => get(d, "role") === undefined);
  const associations = list(get(doc, "associations"));
  const picture = associations.find((a) => get(a, "type") === "picture");
  const source = list(get(doc, "infoSources")).find((s) => isWebAddress(get(s, "uri")));
  return {
    ...common(doc),
    ...optional("headline", text(pick(list(get(doc, "headlines")), "main")?.value)),
    ...optional("body", bodyOf23(list(get(doc, "bodies")))),
    ...optional("summary", text(summary && valueAsText(summary))),
    ...optional("creditline", text(byRole("creditline", "credit")?.value)),
    ...optional("dateNote", text(byRole("datenote")?.value)),
    ...optional("by", text(doc.by)),
    categories: [...list(get(doc, "subjects")), ...list(get(doc, "genres"))].flatMap((s) => (text(s.name) ? [text(s.name)!] : [])),
    ...optional("picture", picture && pictureOf23(picture)),
    related: associations.filter((a) => a !== picture && (get(a, "rel") === "related" || get(a, "type") === "text")).flatMap(relatedOf),
    ...optional("source", source && { name: text(source.name) ?? String(get(source, "uri")), url: String(get(source, "uri")) }),
  };
}

function bodyOf23(bodies: Json[]): NinjsFields["body"] {
  const html = bodies.filter((b) => isHtml(get(b, "contentType")));
  const chosen = pick(html, "main") ?? pick(bodies, "main");
  if (!chosen || typeof chosen.value !== "string") return undefined;
  return isHtml(get(chosen, "contentType")) ? { html: chosen.value } : { text: chosen.value };
}

function pictureOf23(picture: Json): Picture {
  const renditions = list(get(picture, "renditions")).filter((r) => isWebAddress(r.href));
  // The largest rendition a browser shows: the "original" or "main" one, or the widest.
  const chosen = pick(renditions, "original") ?? [...renditions].sort((a, b) => Number(b.width ?? 0) - Number(a.width ?? 0))[0];
  const descriptions = list(get(picture, "descriptions"));
  const byRole = (role: string) => text(descriptions.find((d) => String(get(d, "role") ?? "").toLowerCase() === role)?.value);
  return {
    ...optional("href", chosen && String(chosen.href)),
    ...optional("contentType", text(chosen && get(chosen, "contentType"))),
    ...optional("caption", byRole("caption") ?? text(pick(list(get(picture, "headlines")), "main")?.value) ?? text(descriptions[0]?.value)),
    ...optional("credit", byRole("creditline") ?? text(picture.by) ?? text(get(picture, "copyrightHolder"))),
  };
}

function relatedOf(association: Json): { title: string; url?: string }[] {
  const title = text(pick(list(get(association, "headlines")), "main")?.value) ?? text(association.title);
  if (!title) return [];
  return [{ title, ...(isWebAddress(association.uri) && { url: String(association.uri) }) }];
}

/** 1.x: one `headline`, `body_<format>` and `description_<format>` strings, named objects. */
function fieldsOf1(doc: Json): NinjsFields {
  const bodyHtml = text(doc.body_html) ?? text(doc.body_xhtml) ?? text(doc.body_richtext);
  const bodyText = text(doc.body_text) ?? Object.entries(doc).find(([k, v]) => k.startsWith("body_") && typeof v === "string")?.[1];
  const associations = Object.values(record(doc.associations)).filter(isRecord);
  const picture = associations.find((a) => a.type === "picture");
  const renditions = Object.values(record(picture?.renditions)).filter(isRecord).filter((r) => isWebAddress(r.href));
  const chosen = [...renditions].sort((a, b) => Number(b.width ?? 0) - Number(a.width ?? 0))[0];
  return {
    ...common(doc),
    ...optional("headline", text(doc.headline)),
    ...optional("body", bodyHtml ? { html: bodyHtml } : typeof bodyText === "string" ? { text: bodyText } : undefined),
    ...optional("summary", text(doc.description_text) ?? text(doc.description_html && htmlText(String(doc.description_html)))),
    ...optional("by", text(doc.byline)),
    categories: [...list(doc.subject), ...list(doc.genre)].flatMap((s) => (text(s.name) ? [text(s.name)!] : [])),
    ...optional(
      "picture",
      picture && {
        ...optional("href", chosen && String(chosen.href)),
        ...optional("contentType", text(chosen?.mimetype)),
        ...optional("caption", text(picture.description_text) ?? text(picture.headline)),
        ...optional("credit", text(picture.byline) ?? text(picture.copyrightholder)),
      },
    ),
    related: associations.filter((a) => a !== picture && a.type === "text").flatMap((a) => (text(a.headline) ? [{ title: text(a.headline)!, ...(isWebAddress(a.uri) && { url: String(a.uri) }) }] : [])),
  };
}

/** What every version spells alike, or only by case. */
function common(doc: Json): Omit<NinjsFields, "categories" | "related"> {
  const status = String(get(doc, "pubStatus") ?? "usable");
  return {
    uri: String(doc.uri),
    ...optional("firstCreated", text(get(doc, "firstCreated"))),
    ...optional("versionCreated", text(get(doc, "versionCreated"))),
    // 1.x and 2.x: `embargoed`; 3.x: `embargoedUntil`.
    ...optional("embargoedUntil", text(get(doc, "embargoedUntil") ?? get(doc, "embargoed"))),
    pubStatus: status === "withheld" || status === "canceled" ? status : "usable",
    ...optional("copyrightHolder", text(get(doc, "copyrightHolder"))),
    ...optional("copyrightNotice", text(get(doc, "copyrightNotice"))),
    ...optional("language", text(doc.language)),
    ...optional("located", text(doc.located)),
    ...optional("slugline", text(doc.slugline)),
  };
}

/** A property by its 3.x name, or by its 2.x (and 1.x) lowercase one. */
function get(object: Json | undefined, name: string): unknown {
  return object?.[name] ?? object?.[name.toLowerCase()];
}

/** The element whose `role` is `role`, else the first. */
function pick(elements: Json[], role: string): Json | undefined {
  return elements.find((e) => e.role === role) ?? elements[0];
}

function isHtml(contentType: unknown): boolean {
  return typeof contentType === "string" && /^(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType);
}

function valueAsText(description: Json): string | undefined {
  const value = text(description.value);
  return value && isHtml(get(description, "contentType")) ? htmlText(value) : value;
}

/** Text of a little HTML (a description), its tags dropped. */
function htmlText(html: string): string {
  return html.replace(/<[^>]*>/g, " ").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

function isWebAddress(value: unknown): boolean {
  return typeof value === "string" && /^https?:\/\//i.test(value);
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function record(value: unknown): Json {
  return isRecord(value) ? value : {};
}

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `{ [name]: value }` when there is a value, else nothing: optional fields stay absent, not undefined. */
function optional<K extends string, V>(name: K, value: V | undefined | null | false | ""): { [P in K]?: V } {
  return value === undefined || value === null || value === false || value === "" ? {} : ({ [name]: value } as { [P in K]?: V });
}
