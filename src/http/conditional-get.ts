import type { Representation } from "./representation";

/**
 * Whether a GET or HEAD can be answered `304 Not Modified` (RFC 9110 §13.2.2):
 * If-None-Match decides when present; If-Modified-Since only when it is not.
 */
export function isNotModified(headers: Headers, rep: Representation): boolean {
  const ifNoneMatch = headers.get("If-None-Match");
  if (ifNoneMatch !== null) return matchesAny(ifNoneMatch, rep.etag);
  const ifModifiedSince = headers.get("If-Modified-Since");
  if (ifModifiedSince === null || rep.modifiedSeconds === undefined) return false;
  const since = parseHttpDate(ifModifiedSince);
  // §13.1.3: an invalid date is ignored, as if the field were absent.
  return since !== undefined && rep.modifiedSeconds <= since;
}

/**
 * §13.1.2: `*` matches any current representation; otherwise each listed tag is
 * compared weakly (§8.8.3.2), so `W/"x"` matches `"x"`. Cloudflare turns strong
 * tags weak when it compresses a response, and readers send back what they got.
 */
function matchesAny(field: string, etag: string): boolean {
  if (field.trim() === "*") return true;
  const opaque = etag.replace(/^W\//, "");
  for (const [, tag] of field.matchAll(/(?:W\/)?("[\x21\x23-\x7e\x80-\xff]*")/g)) {
    if (tag === opaque) return true;
  }
  return false;
}

const DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
const TIME = "\\d{2}:\\d{2}:\\d{2}";
/** §5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms a recipient must accept. */
const HTTP_DATE = [
  new RegExp(`^${DAY}, \\d{2} ${MONTH} \\d{4} ${TIME} GMT$`),
  new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{2}-${MONTH}-\\d{2} ${TIME} GMT$`),
  new RegExp(`^${DAY} ${MONTH} [ \\d]\\d ${TIME} \\d{4}$`),
];

/** Seconds since the epoch, or undefined for anything that is not one HTTP-date. */
function parseHttpDate(value: string): number | undefined {
  const trimmed = value.trim();
  if (!HTTP_DATE.some((format) => format.test(trimmed))) return undefined;
  // asctime carries no zone: it is GMT (§5.6.7).
  const ms = Date.parse(/GMT$/.test(trimmed) ? trimmed : `${trimmed} GMT`);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}
