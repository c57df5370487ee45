/** The build's refusal: one line per problem, `items/file.md → field: what is wrong`. */
export class ItemsError extends Error {
  constructor(readonly lines: string[]) {
    super(`${lines.length} problem${lines.length === 1 ? "" : "s"} in items:\n${lines.join("\n")}`);
    this.name = "ItemsError";
  }
}
