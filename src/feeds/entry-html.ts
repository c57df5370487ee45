import type { Item } from "../items/item";
import { site } from "../site";
import { escapeHtml } from "../text/escape-html";
import { formatTime } from "../text/format-time";
import { labels } from "../text/labels";
import { photoCaption } from "../text/photo-caption";
import { absolute } from "../urls";
import { absoluteUrls } from "./absolute-urls";

/**
 * The full HTML of an item for feed readers: the photo and its caption, the
 * dateline, the body, when it was corrected, then the credit line, the note on an approximate date, the source and the
 * related headlines, with labels in the item's language. Readers show content,
 * not our metadata, so what an editor filled in reaches the reader here.
 */
export function entryHtml(item: Item, base: string): string {
  const l = labels(item.language);
  const parts: string[] = [];
  const { image } = item;
  const caption = image && photoCaption(image, l);
  if (image?.url) {
    parts.push(
      `<figure><img src="${escapeHtml(absolute(image.url, base))}" alt="${escapeHtml(image.alt ?? image.caption ?? "")}">` +
        (caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : "") +
        `</figure>`,
    );
  } else if (image) {
    parts.push(`<p><small>(${escapeHtml(l.photoNotKept)}) ${escapeHtml(caption ?? "")}</small></p>`);
  }
  if (item.dateline) parts.push(`<p><strong>${escapeHtml(item.dateline)}</strong></p>`);
  parts.push(absoluteUrls(item.html, base).trim());
  if (item.corrected) parts.push(`<p><small>${escapeHtml(l.corrected.replace("{0}", formatTime(item.corrected, item.language, site.timeZone)))}</small></p>`);
  if (item.credit) parts.push(`<p>${escapeHtml(item.credit)}</p>`);
  if (item.dateApproximate) {
    parts.push(`<p><small>${escapeHtml(l.approximateDate)}${l.colon} ${escapeHtml(item.dateNote ?? "")}</small></p>`);
  }
  if (item.source) {
    parts.push(
      `<p>${escapeHtml(l.source)}${l.colon} <a href="${escapeHtml(absolute(item.source.url, base))}">${escapeHtml(item.source.name)}</a></p>`,
    );
  }
  if (item.related.length > 0) {
    const list = item.related
      .map((r) => `<li>${r.url ? `<a href="${escapeHtml(absolute(r.url, base))}">${escapeHtml(r.title)}</a>` : escapeHtml(r.title)}</li>`)
      .join("");
    parts.push(`<h2>${escapeHtml(l.related)}</h2><ul>${list}</ul>`);
  }
  return parts.join("\n");
}
