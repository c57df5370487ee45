import type { Labels } from "./labels";

/**
 * What is written under a photo: its caption, then its credit after the label
 * ("Photo : AFP"), unless the credit already starts with the label
 * ("Photo: J. Doe" stays as written, not "Photo : Photo: J. Doe").
 */
export function photoCaption(image: { caption?: string; credit?: string }, l: Labels): string {
  const { caption, credit } = image;
  const labelled = credit && (startsWithLabel(credit, l.photo) ? credit : `${l.photo}${l.colon} ${credit}`);
  return [caption, labelled].filter(Boolean).join(" — ");
}

function startsWithLabel(text: string, label: string): boolean {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:`, "iu").test(text);
}
