import { html } from "hono/html";
import type { TopicView } from "../feeds/topic-view";
import type { Labels } from "../text/labels";
import { pagePath } from "../urls";

/**
 * Links from one page of a topic to the next older and newer ones. Pages are
 * the archive pages of the topic's feeds (RFC 5005 §4), so each keeps its items
 * and its address: a link to one stays good.
 */
export function pageLinks({ topic, page, pages }: TopicView, l: Labels) {
  const older = page === undefined ? (pages > 0 ? pages : undefined) : page > 1 ? page - 1 : undefined;
  const newer = page === undefined ? undefined : page < pages ? page + 1 : 0;
  if (older === undefined && newer === undefined) return "";
  const link = (to: number, rel: string, text: string) => html`<a href="${encodeURI(pagePath(topic.key, to || undefined))}" rel="${rel}">${text}</a>`;
  return html`<nav aria-label="${l.pagination}" class="pages">${newer !== undefined ? link(newer, "prev", `← ${l.newerItems}`) : ""}${
    older !== undefined && newer !== undefined ? " · " : ""
  }${older !== undefined ? link(older, "next", `${l.olderItems} →`) : ""}</nav>`;
}
