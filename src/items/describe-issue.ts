import type { z } from "zod";
import { FIELDS } from "./schema";

/**
 * Turns one schema issue into `field: what is wrong` lines, in words an editor
 * reads without knowing zod: "expected text, got a number", not "expected string".
 */
export function describeIssue(issue: z.core.$ZodIssue): string[] {
  const at = fieldPath(issue.path);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        // A key that is no plain name is quoted, so that it cannot pass for the line's own words.
        const name = /^[\p{L}\p{N}_-]+$/u.test(key) ? key : JSON.stringify(key);
        const field = at ? `${at}.${name}` : name;
        // Where the field is, lists left out: authors[0] takes the fields of authors.
        const where = issue.path.filter((part) => typeof part === "string").join(".");
        const hint = closest(key, FIELDS[where] ?? []);
        return `${field}: unknown field${hint ? ` (did you mean "${hint}"?)` : ""}`;
      });
    case "invalid_type":
      if (issue.input === undefined) return [`${at}: required`];
      if (at === "date" || at === "updated") {
        return [`${at}: expected a date such as 2017-11-08 or 2017-11-08T10:30:00+01:00, got ${kind(issue.input)}`];
      }
      return [`${at}: expected ${kind(issue.expected)}, got ${kind(issue.input)}`];
    default:
      return [`${at}: ${issue.message}`];
  }
}

function fieldPath(path: PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i ? "." : ""}${String(part)}`))
    .join("");
}

/** Words for a zod type name, or for the type of a YAML value. */
function kind(value: unknown): string {
  const names: Record<string, string> = {
    string: "text",
    boolean: "true or false",
    number: "a number",
    array: "a list",
    object: "a mapping of fields",
  };
  if (typeof value === "string" && value in names) return names[value]!;
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  return names[typeof value] ?? typeof value;
}

/** The known field a typo most likely meant: at most two edits away. */
function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance: a swapped pair of letters ("titel") counts as two. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}
