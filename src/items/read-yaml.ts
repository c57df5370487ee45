import { parseDocument } from "yaml";

/**
 * Front matter as data, or its problems. Aliases are expanded at most `yaml`'s
 * default of 100 times, so a "billion laughs" file is refused rather than filling
 * memory; anything the parser throws becomes a problem of the file.
 */
export function readYaml(text: string): { data: unknown } | { problems: string[] } {
  try {
    const yaml = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
    if (yaml.errors.length > 0) {
      return {
        problems: yaml.errors.map((e) => {
          // Lines of the file: the YAML starts on line 2, after the opening "---".
          const line = text.slice(0, e.pos[0]).split("\n").length + 1;
          return `front matter: YAML error on line ${line}: ${e.message.split("\n")[0]}`;
        }),
      };
    }
    return { data: yaml.toJS() ?? {} };
  } catch (error) {
    return { problems: [`front matter: YAML could not be read: ${firstLine(error)}`] };
  }
}

/** The first line of an error's message: parsers' messages can run on. */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}
