import type { Item } from "../../src/items/item";
import { itemFrom } from "../interop/site-items";

/** The seed dispatch of test/fixtures/items/: a French article with every field. */
export const SEED_FILE = "syrie-larmee-encercle-la-derniere-ville-aux-mains-de-lei.md";

export interface SitePage {
  /** For the screenshot's file name. */
  name: string;
  path: string;
}

/** One page of each kind the site serves to people, from the fixture items. */
export function sitePages(items: readonly Item[]): SitePage[] {
  const article = (name: string, file: string) => ({ name, path: `/articles/${itemFrom(items, file).slug}` });
  return [
    { name: "home", path: "/" },
    { name: "category", path: "/categories/syrie/" },
    article("article-seed", SEED_FILE),
    article("article-english", "council-vote.md"),
    article("article-hostile", "hostile-text.md"),
    { name: "preview-rss", path: "/rss.xml" },
    { name: "preview-atom", path: "/atom.xml" },
  ];
}
