/**
 * Characters no XML 1.0 document may hold (XML 1.0 §2.2 `Char`): C0 controls other
 * than tab, LF and CR; U+FFFE and U+FFFF; unpaired surrogates. Also DEL and the C1
 * controls (U+007F–U+009F), which §2.2 asks authors to avoid and the W3C validator
 * warns of, and the noncharacters U+FDD0–U+FDEF, which the XML writer reserves for
 * its slots (see `XmlSlots`). All three formats drop them, so every reader sees the
 * same text.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uFDD0-\uFDEF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text with the characters XML forbids removed, and line ends as XML readers see
 * them (XML 1.0 §2.11: CR LF and a lone CR become LF), so that JSON Feed and the
 * pages carry the same text as the XML feeds.
 */
export function cleanText(text: string): string {
  return text.replace(NOT_XML, "").replace(/\r\n?/g, "\n");
}
