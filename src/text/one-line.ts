/**
 * Text on one line: every run of white space (spaces, tabs, line breaks, the
 * Unicode line and paragraph separators) becomes one space, ends trimmed.
 * No-break and other typographic spaces are left as written.
 */
export function oneLine(text: string): string {
  return text.replace(/[ \t\n\v\f\r\u0085\u2028\u2029]+/g, " ").trim();
}
