import { accessibilityProblems } from "./accessibility-problems";
import type { BrowserSession } from "./browser-session";
import type { SitePage } from "./site-pages";

/** The accessibility basics on each page, one report line per page. */
export async function checkAccessibility({ base, report, newContext }: BrowserSession, pages: readonly SitePage[]): Promise<void> {
  const context = await newContext();
  try {
    const page = await context.newPage();
    for (const { path } of pages) {
      await page.goto(base + path);
      report(`${path}: one h1, no skipped heading level, a main, alt on every img, every link named`, await accessibilityProblems(page));
    }
  } finally {
    await context.close();
  }
}
