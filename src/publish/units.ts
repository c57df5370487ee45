/**
 * A unit of rendering: what `renderUnits` makes documents of. Written to the
 * `pending` table with the change that calls for it, deleted once rendered.
 *
 * - `topic|KEY|current` or `topic|KEY|N`: a topic's current feed or archive page N,
 *   in every format, with its HTML page and the page about its feeds;
 * - `article|ID`: an item's page;
 * - `gone|DOCUMENT`: a document that no longer exists (an article deleted or moved);
 * - `withdrawn|ID`: the page of an item its source withdrew, answering 410 Gone;
 * - `opml`: the subscription list.
 */
export type Unit = string;

export const OPML_UNIT: Unit = "opml";

export function topicUnit(key: string, page: number | "current"): Unit {
  return `topic|${key}|${page}`;
}

export function articleUnit(id: string): Unit {
  return `article|${id}`;
}

export function goneUnit(document: string): Unit {
  return `gone|${document}`;
}

export function withdrawnUnit(id: string): Unit {
  return `withdrawn|${id}`;
}

export type ParsedUnit =
  | { kind: "topic"; key: string; page: number | "current" }
  | { kind: "article"; id: string }
  | { kind: "gone"; document: string }
  | { kind: "withdrawn"; id: string }
  | { kind: "opml" };

export function parseUnit(unit: Unit): ParsedUnit {
  if (unit === OPML_UNIT) return { kind: "opml" };
  const [kind, rest = ""] = [unit.slice(0, unit.indexOf("|")), unit.slice(unit.indexOf("|") + 1)];
  switch (kind) {
    case "topic": {
      const at = rest.lastIndexOf("|");
      const page = rest.slice(at + 1);
      return { kind: "topic", key: rest.slice(0, at), page: page === "current" ? "current" : Number(page) };
    }
    case "article":
      return { kind: "article", id: rest };
    case "gone":
      return { kind: "gone", document: rest };
    case "withdrawn":
      return { kind: "withdrawn", id: rest };
    default:
      throw new Error(`not a unit of rendering: ${JSON.stringify(unit)}`);
  }
}
