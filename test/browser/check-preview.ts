import type { BrowserContext } from "playwright-core";
import { FORMATS, type FeedFormat } from "../../src/formats";
import { feedPath } from "../../src/urls";
import type { BrowserSession } from "./browser-session";

/** The formats whose preview is checked: the two XML ones, whose raw text starts with `<?xml`. */
const XML_FORMATS: FeedFormat[] = ["rss", "atom"];

/**
 * A browser that opens a feed's address gets a page about the feed: its address,
 * a link to the raw feed, its items. The raw link shows the XML as text; a feed
 * reader (plain `fetch`, no browser headers) still gets the feed itself.
 */
export async function checkPreview(session: BrowserSession): Promise<void> {
  const context = await session.newContext();
  try {
    for (const format of XML_FORMATS) await checkOne(session, context, format);
  } finally {
    await context.close();
  }
}

async function checkOne({ base, items, report }: BrowserSession, context: BrowserContext, format: FeedFormat) {
  const path = feedPath("", format);
  const url = base + path;
  const page = await context.newPage();
  const response = await page.goto(url);
  const type = (await response?.headerValue("content-type")) ?? "";
  const address = await page.locator("main").getByText(url, { exact: true }).first().isVisible();
  const raw = page.locator(`a[href="${url}?raw"]`);
  const titles = await page.locator('main a[href^="/articles/"]').allTextContents();
  const want = items.map((i) => i.title);
  report(`${path} in a browser: an HTML page with the feed's address, a ?raw link and the items' titles`, [
    ...(response?.status() === 200 ? [] : [`status ${response?.status()}`]),
    ...(type.startsWith("text/html") ? [] : [`Content-Type ${type}`]),
    ...(address ? [] : [`${url} is not shown`]),
    ...((await raw.count()) > 0 && (await raw.first().isVisible()) ? [] : [`no visible link to ${url}?raw`]),
    ...(JSON.stringify(titles) === JSON.stringify(want) ? [] : [`titles ${JSON.stringify(titles)}`, `want   ${JSON.stringify(want)}`]),
  ]);

  const problems: string[] = [];
  if ((await raw.count()) > 0) {
    const answered = page.waitForResponse(`${url}?raw`);
    await raw.first().click();
    await page.waitForURL(`${url}?raw`);
    const answer = await answered;
    const rawType = (await answer.headerValue("content-type")) ?? "";
    const text = await page.locator("body").innerText();
    if (!rawType.startsWith("text/plain")) problems.push(`Content-Type ${rawType}`);
    if (!text.startsWith("<?xml")) problems.push(`the page starts ${JSON.stringify(text.slice(0, 60))}`);
  } else {
    problems.push("no raw link to follow");
  }
  report(`${path}?raw: the link shows the feed as text/plain, starting <?xml`, problems);

  const feed = await fetch(url);
  const feedType = feed.headers.get("content-type") ?? "";
  const body = await feed.text();
  report(`${path} for a reader (fetch without browser headers): ${FORMATS[format].mediaType}`, [
    ...(feedType.startsWith(FORMATS[format].mediaType) ? [] : [`Content-Type ${feedType}`]),
    ...(body.startsWith("<?xml") ? [] : [`body starts ${JSON.stringify(body.slice(0, 60))}`]),
  ]);
  await page.close();
}
