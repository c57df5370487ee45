/**
 * Characters no XML 1.0 document may hold (XML 1.0 §2.2 `Char`): C0 controls other
 * than tab, LF and CR; U+FFFE and U+FFFF; unpaired surrogates. Also the
 * noncharacters U+FDD0–U+FDEF, which the XML writer reserves for its slots
 * (see `XmlSlots`). All three formats drop them, so every reader sees the same text.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uFDD0-\uFDEF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text with the characters XML forbids removed. */
export function cleanText(text: string): string {
  return text.replace(NOT_XML, "");
}
