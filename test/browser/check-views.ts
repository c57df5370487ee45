/// <reference lib="dom" />
import { join } from "node:path";
import type { BrowserContextOptions, Page } from "playwright-core";
import type { BrowserSession } from "./browser-session";
import type { SitePage } from "./site-pages";
import { relativeLuminance } from "./relative-luminance";

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const PHONE_WIDTH = 390;
/** A mid-size phone held upright (390×844 CSS pixels), honouring the viewport meta tag. */
const PHONE: BrowserContextOptions = { viewport: { width: PHONE_WIDTH, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/** Darkest a dark-mode ground and lightest its text may be: near black, near white. */
const DARK_GROUND = 0.05;
const LIGHT_TEXT = 0.5;

interface View {
  name: string;
  options: BrowserContextOptions;
  /** What this view checks on every page, under one report line; screenshots are taken in every view. */
  check?: { claim: string; problems: (page: Page) => Promise<string[]> };
}

const VIEWS: View[] = [
  { name: "desktop-light", options: DESKTOP },
  {
    name: "desktop-dark",
    options: { ...DESKTOP, colorScheme: "dark" },
    check: { claim: "dark mode: a dark ground and light text", problems: darkProblems },
  },
  {
    name: "phone-light",
    options: PHONE,
    check: { claim: `phone (${PHONE_WIDTH}×844): nothing wider than the screen`, problems: widthProblems },
  },
  {
    name: "phone-dark",
    options: { ...PHONE, colorScheme: "dark" },
    check: { claim: "phone, dark mode: a dark ground and light text", problems: darkProblems },
  },
];

/**
 * Every page in light and dark, on a desktop and on a phone: a full-page
 * screenshot of each into `shots` for a person to look at, and the checks of
 * each view.
 */
export async function checkViews({ base, report, newContext }: BrowserSession, pages: readonly SitePage[], shots: string): Promise<void> {
  for (const view of VIEWS) {
    const context = await newContext(view.options);
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      for (const { name, path } of pages) {
        await page.goto(base + path);
        await page.screenshot({ path: join(shots, `${name}-${view.name}.png`), fullPage: true });
        if (view.check) problems.push(...(await view.check.problems(page)).map((p) => `${path}: ${p}`));
      }
      if (view.check) report(`${view.check.claim} (${pages.length} pages)`, problems);
    } finally {
      await context.close();
    }
  }
}

async function widthProblems(page: Page): Promise<string[]> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  return width <= PHONE_WIDTH ? [] : [`${width} pixels wide, the screen ${PHONE_WIDTH}: the reader must scroll sideways`];
}

async function darkProblems(page: Page): Promise<string[]> {
  const { background, color } = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { background: style.backgroundColor, color: style.color };
  });
  const ground = relativeLuminance(background);
  const text = relativeLuminance(color);
  return [
    ...(ground !== undefined && ground <= DARK_GROUND ? [] : [`background ${background} is not dark (luminance ${ground?.toFixed(3)})`]),
    ...(text !== undefined && text >= LIGHT_TEXT ? [] : [`text ${color} is not light (luminance ${text?.toFixed(3)})`]),
  ];
}
