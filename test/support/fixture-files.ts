import type { ItemFile } from "../../src/items/load-items";

const badItems = import.meta.glob<string>("../fixtures/items-bad/*", { query: "?raw", import: "default", eager: true });
const siteItems = import.meta.glob<string>("../fixtures/items/*", { query: "?raw", import: "default", eager: true });

function asFiles(files: Record<string, string>): ItemFile[] {
  return Object.entries(files).map(([path, text]): ItemFile => ({
    path: `items/${path.replace(/^.*\//, "")}`,
    bytes: new TextEncoder().encode(text),
  }));
}

/** The broken item files of test/fixtures/items-bad/, named as if they were in items/. */
export const badItemFiles = asFiles(badItems);

/** The fixture site's items (test/fixtures/items/), named as if they were in items/. */
export const siteItemFiles = asFiles(siteItems);

/** One item file from text. */
export function itemFile(name: string, text: string): ItemFile {
  return { path: `items/${name}`, bytes: new TextEncoder().encode(text) };
}

/** The fixture site's items as files to publish (test/support/store.ts). */
export const siteFiles = Object.entries(siteItems).map(([path, text]) => ({ name: path.replace(/^.*\//, ""), text }));

/** The pictures of test/fixtures/media/, as bytes (Vite inlines them as data URLs). */
export const mediaFiles = Object.entries(
  import.meta.glob<string>("../fixtures/media/*", { query: "?inline", import: "default", eager: true }),
).map(([path, url]) => ({ name: path.replace(/^.*\//, ""), bytes: Uint8Array.from(atob(url.slice(url.indexOf(",") + 1)), (c) => c.charCodeAt(0)) }));
