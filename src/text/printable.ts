/**
 * Characters that act on a terminal or on how a line reads rather than print:
 * C0 and C1 controls (ESC starts a sequence that can clear the screen, a newline
 * forges a line), DEL, line and paragraph separators, and the bidirectional
 * controls that reorder what follows them.
 */
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Text safe to print on one line: every such character written as an escape (`\x1b`, `\u202e`). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
