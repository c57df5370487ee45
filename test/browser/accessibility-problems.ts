/// <reference lib="dom" />
import type { Page } from "playwright-core";

/**
 * What a screen reader user would trip on in the page `page` shows: not exactly
 * one h1, a heading level skipped (WCAG 1.3.1: h1 then h3 hides a level), no main
 * landmark, an image without alt, a link with no accessible name. Names come from
 * Chromium's own accessibility tree, as assistive technology reads them.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const headings = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((all) =>
    all.map((h) => ({ level: Number(h.tagName.slice(1)), text: (h.textContent ?? "").trim().slice(0, 60) })),
  );
  const h1s = headings.filter((h) => h.level === 1).length;
  if (h1s !== 1) problems.push(`${h1s} h1 elements, want exactly one`);
  let previous = 0;
  for (const { level, text } of headings) {
    if (level > previous + 1) problems.push(`h${level} "${text}" follows ${previous ? `an h${previous}` : "no heading"}: a level is skipped`);
    previous = level;
  }
  const mains = await page.locator("main").count();
  if (mains !== 1) problems.push(`${mains} main landmarks, want one`);
  for (const src of await page.locator("img:not([alt])").evaluateAll((all) => all.map((img) => img.getAttribute("src")))) {
    problems.push(`img ${src} has no alt attribute`);
  }
  problems.push(...(await namelessLinks(page)).map((link) => `link ${link} has no accessible name`));
  return problems;
}

/** Links whose accessible name (Chromium's computation) is empty, by their markup. */
async function namelessLinks(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const nameless = nodes.filter((n) => !n.ignored && n.role?.value === "link" && !String(n.name?.value ?? "").trim());
    return await Promise.all(
      nameless.map(async (n) => {
        if (n.backendDOMNodeId === undefined) return `(node ${n.nodeId})`;
        const { node } = await cdp.send("DOM.describeNode", { backendNodeId: n.backendDOMNodeId });
        // attributes alternate names and values
        const attributes = node.attributes ?? [];
        const href = attributes.findIndex((a, i) => i % 2 === 0 && a === "href");
        return href < 0 ? `<${node.localName}> without href` : `<${node.localName} href="${attributes[href + 1]}">`;
      }),
    );
  } finally {
    await cdp.detach();
  }
}
