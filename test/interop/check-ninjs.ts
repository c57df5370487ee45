/**
 * Agency dispatches end to end: `npm run import` sends ninjs documents to the
 * running dev server, and every real reader, in every format it takes, must
 * show a dispatch under its uri, then its correction under the same id, then
 * nothing of it once killed; an embargoed dispatch must appear no earlier than
 * its time. The seed dispatch's ninjs 3.1 file is imported as the README says.
 */
import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { FEED_FORMATS } from "../../src/formats";
import { feedPath, OPML_PATH } from "../../src/urls";
import { CLIENTS, titleAsShown } from "./clients";
import { ROOT } from "./copy-with-items";
import { listedFeeds } from "./discover-feeds";

type Report = (name: string, problems: readonly string[]) => void;

const URI = "urn:newsml:interop.example:20261130:wire-1";
// Versions an hour apart, all in the past: a future firstCreated would schedule the dispatch.
const HOUR = 3_600_000;
const FIRST = Date.now() - 5 * HOUR;
const at = (hours: number) => new Date(FIRST + hours * HOUR).toISOString();

export async function checkNinjs(report: Report, label: string, dir: string, base: string, token: string) {
  const folder = await mkdtemp(join(tmpdir(), "ninjs-"));
  const send = async (name: string, doc: unknown) => {
    const file = join(folder, name);
    await writeFile(file, JSON.stringify(doc));
    return importFiles(dir, base, token, [file]);
  };

  const seed = await importFiles(dir, base, token, [join(ROOT, "test/fixtures/ninjs/seed-3.1.json")]);
  const seedUrl = /→ (http\S+)/.exec(seed.stdout)?.[1];
  const seedPage = seedUrl ? await (await fetch(seedUrl)).text() : "";
  report(`${label}: npm run import publishes the seed dispatch from ninjs 3.1`, [
    ...(seed.code === 0 ? [] : [`exit ${seed.code}: ${seed.stderr}`]),
    ...(seedPage.replaceAll("&#39;", "'").includes("Aidée de ses alliés, l'armée a repris le contrôle") ? [] : [`its page (${seedUrl}) does not show its text`]),
  ]);

  const v1 = await send("v1.json", dispatch({ versionCreated: at(0), headline: "Dépêche d’agence par ninjs" }));
  report(`${label}: npm run import creates a dispatch`, v1.code === 0 && /created +urn:newsml/.test(v1.stdout) ? [] : [v1.stdout + v1.stderr]);
  await readersSee(report, `${label}: every reader shows the ninjs dispatch under its uri`, base, "Dépêche d’agence par ninjs");

  const v2 = await send("v2.json", dispatch({ versionCreated: at(1), headline: "Dépêche d’agence par ninjs, corrigée" }));
  report(`${label}: a later versionCreated is an update`, /updated +urn:newsml/.test(v2.stdout) ? [] : [v2.stdout + v2.stderr]);
  await readersSee(report, `${label}: after a correction, every reader shows the new title under the same id`, base, "Dépêche d’agence par ninjs, corrigée");

  const kill = await send("kill.json", dispatch({ versionCreated: at(2), headline: "Dépêche d’agence par ninjs, corrigée", pubStatus: "canceled" }));
  report(`${label}: a kill (pubStatus canceled) withdraws it`, /withdrawn +urn:newsml/.test(kill.stdout) ? [] : [kill.stdout + kill.stderr]);
  await readersSee(report, `${label}: after a kill, no reader shows it in any feed`, base, undefined, true);
  const page = await fetch(`${base}/articles/depeche-d-agence-par-ninjs`);
  const atom = await (await fetch(`${base}/atom.xml`)).text();
  report(`${label}: the killed dispatch's page answers 410, and /atom.xml carries its tombstone`, [
    ...(page.status === 410 ? [] : [`its page answers ${page.status}`]),
    ...(atom.includes(`<at:deleted-entry ref="${URI}" when="`) ? [] : ["no at:deleted-entry in /atom.xml"]),
  ]);
  const old = await send("old.json", dispatch({ versionCreated: at(0), headline: "Dépêche d’agence par ninjs" }));
  report(`${label}: an older version sent after the kill is ignored`, /ignored +urn:newsml/.test(old.stdout) && !(await (await fetch(`${base}/rss.xml`)).text()).includes("Dépêche d’agence par ninjs") ? [] : [old.stdout]);

  // An embargo a few seconds ahead: polled until it shows, never before its time.
  const until = Date.now() + 6_000;
  const embargoed = await send("embargo.json", { ...dispatch({ versionCreated: at(3), headline: "Dépêche sous embargo" }), uri: `${URI}-embargo`, embargoedUntil: new Date(until).toISOString() });
  const problems: string[] = embargoed.code === 0 ? [] : [embargoed.stderr];
  let shownAt: number | undefined;
  while (shownAt === undefined && Date.now() < until + 90_000) {
    const asked = Date.now();
    if ((await (await fetch(`${base}/rss.xml`)).text()).includes("Dépêche sous embargo")) {
      shownAt = asked;
      if (asked < until) problems.push(`shown ${until - asked} ms before its embargo`);
    } else await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (shownAt === undefined) problems.push("not shown 90 s after its embargo");
  else console.log(`${label}: the embargoed dispatch was served ${((shownAt - until) / 1000).toFixed(2)} s after embargoedUntil`);
  report(`${label}: an embargoed dispatch is served from its embargoedUntil, never before`, problems);
}

function dispatch({ versionCreated, headline, pubStatus }: { versionCreated: string; headline: string; pubStatus?: string }) {
  return {
    standard: { name: "ninjs", version: "3.1" },
    uri: URI,
    type: "text",
    firstCreated: at(0),
    versionCreated,
    ...(pubStatus && { pubStatus }),
    language: "fr",
    headlines: [{ role: "main", value: headline }],
    bodies: [{ role: "main", contentType: "text/html", value: "<p>Le texte de l’agence.</p>" }],
    subjects: [{ name: "Monde" }],
    descriptions: [{ role: "creditline", value: "Agence d’essai" }],
  };
}

/** `npm run import` of `files` into the server at `base`. */
async function importFiles(dir: string, base: string, token: string, files: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)("npx", ["tsx", "src/cli/import.ts", "--to", base, ...files], { cwd: dir, env: { ...process.env, PUBLISH_TOKEN: token } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

/**
 * Every reader, in every format it takes, on the site's feeds and the topic's
 * (and, with `everyFeed`, every feed the subscription list names): the entry
 * under URI must have `title`, or be absent when it is undefined.
 */
async function readersSee(report: Report, name: string, base: string, title: string | undefined, everyFeed = false) {
  const own = ["", "categories/monde"].flatMap((topic) => FEED_FORMATS.map((format) => ({ url: `${base}${feedPath(topic, format)}`, format })));
  const listed = everyFeed ? await listedFeeds(`${base}${OPML_PATH}`) : [];
  const feeds = [...new Map([...own, ...listed].map((feed) => [feed.url, feed])).values()];
  const problems: string[] = [];
  for (const { url, format } of feeds) {
    for (const client of CLIENTS.filter((c) => c.formats.includes(format))) {
      const where = `${client.name}, ${new URL(url).pathname}`;
      try {
        const entry = (await client.read(url)).find((e) => e.id === URI);
        const shown = title === undefined ? undefined : titleAsShown(client, format, title);
        if (entry?.title !== shown) problems.push(`${where}: ${entry ? JSON.stringify(entry.title) : "absent"}`);
      } catch (error) {
        problems.push(`${where}: ${String(error)}`);
      }
    }
  }
  report(`${name} (${feeds.length} feeds)`, problems);
}
