import { printable } from "../text/printable";

/**
 * The build's refusal: one line per problem, `items/file.md → field: what is
 * wrong`. File names and fields come from the editor's files, so every line is
 * made printable: a control character in a name cannot clear a terminal or
 * forge a line.
 */
export class ItemsError extends Error {
  readonly lines: string[];

  constructor(lines: string[]) {
    const safe = lines.map(printable);
    super(`${safe.length} problem${safe.length === 1 ? "" : "s"} in items:\n${safe.join("\n")}`);
    this.name = "ItemsError";
    this.lines = safe;
  }
}
