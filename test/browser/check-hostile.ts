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

/** The notes of hostile-footnotes.md, in the order they are called. */
const NOTES = ["handler", "script", "image", "frame", "patterns"].map((what) => `The note of the ${what}.`);

/**
 * The item whose footnote labels are markup (a quote that opens handler
 * attributes, elements after it, `$&` patterns), with the Content-Security-Policy
 * bypassed: what is tested is the markup, not the second line of defence. Each
 * mark is given every chance a label's handler would take (pointer over it,
 * focus, a click); the document must hold no handler, no element but the
 * site's, and open no dialog; the marks read as their numbers and lead to their
 * notes.
 */
export async function checkHostileFootnotes({ base, items, report, newContext }: BrowserSession): Promise<void> {
  const item = itemFrom(items, "hostile-footnotes.md");
  const context = await newContext({ bypassCSP: true });
  const events: PageEvents = { dialogs: [], console: [] };
  recordPageEvents(context, events);
  try {
    const page = await context.newPage();
    const path = `/articles/${item.slug}`;
    await page.goto(`${base}${path}`);
    const marks = page.locator("main a[data-footnote-ref]");
    for (const mark of await marks.all()) {
      await mark.hover();
      await mark.focus();
    }
    const shown = await marks.allInnerTexts();
    report("hostile footnotes: the marks read as the notes' numbers", same(shown, ["1", "2", "3", "4", "5", "1"]));
    const notes = await page.locator("main section.footnotes > ol > li").allInnerTexts();
    report("hostile footnotes: each note shows its text, in order", same(notes.map((n) => n.replace(/\s*↩.*$/s, "")), NOTES));
    await marks.nth(3).click();
    report("hostile footnotes: a mark leads to its note on the page", page.url() === `${base}${path}#footnote-4` ? [] : [`at ${page.url()}`]);
    const injected = await page.evaluate(() => {
      const found: string[] = [];
      for (const element of Array.from(document.querySelectorAll("*"))) {
        for (const { name } of Array.from(element.attributes)) if (name.startsWith("on") || name === "srcdoc" || name === "autofocus") found.push(`<${element.localName} ${name}>`);
      }
      for (const element of Array.from(document.querySelectorAll("main meta, main base, main img, main b, meta[http-equiv]"))) found.push(`<${element.localName}> element`);
      return found;
    });
    report("hostile footnotes: no handler, meta, base, image or other element a label wrote", injected);
    report(`${path}: no script element but /copy.js, no iframe`, await foreignElements(page));
    report("hostile footnotes, CSP bypassed: no dialog opened", events.dialogs);
    report("hostile footnotes: no error in the console", events.console);
  } finally {
    await context.close();
  }
}

/** What differs between the values a page shows and those expected, as lines. */
function same(shown: readonly string[], expected: readonly string[]): string[] {
  return JSON.stringify(shown) === JSON.stringify(expected) ? [] : [`shown ${JSON.stringify(shown)}`, `expected ${JSON.stringify(expected)}`];
}
