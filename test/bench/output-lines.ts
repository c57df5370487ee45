/**
 * The lines of what a server printed that are worth a note: workerd follows each
 * error with a line of binary addresses ("stack: …") that says nothing to a reader.
 */
export function outputLines(text: string): string[] {
  return text.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("stack: "));
}
