/**
 * The browser tier (`npm run test:browser`): serves the fixture items of
 * test/fixtures/items/ through `wrangler dev` and reads the site's pages
 * in Debian's Chromium (playwright-core drives it; no browser is downloaded):
 * the home page and its copy buttons, articles, hostile text, the feed previews,
 * phone width, dark mode and accessibility basics. Full-page screenshots of every
 * page, light and dark, desktop and phone, go to test-artifacts/browser/.
 *
 * Prints one line per check and exits non-zero on any failure.
 */
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { copyWithItems, ROOT } from "../interop/copy-with-items";
import { startDevServer, type DevServer } from "../interop/dev-server";
import { browserSession } from "./browser-session";
import { checkAccessibility } from "./check-accessibility";
import { checkArticle } from "./check-article";
import { checkCors } from "./check-cors";
import { checkHome } from "./check-home";
import { checkMicropub } from "./check-micropub";
import { checkHostile, checkHostileFootnotes } from "./check-hostile";
import { checkPreview } from "./check-preview";
import { checkViews } from "./check-views";
import { Checklist } from "./checklist";
import { launchBrowser } from "./launch-browser";
import { siteItems } from "../interop/site-items";
import { sitePages } from "./site-pages";

const SHOTS = join(ROOT, "test-artifacts/browser");

const checklist = new Checklist();
const fixtures = await copyWithItems(join(ROOT, "test/fixtures/items"), join(ROOT, "test/fixtures/media"));
let server: DevServer | undefined;
let browser: Browser | undefined;
try {
  server = await startDevServer(fixtures);
  browser = await launchBrowser();
  const session = browserSession(browser, server.base, await siteItems(fixtures), checklist.report);
  const pages = sitePages(session.items);
  // Screenshots of an earlier run would pass for this one's.
  await rm(SHOTS, { recursive: true, force: true });
  await mkdir(SHOTS, { recursive: true });

  await checklist.attempt("home page", () => checkHome(session));
  await checklist.attempt("seed article", () => checkArticle(session));
  await checklist.attempt("hostile item", () => checkHostile(session));
  await checklist.attempt("hostile footnote labels, CSP bypassed", () => checkHostileFootnotes(session));
  await checklist.attempt("feed previews", () => checkPreview(session));
  await checklist.attempt("a web reader of another origin", () => checkCors(session));
  await checklist.attempt("a post with hostile HTML, through Micropub", () => checkMicropub(session, fixtures));
  await checklist.attempt("phone and dark views", () => checkViews(session, pages, SHOTS));
  await checklist.attempt("accessibility", () => checkAccessibility(session, pages));
  const seen = [...new Set(session.events.console)].map((line) => `console ${line}`);
  checklist.report("no page opened a dialog, in any check", session.events.dialogs, seen);
  console.log(`\nscreenshots: ${SHOTS}`);
} finally {
  await browser?.close();
  await server?.stop();
  await rm(fixtures, { recursive: true, force: true });
}
console.log(`${checklist.passed} passed, ${checklist.failed} failed`);
process.exitCode = checklist.failed === 0 ? 0 : 1;
