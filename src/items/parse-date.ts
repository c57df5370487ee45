/** A front-matter date, read strictly: what the build accepts and why it refuses. */
export interface ParsedDate {
  /** RFC 3339 instant in UTC, e.g. `2017-11-08T12:00:00.000Z`. */
  iso: string;
  /** True when the file gave a day and no time. */
  dayOnly: boolean;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/i;

/**
 * Parses an ISO 8601 / RFC 3339 date (`2017-11-08`, `2017-11-08T09:30:00+01:00`).
 * Returns the reason as a string when the text is not one.
 *
 * A day without a time is published at 12:00 UTC: readers show dates in their own
 * time zone, and noon UTC is the same calendar day from UTC−11 to UTC+11, where
 * midnight would show the day before in the Americas.
 * A time without a zone is refused: it would mean a different instant on every
 * machine that builds the site.
 */
export function parseDate(text: string): ParsedDate | string {
  const day = DAY.exec(text);
  if (day) {
    const [, y, m, d] = day;
    if (!isCalendarDay(+y!, +m!, +d!)) return `not a date: ${JSON.stringify(text)}`;
    return { iso: `${y}-${m}-${d}T12:00:00.000Z`, dayOnly: true };
  }
  const dt = DATE_TIME.exec(text);
  if (!dt) return `not a date: ${JSON.stringify(text)} (use 2017-11-08 or 2017-11-08T09:30:00+01:00)`;
  const [, y, m, d, hh, mm, ss = "00", , zone] = dt;
  if (!isCalendarDay(+y!, +m!, +d!) || +hh! > 23 || +mm! > 59 || +ss > 59) {
    return `not a date: ${JSON.stringify(text)}`;
  }
  if (!zone) {
    return `no time zone in ${JSON.stringify(text)}: add Z for UTC or an offset such as +01:00`;
  }
  if (zone !== "Z" && zone !== "z" && (+zone.slice(1, 3) > 23 || +zone.slice(4) > 59)) {
    return `not a time zone: ${JSON.stringify(zone)} in ${JSON.stringify(text)}`;
  }
  return { iso: new Date(text.replace(" ", "T")).toISOString(), dayOnly: false };
}

function isCalendarDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
