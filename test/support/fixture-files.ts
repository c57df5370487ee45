import type { ItemFile } from "../../src/items/load-items";

const badItems = import.meta.glob<string>("../fixtures/items-bad/*", { query: "?raw", import: "default", eager: true });
const realItems = import.meta.glob<string>("../../items/*", { query: "?raw", import: "default", eager: true });

function asFiles(files: Record<string, string>): ItemFile[] {
  return Object.entries(files).map(([path, text]) => ({
    path: `items/${path.replace(/^.*\//, "")}`,
    bytes: new TextEncoder().encode(text),
  }));
}

/** The broken item files of test/fixtures/items-bad/, named as if they were in items/. */
export const badItemFiles = asFiles(badItems);

/** The project's own items/, as the build reads them. */
export const realItemFiles = asFiles(realItems);

/** One item file from text. */
export function itemFile(name: string, text: string): ItemFile {
  return { path: `items/${name}`, bytes: new TextEncoder().encode(text) };
}
