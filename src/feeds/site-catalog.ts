import type { Publication } from "../items/publication";
import { site } from "../site";
import { feedCatalog, type Catalog } from "./feed-catalog";

const catalogs = new WeakMap<Publication, Catalog>();

/** Every topic and feed document of what is published, worked out once per publication. */
export function siteCatalog(published: Publication): Catalog {
  let catalog = catalogs.get(published);
  if (!catalog) {
    catalog = feedCatalog(published.items, site.title, site.feedSize);
    catalogs.set(published, catalog);
  }
  return catalog;
}
