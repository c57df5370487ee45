import { publishedItems } from "../items/published-items";
import { site } from "../site";
import { feedCatalog, type Catalog } from "./feed-catalog";

let catalog: Catalog | undefined;

/** Every topic and feed document of the published items, worked out once per isolate. */
export function siteCatalog(): Catalog {
  return (catalog ??= feedCatalog(publishedItems(), site.title, site.feedSize));
}
