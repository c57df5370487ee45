/// <reference lib="dom" />
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { BrowserSession } from "./browser-session";
import { recordPageEvents, type PageEvents } from "./record-page-events";

/** HTML an app could send as a post's content, every trick of it meant to run. */
const HOSTILE = [
  '<p onclick="alert(1)">Texte <b>gras</b> et <a href="javascript:alert(2)">piège</a>.</p>',
  '<script>alert(3)</script><img src="x" onerror="alert(4)" alt="image cassée">',
  '<iframe srcdoc="<script>alert(5)</script>"></iframe><svg onload="alert(6)"><script>alert(7)</script></svg>',
  '<p style="position:fixed;inset:0">Fin <i>propre</i>.</p><form action="https://evil.example"><button>Envoyer</button></form>',
].join("");

/**
 * A post published through Micropub with hostile HTML, opened in Chromium: its
 * words are shown, its formatting kept, and nothing of it runs: no dialog, no
 * script, handler, frame or form in the page, nothing the Content-Security-Policy
 * had to refuse.
 */
export async function checkMicropub({ base, report, newContext }: BrowserSession, dir: string): Promise<void> {
  const { stdout } = await promisify(execFile)("npx", ["tsx", "src/cli/token.ts", "create", "browser"], { cwd: dir });
  const token = stdout.trimEnd().split("\n").at(-1)!;
  const response = await fetch(`${base}/micropub`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ type: ["h-entry"], properties: { name: ["Piège en HTML"], content: [{ html: HOSTILE }] } }),
  });
  const location = response.headers.get("Location");
  if (response.status !== 201 || !location) {
    report("Micropub: a post with hostile HTML is published", [`${response.status} ${await response.text()}`]);
    return;
  }
  const context = await newContext();
  const events: PageEvents = { dialogs: [], console: [] };
  recordPageEvents(context, events);
  try {
    const page = await context.newPage();
    await page.goto(location);
    const main = page.locator("main");
    const text = await main.innerText();
    const found = await main.evaluate((element) => ({
      dangerous: Array.from(element.querySelectorAll("script, iframe, svg, form, style, [onclick], [onerror], [onload], [style]"), (e) => e.outerHTML),
      javascript: Array.from(element.querySelectorAll("a[href]"), (a) => a.getAttribute("href")!).filter((href) => /^\s*javascript:/i.test(href)),
      bold: element.querySelector("strong")?.textContent,
      italic: element.querySelector("em")?.textContent,
    }));
    report("Micropub: a post with hostile HTML shows its words and formatting, and nothing of it runs", [
      ...["Texte gras et piège.", "Fin propre."].filter((words) => !text.includes(words)).map((w) => `${JSON.stringify(w)} is not shown`),
      ...(found.bold === "gras" && found.italic === "propre" ? [] : [`formatting lost: bold ${found.bold}, italic ${found.italic}`]),
      ...found.dangerous.map((html) => `in the page: ${html}`),
      ...found.javascript.map((href) => `a link to ${href}`),
      ...events.dialogs,
      ...events.console.filter((line) => /Content.Security.Policy|Refused/i.test(line)),
    ]);
  } finally {
    await context.close();
  }
}
