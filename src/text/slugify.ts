/**
 * A path segment for a name: Latin letters lose their accents ("Météo" → "meteo"),
 * other scripts are kept as they are (an IRI segment: "עברית"), everything else
 * becomes single hyphens. A name with no letter or digit at all ("🎉") is spelled
 * by its code points ("u1f389"), so every name has a page.
 */
export function slugify(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length > 0) return words.join("-");
  return [...name].map((c) => `u${c.codePointAt(0)!.toString(16)}`).join("-");
}
