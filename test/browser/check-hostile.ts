/// <reference lib="dom" />
import type { Page } from "playwright-core";
import type { BrowserSession } from "./browser-session";
import { recordPageEvents, type PageEvents } from "./record-page-events";
import { itemFrom } from "../interop/site-items";

/** The markup hostile-text.md puts in its title and its body, which must stay text. */
const TITLE_SCRIPT = "<script>alert(1)</script>";
const BODY_MARKUP = ["<script>alert(2)</script>", '<iframe src="https://evil.example"></iframe>'];

/**
 * The hostile item's page and the home page that lists it: its markup shows as
 * text, no script but /copy.js is in the page, no dialog opens, and the
 * Content-Security-Policy has nothing to refuse (it is the second line of
 * defence; escaping is the first).
 */
export async function checkHostile({ base, items, report, newContext }: BrowserSession): Promise<void> {
  const item = itemFrom(items, "hostile-text.md");
  const context = await newContext();
  // This context's own record, on top of the run's: what these two pages did.
  const events: PageEvents = { dialogs: [], console: [] };
  recordPageEvents(context, events);
  try {
    const article = await context.newPage();
    await article.goto(`${base}/articles/${item.slug}`);
    const h1 = article.locator("h1");
    const text = (await h1.textContent()) ?? "";
    const shown = await h1.innerText();
    report(`hostile article: the title's ${TITLE_SCRIPT} is text in the h1`, [
      ...(text.includes(TITLE_SCRIPT) ? [] : [`h1 textContent is ${JSON.stringify(text)}`]),
      ...(shown.includes(TITLE_SCRIPT) ? [] : [`h1 as rendered is ${JSON.stringify(shown)}`]),
    ]);
    const body = await article.locator("main").innerText();
    report(
      "hostile article: the body's <script> and <iframe> are text",
      BODY_MARKUP.filter((m) => !body.includes(m)).map((m) => `${m} is not shown as text`),
    );

    const home = await context.newPage();
    await home.goto(`${base}/`);
    const link = (await home.locator(`main a[href="/articles/${item.slug}"]`).textContent()) ?? "";
    report(`home: the hostile headline's ${TITLE_SCRIPT} is text in its link`, link.includes(TITLE_SCRIPT) ? [] : [`link text ${JSON.stringify(link)}`]);

    for (const page of [article, home]) {
      const path = decodeURI(new URL(page.url()).pathname);
      report(`${path}: no script element but /copy.js, no iframe`, await foreignElements(page));
    }
    report("hostile article and home: no dialog opened", events.dialogs);
    const csp = events.console.filter((line) => /Content Security Policy/i.test(line));
    report(
      "hostile article and home: the Content-Security-Policy refused nothing",
      csp,
      events.console.filter((line) => !csp.includes(line)).map((line) => `console ${line}`),
    );
  } finally {
    await context.close();
  }
}

/** Script and frame elements that the site did not put there itself. */
async function foreignElements(page: Page): Promise<string[]> {
  const scripts = await page.locator("script").evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).src));
  const iframes = await page.locator("iframe, frame, object, embed").count();
  const origin = new URL(page.url()).origin;
  return [
    ...scripts.filter((src) => src !== `${origin}/copy.js`).map((src) => `script ${src ? src : "(inline)"}`),
    ...(iframes ? [`${iframes} frame or embedded object elements`] : []),
  ];
}
