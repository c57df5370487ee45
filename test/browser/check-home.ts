/// <reference lib="dom" />
import type { Locator, Page } from "playwright-core";
import { FEED_FORMATS } from "../../src/formats";
import { feedPath } from "../../src/urls";
import { site } from "../../src/site";
import type { BrowserSession } from "./browser-session";
import type { Report } from "./checklist";

/**
 * `/`: the site's title, every listed article reachable under its own title, the
 * three feed addresses, and the copy buttons that /copy.js reveals actually
 * putting an address on the clipboard.
 */
export async function checkHome({ base, items, report, newContext }: BrowserSession): Promise<void> {
  const context = await newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    const h1 = await page.locator("h1").allTextContents();
    const title = await page.title();
    report(`home: title and h1 are "${site.title}"`, [
      ...(title === site.title ? [] : [`title is ${JSON.stringify(title)}`]),
      ...(h1.length === 1 && h1[0]!.trim() === site.title ? [] : [`h1: ${JSON.stringify(h1)}`]),
    ]);

    const links = await page
      .locator('main a[href^="/articles/"]')
      .evaluateAll((all) => all.map((a) => ({ url: (a as HTMLAnchorElement).href, text: a.textContent ?? "" })));
    const want = items.map((i) => i.title);
    const listed = links.map((l) => l.text);
    report(
      `home: lists the ${items.length} published items, newest first`,
      JSON.stringify(listed) === JSON.stringify(want) ? [] : [`listed ${JSON.stringify(listed)}`, `want   ${JSON.stringify(want)}`],
    );
    const article = await context.newPage();
    const problems: string[] = [];
    for (const { url, text } of links) {
      const response = await article.goto(url);
      const heading = await article.locator("h1").textContent();
      if (response?.status() !== 200) problems.push(`${url}: status ${response?.status()}`);
      if (heading !== text) problems.push(`${url}: h1 ${JSON.stringify(heading)}, link text ${JSON.stringify(text)}`);
    }
    report(`home: each of the ${links.length} article links opens (200) a page whose h1 is the link text`, problems);

    const addresses = FEED_FORMATS.map((format) => base + feedPath("", format));
    const shown = await Promise.all(addresses.map((a) => page.getByText(a, { exact: true }).first().isVisible()));
    report(
      "home: shows the three site feed addresses",
      addresses.filter((_, i) => !shown[i]).map((a) => `${a} is not shown`),
    );

    await checkCopyButtons(page, report);
  } finally {
    await context.close();
  }
}

/** /copy.js shows every copy button; pressing one copies its address and says so. */
async function checkCopyButtons(page: Page, report: Report) {
  const buttons = await page.locator("button[data-copy]").all();
  const hidden: string[] = [];
  for (const button of buttons) {
    if (!(await button.isVisible())) hidden.push(`button for ${await button.getAttribute("data-copy")} is not visible`);
  }
  report(`home: /copy.js reveals the ${buttons.length} copy buttons`, buttons.length === 0 ? ["no copy button on the page"] : hidden);

  // A hidden button cannot be pressed: the line above already says so.
  const shown = buttons.length - hidden.length;
  const problems = shown === 0 ? ["no visible copy button to press"] : [];
  for (const button of buttons) if (await button.isVisible()) problems.push(...(await pressCopy(page, button)));
  report(`home: each of the ${shown} copy buttons puts its address on the clipboard and changes its label`, problems);
}

async function pressCopy(page: Page, button: Locator): Promise<string[]> {
  const url = (await button.getAttribute("data-copy")) ?? "";
  const done = (await button.getAttribute("data-done")) ?? "";
  await button.click();
  // The label changes once the asynchronous clipboard write has resolved.
  const handle = await button.elementHandle();
  const changed = await page
    .waitForFunction(([b, label]) => b?.textContent === label, [handle, done] as const, { timeout: 3000 })
    .then(
      () => true,
      () => false,
    );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  return [
    ...(copied === url ? [] : [`${url}: clipboard holds ${JSON.stringify(copied)}`]),
    ...(changed ? [] : [`${url}: label is ${JSON.stringify(await button.textContent())}, want ${JSON.stringify(done)}`]),
  ];
}
