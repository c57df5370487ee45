import { escapeHtml } from "../text/escape-html";

type Context = "text" | "cdata" | "plain";

/**
 * RSS Profile §3.1 (https://www.rssboard.org/rss-profile#data-types-characterdata):
 * plain text in RSS encodes `&` and `<` as hexadecimal character references, so
 * that readers that decode a title twice still show the text, and the W3C
 * validator does not take it for HTML.
 */
const PLAIN: Record<string, string> = { "&": "&#x26;", "<": "&#x3C;", ">": "&#x3E;" };

/**
 * Text that `feed` 6.0.0 would mangle goes through slots instead.
 *
 * `feed` (through xml-js) escapes text differently in each place: CDATA sections
 * split only the first `]]>`, attribute values keep `&` and `<`, and element text
 * turns a literal `&amp;` back into `&`. So the wrapper hands `feed` an opaque
 * marker for each text, lets it build the document, then writes each text into
 * the finished XML, escaped for the place it landed in. Markers are made of
 * noncharacters that `cleanText` removes from all text, so no text can forge one.
 */
export class XmlSlots {
  private readonly values: { text: string; context: Context }[] = [];

  /** Marker for element text or an attribute value: escaped as XML. */
  text(text: string): string {
    return this.put(text, "text");
  }

  /** Marker for RSS plain text in element content: hexadecimal references (RSS Profile). */
  plain(text: string): string {
    return this.put(text, "plain");
  }

  /** Marker for a value that `feed` wraps in CDATA. */
  cdata(text: string): string {
    return this.put(text, "cdata");
  }

  /** The XML with every marker replaced by its text. */
  fill(xml: string): string {
    return xml.replace(/\uFDD0(\d+)\uFDD1/g, (_, index: string) => {
      const { text, context } = this.values[Number(index)]!;
      switch (context) {
        case "cdata":
          // XML 1.0 §2.7: a CDATA section ends at the first "]]>", so each one is
          // split across two sections.
          return text.replaceAll("]]>", "]]]]><![CDATA[>");
        case "plain":
          return text.replace(/[&<>]/g, (c) => PLAIN[c]!);
        default:
          // XML 1.0 §3.3.3: parsers turn a tab or line feed in an attribute value into
          // a space; as character references they survive (in content too, harmlessly).
          return escapeHtml(text).replace(/[\t\n]/g, (c) => (c === "\t" ? "&#x9;" : "&#xA;"));
      }
    });
  }

  private put(text: string, context: Context): string {
    this.values.push({ text, context });
    return `\uFDD0${this.values.length - 1}\uFDD1`;
  }
}
