/** Formatters made once per language, zone and style: making one costs more than formatting a date with it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment for people, in `language`: the day and time of day in `timeZone`
 * ("8 novembre 2017 à 14:05"), or the day alone (`dayOnly`, a date given
 * without a time, which is read in UTC).
 */
export function formatTime(iso: string, language: string, timeZone: string, dayOnly = false): string {
  const key = `${language} ${dayOnly ? "UTC day" : timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, dayOnly ? { dateStyle: "long", timeZone: "UTC" } : { dateStyle: "long", timeStyle: "short", timeZone });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(iso));
}
