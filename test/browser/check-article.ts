/// <reference lib="dom" />
import type { BrowserSession } from "./browser-session";
import { SEED_FILE } from "./site-pages";
import { itemFrom } from "../interop/site-items";

/** Sentences of the seed's body, as its file spells them. */
const SENTENCES = [
  "Aidée de ses alliés, l'armée a repris le contrôle de plusieurs zones autour de la cité de Boukamal dans la province de Deir Ezzor (Est), selon SANA.",
  "L'EI ne contrôle plus que quelques villages et petites localités et au moins un champ pétrolier dans la province de Deir Ezzor, selon l'Observatoire syrien des droits de l'Homme (OSDH).",
];

/**
 * The seed's article page, in French: its title, its body as paragraphs a reader
 * sees, its related headlines under "À lire aussi", and its categories linking to
 * pages that exist.
 */
export async function checkArticle({ base, items, report, newContext }: BrowserSession): Promise<void> {
  const item = itemFrom(items, SEED_FILE);
  const context = await newContext();
  try {
    const page = await context.newPage();
    const response = await page.goto(`${base}/articles/${item.slug}`);
    const lang = await page.locator("html").getAttribute("lang");
    const h1 = await page.locator("h1").textContent();
    report("seed article: answers 200, <html lang=\"fr\">, h1 is its title", [
      ...(response?.status() === 200 ? [] : [`status ${response?.status()}`]),
      ...(lang === "fr" ? [] : [`lang is ${JSON.stringify(lang)}`]),
      ...(h1 === item.title ? [] : [`h1 is ${JSON.stringify(h1)}, want ${JSON.stringify(item.title)}`]),
    ]);

    const hidden: string[] = [];
    for (const sentence of SENTENCES) {
      if (!(await page.locator("main p").getByText(sentence, { exact: true }).isVisible())) hidden.push(`not shown: ${sentence}`);
    }
    report(`seed article: body paragraphs are shown (${SENTENCES.length} sentences checked)`, hidden);

    const related = page.getByRole("heading", { name: "À lire aussi", level: 2 });
    const listed = await page.locator("aside li").allTextContents();
    const want = item.related.map((r) => r.title);
    report('seed article: "À lire aussi" heading over the related headlines', [
      ...((await related.isVisible()) ? [] : ['no visible h2 "À lire aussi"']),
      ...(JSON.stringify(listed) === JSON.stringify(want) ? [] : [`related: ${JSON.stringify(listed)}, want ${JSON.stringify(want)}`]),
    ]);

    const links = page.locator('main a[href^="/categories/"]');
    const names = await links.allTextContents();
    const urls = await links.evaluateAll((all) => all.map((a) => (a as HTMLAnchorElement).href));
    const problems = JSON.stringify(names) === JSON.stringify(item.categories) ? [] : [`links ${JSON.stringify(names)}, want ${JSON.stringify(item.categories)}`];
    const topic = await context.newPage();
    for (const [i, url] of urls.entries()) {
      const answer = await topic.goto(url);
      const heading = await topic.locator("h1").textContent();
      if (answer?.status() !== 200) problems.push(`${url}: status ${answer?.status()}`);
      if (heading !== names[i]) problems.push(`${url}: h1 ${JSON.stringify(heading)}, want ${JSON.stringify(names[i])}`);
    }
    report(`seed article: category links (${names.join(", ")}) open pages titled with the category`, problems);
  } finally {
    await context.close();
  }
}
