import { SaxesParser } from "saxes";

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text and CDATA of this element alone, joined. */
  text: string;
}

/**
 * Parses XML strictly (saxes checks XML 1.0 well-formedness and namespaces) and
 * returns the root element: any fault throws, so a test that parses proves the
 * document is well-formed.
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) {
      attributes[name] = typeof attribute === "string" ? attribute : attribute.value;
    }
    const element = { name: tag.name, attributes, children: [], text: "" };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (text) => void (stack.at(-1)!.text += text));
  parser.on("cdata", (text) => void (stack.at(-1)!.text += text));
  parser.write(xml).close();
  return root.children[0]!;
}

/** The children of `element` named `name`. */
export function all(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The one child of `element` named `name`. */
export function one(element: XmlElement, name: string): XmlElement {
  const found = all(element, name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${element.name}>, found ${found.length}`);
  return found[0]!;
}
