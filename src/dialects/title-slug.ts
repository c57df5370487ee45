/**
 * A URL-safe slug from a title: Latin letters without accents, digits and single
 * hyphens, at most 60 characters; `fallback` when nothing is left (a title in
 * another script).
 */
export function titleSlug(title: string, fallback: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || fallback;
}
