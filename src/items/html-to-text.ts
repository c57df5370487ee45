const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/**
 * The text of HTML that `renderMarkdown` wrote: tags dropped, the five entities it
 * writes decoded. Not a general HTML parser, and not needed to be one.
 */
export function htmlToText(html: string): string {
  return html.replace(/<[^>]*>/g, "").replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => NAMED[name]!);
}
