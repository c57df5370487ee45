import type { Labels } from "./labels";
import { en } from "./en";
import { fr } from "./fr";

export type { Labels };

/**
 * The languages the publisher writes its own words in, by primary language
 * subtag. To add one, copy en.ts to xx.ts in this folder, translate it, and add
 * it here; items in a language not listed get the English words, and the build
 * says so.
 */
const LABELS: Readonly<Record<string, Labels>> = { en, fr };

/** Labels for a BCP 47 tag, by its primary language; English when there are none. */
export function labels(language: string): Labels {
  return LABELS[primary(language)] ?? en;
}

/** Whether the publisher has words of its own in this language. */
export function hasLabels(language: string): boolean {
  return primary(language) in LABELS;
}

function primary(language: string): string {
  return language.split("-")[0]!.toLowerCase();
}
