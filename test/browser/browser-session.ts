import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";
import type { Item } from "../../src/items/item";
import type { Report } from "./checklist";
import { recordPageEvents, type PageEvents } from "./record-page-events";

/** What every check needs: the browser, the server, the items it serves. */
export interface BrowserSession {
  /** The dev server's origin, `http://localhost:PORT`, which is also BASE_URL. */
  base: string;
  /** The published items, newest first. */
  items: readonly Item[];
  report: Report;
  /** Dialogs and console errors of every page any check opened. */
  events: PageEvents;
  /** A fresh context (cookies, permissions, viewport) whose pages add to `events`. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

export function browserSession(browser: Browser, base: string, items: readonly Item[], report: Report): BrowserSession {
  const events: PageEvents = { dialogs: [], console: [] };
  return {
    base,
    items,
    report,
    events,
    async newContext(options) {
      const context = await browser.newContext(options);
      recordPageEvents(context, events);
      return context;
    },
  };
}
