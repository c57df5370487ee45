import { sitePath } from "./site-path";

const PAGE_ORIGIN = "https://site-root.invalid";

/**
 * A link or image address of an item's body, as pages and feeds may carry it:
 * http(s) and mailto URLs as they are, relative ones resolved against the item's
 * page and written as paths from the site root (made absolute when served);
 * undefined for anything else (`javascript:`, `data:`, a path leading off the site).
 */
export function resolveUrl(href: string, pagePath: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href.trim(), PAGE_ORIGIN + pagePath);
  } catch {
    return undefined;
  }
  if (url.origin === PAGE_ORIGIN) return sitePath(url.pathname + url.search + url.hash);
  return ["https:", "http:", "mailto:"].includes(url.protocol) ? url.href : undefined;
}
