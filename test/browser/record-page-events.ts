import type { BrowserContext } from "playwright-core";

/** What the pages of a context did that a reader would not see: dialogs, errors. */
export interface PageEvents {
  /** Every alert, confirm or prompt, as `path: message`: a page must never open one. */
  dialogs: string[];
  /** Console errors and warnings and uncaught exceptions, as `path: text`. */
  console: string[];
}

/**
 * Adds to `events` what every page of `context` does from now on. A dialog is
 * dismissed as it opens, so a script that got into a page cannot stall the run;
 * a context may have several recorders, each one seeing every event.
 */
export function recordPageEvents(context: BrowserContext, events: PageEvents): void {
  const where = (url: string | undefined) => (url ? decodeURI(new URL(url).pathname) : "(no page)");
  context.on("dialog", async (dialog) => {
    events.dialogs.push(`${where(dialog.page()?.url())}: ${dialog.type()} ${JSON.stringify(dialog.message())}`);
    // The context's other recorder (the run's, and a check's own) may have dismissed it first.
    await dialog.dismiss().catch(() => undefined);
  });
  context.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      // A failed load names the resource only in its location.
      const source = message.location().url;
      const resource = source && source !== message.page()?.url() ? ` (${source})` : "";
      events.console.push(`${where(message.page()?.url())}: ${message.type()}: ${message.text()}${resource}`);
    }
  });
  context.on("weberror", (error) => events.console.push(`${where(error.page()?.url())}: uncaught ${error.error().message}`));
}
