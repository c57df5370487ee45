import type { Item } from "../items/item";
import { mediaFacts, mediaKey } from "./media-store";

/**
 * The item with its picture's real type and length when the picture is in the
 * media store (`/media/NAME`): feeds' enclosures say what readers will get. A
 * picture of /media/ that is not there is a problem: it would be a broken image.
 */
export async function withMediaFacts(bucket: R2Bucket, item: Item, field = "image.url"): Promise<Item | { problem: string }> {
  const url = item.image?.url;
  if (!url || mediaKey(url) === undefined) return item;
  const facts = await mediaFacts(bucket, url);
  if (!facts) return { problem: `${field}: ${url} is not in the media store (a file of media/ next to items/: npm run publish sends it)` };
  return { ...item, image: { ...item.image!, type: facts.type, length: facts.length } };
}
