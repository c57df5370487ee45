import type { Item } from "../items/item";
import { topicKey, type TopicKind } from "../urls";

export interface TopicRef {
  key: string;
  kind: TopicKind;
  /** As the item spells it; "" for the site. */
  name: string;
}

/** Every topic an item belongs to: the site, its categories, its authors and its language. */
export function topicsOf(item: Item): TopicRef[] {
  const refs: TopicRef[] = [{ key: "", kind: "site", name: "" }];
  const add = (kind: Exclude<TopicKind, "site">, name: string) => {
    const key = topicKey(kind, name);
    if (!refs.some((ref) => ref.key === key)) refs.push({ key, kind, name });
  };
  for (const name of item.categories) add("category", name);
  for (const { name } of item.authors) add("author", name);
  add("language", item.language);
  return refs;
}
