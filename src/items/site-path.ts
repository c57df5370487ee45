const SITE = "https://site-root.invalid";

/**
 * A path from the site root in its normal form (`/a/../b?x#y` → `/b?x#y`), or
 * undefined when it leaves the site: `/.//evil.example/x` normalises to
 * `//evil.example/x`, which a browser reads as another host.
 */
export function sitePath(path: string): string | undefined {
  const url = new URL(path, `${SITE}/`);
  if (url.origin !== SITE || url.pathname.startsWith("//")) return undefined;
  return url.pathname + url.search + url.hash;
}
