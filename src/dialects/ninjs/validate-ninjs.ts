import { Validator, type OutputUnit, type Schema, type SchemaDraft } from "@cfworker/json-schema";
import { GEOJSON_SCHEMA, LATEST, NINJS_SCHEMAS } from "./ninjs-schemas";
import { ninjsVersion } from "./ninjs-version";

/** A document checked against IPTC's schema: the version used, or every problem as `path: what is wrong`. */
export type Checked = { ok: true; version: string } | { ok: false; version?: string; problems: string[] };

/**
 * Validates a ninjs document with IPTC's own JSON Schema for its version
 * (`ninjsVersion`), by @cfworker/json-schema, a maintained validator that runs
 * in Workers (Ajv compiles schemas with `new Function`, which Workers forbid).
 * A document no field dates is tried with the newest schema of each major.
 * Every problem at once, each naming its JSON path (`headlines[0].value`).
 */
export function validateNinjs(doc: unknown): Checked {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) return { ok: false, problems: ["(document): must be a JSON object"] };
  const told = ninjsVersion(doc as Record<string, unknown>);
  if (told && "problem" in told) return { ok: false, problems: [told.problem] };
  const versions = told ? [told.version] : [LATEST[3], LATEST[2], LATEST[1]];
  let closest: (Checked & { ok: false }) | undefined;
  for (const version of versions) {
    const { valid, errors } = validator(version).validate(doc);
    if (valid) return { ok: true, version };
    const problems = problemLines(errors, version);
    // Valid under none: what the version it comes closest to says.
    if (!closest || problems.length < closest.problems.length) closest = { ok: false, version, problems };
  }
  return closest!;
}

const validators = new Map<string, Validator>();

/** One validator per version, made when first needed (each has its own copy of the schemas). */
function validator(version: string): Validator {
  let made = validators.get(version);
  if (!made) {
    const schema = withoutFormats(NINJS_SCHEMAS[version]!) as Schema;
    made = new Validator(schema, DRAFTS[String(schema.$schema)] ?? "2020-12", false);
    if (!version.startsWith("1.")) made.addSchema(withoutFormats(GEOJSON_SCHEMA) as Schema);
    validators.set(version, made);
  }
  return made;
}

const DRAFTS: Record<string, SchemaDraft> = {
  "http://json-schema.org/draft-04/schema#": "4",
  "http://json-schema.org/draft-07/schema#": "7",
  "https://json-schema.org/draft/2020-12/schema": "2020-12",
};

/**
 * IPTC treats `format` as an annotation: its own valid test documents carry
 * `"uri": "001_simplest_file"` and `"versioncreated": "Last Tuesday"`. The
 * validator always asserts formats, so the keyword is taken out of a copy of the
 * schema; a property named `format` (a rendition's) stays.
 */
function withoutFormats(node: unknown, inNames = false): unknown {
  if (Array.isArray(node)) return node.map((child) => withoutFormats(child));
  if (node === null || typeof node !== "object") return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!inNames && key === "format" && typeof value === "string") continue;
    copy[key] = withoutFormats(value, !inNames && NAME_MAPS.has(key));
  }
  return copy;
}

/** Keywords whose value maps names to schemas: a key there is a name, not a keyword. */
const NAME_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);

/** Keywords that only say a part below them failed: the part says what. */
const WRAPPERS = new Set(["$ref", "$recursiveRef", "$dynamicRef", "properties", "patternProperties", "items", "prefixItems", "allOf", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "dependentSchemas", "contains", "then", "else", "if"]);

/**
 * The validator's output as one line per problem, at the deepest place it names;
 * a value that fits none of several forms (`oneOf`, `anyOf`: a GeoJSON geometry)
 * is one line, not one per form.
 */
function problemLines(errors: readonly OutputUnit[], version: string): string[] {
  const choices = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf").map((e) => `${e.keywordLocation}/`);
  const leaves = errors.filter((e) => !WRAPPERS.has(e.keyword) && !choices.some((c) => e.keywordLocation.startsWith(c)));
  const located = leaves.filter((e) => e.keyword !== "false").map((e) => e.instanceLocation);
  const lines = leaves.flatMap((e) => {
    // A property the schema does not know, unless it failed for a reason of its own.
    if (e.keyword === "false") {
      return located.some((at) => at === e.instanceLocation || at.startsWith(`${e.instanceLocation}/`)) ? [] : [`${jsonPath(e.instanceLocation)}: not a property of ninjs ${version}`];
    }
    return [line(e)];
  });
  return [...new Set(lines)];
}

function line(e: OutputUnit): string {
  const at = jsonPath(e.instanceLocation);
  const missing = /required property "([^"]*)"/.exec(e.error);
  if (e.keyword === "required" && missing) return `${at === "(document)" ? "" : `${at}.`}${missing[1]}: required`;
  const type = /Instance type "(\w+)" is invalid\. Expected (.*)\.$/.exec(e.error);
  if (type) return `${at}: must be ${type[2]!.replaceAll('"', "")}, not ${type[1]}`;
  if (e.keyword === "oneOf" || e.keyword === "anyOf") return `${at}: fits none of the forms ninjs allows here`;
  const choices = /does not match any of (\[.*\])\.?$/.exec(e.error);
  if (e.keyword === "enum" && choices) return `${at}: must be one of ${(JSON.parse(choices[1]!) as unknown[]).map((c) => JSON.stringify(c)).join(", ")}`;
  return `${at}: ${e.error.replace(/^Instance /, "")}`;
}

/** `#/headlines/0/value` (a JSON Pointer fragment) as `headlines[0].value`; a name that is not a word quoted: `["a b"]`. */
function jsonPath(location: string): string {
  const tokens = location.replace(/^#\/?/, "").split("/").filter((t) => t !== "").map((t) => decodeURIComponent(t).replaceAll("~1", "/").replaceAll("~0", "~"));
  if (tokens.length === 0) return "(document)";
  return tokens.map((t, i) => (/^\d+$/.test(t) ? `[${t}]` : /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(t) ? `${i ? "." : ""}${t}` : `[${JSON.stringify(t)}]`)).join("");
}
