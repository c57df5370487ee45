import { LATEST, NINJS_SCHEMAS } from "./ninjs-schemas";

/** The ninjs version a document is validated with, and how it was told. */
export type NinjsVersion = { version: string; declared: boolean } | { problem: string };

/**
 * The version a document declares (`standard` in 2.x and 3.x, `$standard` from
 * 1.3), when it names ninjs; otherwise the major its fields' spelling gives
 * (1.x: `headline`, `body_text`…; 3.x: camelCase `versionCreated`,
 * `pubStatus`…; 2.x: lowercase names with the plural arrays), validated with the
 * newest schema of that major, which IPTC keeps backward compatible; `null` when
 * nothing tells (a document of fields every version spells alike).
 */
export function ninjsVersion(doc: Record<string, unknown>): NinjsVersion | null {
  const standard = (doc.standard ?? doc.$standard) as { name?: unknown; version?: unknown } | undefined;
  const named = standard && typeof standard === "object" && (standard.name === undefined || String(standard.name).toLowerCase() === "ninjs");
  if (named && standard.version !== undefined) {
    const where = doc.standard !== undefined ? "standard.version" : "$standard.version";
    // 1.0's schema is draft-03, which no maintained validator reads: IPTC's own runner checks 1.0 with 1.1.
    const version = standard.version === "1.0" ? "1.1" : String(standard.version);
    if (NINJS_SCHEMAS[version]) return { version, declared: true };
    // A working draft of a known major ("2.0-dev"): the newest published schema of that major.
    const major = /^([123])\./.exec(version)?.[1];
    if (major) return { version: LATEST[Number(major) as 1 | 2 | 3], declared: false };
    return { problem: `${where}: ${JSON.stringify(standard.version)} is not a ninjs version (1.0 to 1.7, 2.0 to 2.3, 3.0 to 3.2 are published)` };
  }
  const major = spelledMajor(doc);
  return major === null ? null : { version: LATEST[major], declared: false };
}

const ONE = ["headline", "byline", "subject", "person", "organisation", "place", "event", "object", "genre", "infosource", "trustindicator", "mimetype", "charcount", "wordcount"];
const THREE = [
  "versionCreated", "firstCreated", "contentCreated", "embargoedUntil", "pubStatus", "copyrightHolder", "copyrightNotice", "usageTerms",
  "edNote", "altIds", "infoSources", "trustIndicators", "rightsInfo", "representationType", "digitalSourceType", "eventDetails", "plannedCoverage",
];
const TWO = ["infosources", "trustindicators"];
const LOWER_ADMIN = ["versioncreated", "firstcreated", "contentcreated", "embargoed", "pubstatus", "copyrightholder", "copyrightnotice", "usageterms", "ednote", "representationtype", "rightsinfo", "digitalsourcetype"];
const PLURAL = ["headlines", "bodies", "descriptions", "subjects", "people", "organisations", "places", "events", "objects", "genres", "by"];

/** The major version the names of a document's fields belong to (IPTC ninjs user guide, per version). */
function spelledMajor(doc: Record<string, unknown>): 1 | 2 | 3 | null {
  const keys = Object.keys(doc);
  const has = (names: readonly string[]) => names.some((name) => name in doc);
  const asObject = (name: string) => doc[name] !== null && typeof doc[name] === "object" && !Array.isArray(doc[name]);
  if ("$standard" in doc || keys.some((k) => /^(?:body|description|headline)_/.test(k)) || has(ONE) || ["renditions", "associations", "altids"].some(asObject)) return 1;
  if (has(THREE) || doc.type === "event" || doc.type === "planning") return 3;
  if (has(TWO) || (has(LOWER_ADMIN) && (has(PLURAL) || Array.isArray(doc.renditions) || Array.isArray(doc.associations)))) return 2;
  // The plural arrays alone are spelled alike in 2.x and 3.x: the schemas tell.
  return null;
}
