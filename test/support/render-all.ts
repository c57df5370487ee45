import { feedDoc } from "../../src/feeds/feed-doc";
import { renderAtom } from "../../src/feeds/render-atom";
import { renderJsonFeed } from "../../src/feeds/render-json-feed";
import { renderRss } from "../../src/feeds/render-rss";
import type { Item } from "../../src/items/item";
import type { Site } from "../../src/site";
import { site } from "../fixtures/site";

export const BASE = "https://feeds.example.org";
export const PATHS = { rss: "/rss.xml", atom: "/atom.xml", json: "/feed.json" };

/** The three formats of one feed of `items`. */
export function renderAll(items: Item[], settings: Site = site) {
  const doc = feedDoc(items, settings, BASE, { paths: PATHS, key: "feed" });
  return { doc, rss: renderRss(doc), atom: renderAtom(doc), json: renderJsonFeed(doc) };
}
