/**
 * The interop tier (`npm run test:interop`): serves the site on workerd through
 * `npm run dev` (wrangler dev, its local store filled through the write path),
 * once with the real items/ and once with the fixture items of
 * test/fixtures/items/ plus 64 dated dispatches (hostile text, several
 * authors, updates, pictures, two languages, RFC 5005 archives). It reads every
 * feed the site serves — each listed in /feeds.opml and each archive page found
 * by following prev-archive links — with every real client that takes its
 * format, checks the XML with xmllint and the Atom with jing (RFC 4287's schema),
 * and checks that the archive chain of each feed holds each of its items once.
 *
 * Needs Debian's python3-feedparser, newsboat, jing and libxml2-utils, and for
 * the readers of test/interop/readers/ golang-github-mmcdole-gofeed-dev
 * (golang-go), librome-java (a JDK), libxml-feed-perl and libmrss0-dev (gcc,
 * pkg-config): `.ci/run` installs them. Prints one line per check and exits
 * non-zero on any failure.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { FORMATS } from "../../src/formats";
import { topicsOf } from "../../src/publish/topics-of";
import { feedPath, OPML_PATH } from "../../src/urls";
import { checkNinjs } from "./check-ninjs";
import { checkWebSub, startHubs, type Hubs } from "./check-websub";
import { checkXml } from "./check-xml";
import { CLIENTS, titleAsShown } from "./clients";
import { compareEntries } from "./compare-entries";
import { copyProject, copyWithItems, ROOT } from "./copy-with-items";
import { startDevServer } from "./dev-server";
import { discoverFeeds, listedFeeds, previousArchive } from "./discover-feeds";
import { shownEntries, shownText, type Shown } from "./expected-entries";
import { siteItems } from "./site-items";
import { writeSyntheticItems } from "./synthetic-items";

let passed = 0;
let failed = 0;
const reads = new Map<string, number>();

function report(name: string, problems: readonly string[]) {
  if (problems.length === 0) {
    passed++;
    if (process.env.INTEROP_VERBOSE) console.log(`ok    ${name}`);
  } else {
    failed++;
    console.log(`FAIL  ${name}\n${problems.map((p) => `        ${p}`).join("\n")}`);
  }
}

/**
 * Reads every feed document of the site at `dir` with every client that takes
 * its format. What each document must show: the entries of its JSON Feed twin
 * (the same view in the same store), each as the item reads (`shownEntries`);
 * what each chain must hold: every item of its topic, once.
 */
async function checkSite(label: string, dir: string, hubs?: Hubs) {
  const server = await startDevServer(dir, hubs ? ["--var", `WEBSUB_HUBS:${hubs.urls.join(",")}`] : []);
  const before = passed + failed;
  try {
    await started;
    const items = await siteItems(dir);
    const shown = shownEntries(items, server.base);
    const members = new Map<string, string[]>();
    for (const item of items) for (const { key } of topicsOf(item)) members.set(key, [...(members.get(key) ?? []), item.id]);
    const advertised = await discoverFeeds(`${server.base}/`);
    report(`${label}: the home page advertises the three feeds`, advertised.length === 3 ? [] : [`found ${advertised.length}`]);
    const listed = await listedFeeds(`${server.base}/feeds.opml`);
    const visited = new Set<string>();
    for (const start of listed) {
      const collected: string[] = [];
      for (let url: string | undefined = start.url; url; ) {
        const path = decodeURI(new URL(url).pathname);
        visited.add(path);
        const body = await (await fetch(url)).text();
        report(`${label}: ${path} is well-formed${start.format === "atom" ? " and valid Atom" : ""}`, await checkXml(body, start.format));
        const twin = (await (await fetch(url.replace(/[^/]*$/, FORMATS.json.file))).json()) as { items: { id: string }[] };
        const want = twin.items.map((entry) => shown.get(entry.id) ?? ({ id: entry.id, title: "(no such item)" } as Shown));
        for (const client of CLIENTS.filter((c) => c.formats.includes(start.format))) {
          let problems: string[];
          try {
            problems = compareEntries(want, await client.read(url), client, start.format);
          } catch (error) {
            problems = [String(error)];
          }
          reads.set(client.name, (reads.get(client.name) ?? 0) + 1);
          report(`${label}: ${client.name} reads ${path} (${want.length} entries)`, problems);
        }
        collected.push(...want.map((e) => e.id));
        url = previousArchive(body, start.format);
      }
      const topic = decodeURI(new URL(start.url).pathname).replace(/^\/|\/?[^/]*$/g, "");
      const all = members.get(topic) ?? [];
      report(
        `${label}: following prev-archive from ${decodeURI(new URL(start.url).pathname)} gives its ${all.length} items once each`,
        collected.length === all.length && [...collected].sort().join() === [...all].sort().join() ? [] : [`collected ${collected.length} ids, expected ${all.length}`],
      );
    }
    const stored = (await storedFeeds(dir)).filter((path) => path !== OPML_PATH);
    const unreached = stored.filter((path) => !visited.has(path));
    report(`${label}: every one of the ${stored.length} feed documents stored is reachable`, unreached.map((p) => `not reached: ${p}`));
    if (hubs) {
      const exec = promisify(execFile);
      const created = await exec("npx", ["tsx", "src/cli/token.ts", "create", "interop"], { cwd: dir });
      const token = created.stdout.trimEnd().split("\n").at(-1)!;
      await checkMicropub(label, server.base, token);
      await checkPublish(label, dir, server.base, token);
      await checkWebSub(report, label, server.base, token, hubs);
      await checkNinjs(report, label, dir, server.base, token);
    }
    console.log(`${label}: ${visited.size} feed documents, ${passed + failed - before} checks`);
  } finally {
    await server.stop();
  }
}

/**
 * `npm run publish` against the running dev server, as an editor uses it: a new
 * file, a changed one and a removed one, with a token made by `npm run token`.
 * Everything that shows them changes at once, nothing is restarted.
 */
async function checkPublish(label: string, dir: string, base: string, token: string) {
  const exec = promisify(execFile);
  // The changes go to a folder of their own: `npm run dev` publishes changes to items/ by itself.
  const items = join(dir, "items-next");
  await cp(join(dir, "items"), items, { recursive: true });
  await writeFile(join(items, "nouvelle-depeche.md"), "---\ntitle: \"Nouvelle dépêche\"\ndate: 2026-11-29T08:00:00Z\ncategories: [Monde]\n---\nPubliée sans redémarrer.\n");
  await writeFile(join(items, "archive-001.md"), (await readFile(join(items, "archive-001.md"), "utf8")).replace("Dépêche d’archive n° 001", "Dépêche d’archive n° 001, corrigée"));
  await rm(join(items, "archive-002.md"));
  const { stdout } = await exec("npx", ["tsx", "src/cli/publish.ts", "--to", base, "--items", "items-next"], { cwd: dir, env: { ...process.env, PUBLISH_TOKEN: token } });
  const lines = stdout.trimEnd().split("\n");
  report(`${label}: npm run publish says what it did`, [
    ...(lines[0]?.match(/^published items\/ to http:\/\/localhost:\d+: 1 created, 1 updated, 1 deleted, \d+ unchanged$/) ? [] : [`first line ${JSON.stringify(lines[0])}`]),
    ...["  created  items-next/nouvelle-depeche.md", "  updated  items-next/archive-001.md", "  deleted  items-next/archive-002.md"].filter((l) => !lines.includes(l)).map((l) => `missing ${JSON.stringify(l)}`),
  ]);
  const problems: string[] = [];
  for (const path of ["/rss.xml", "/atom.xml", "/feed.json", "/categories/monde/rss.xml", "/categories/monde/feed.json", "/articles/nouvelle-depeche"]) {
    const text = await (await fetch(base + path)).text();
    if (!text.includes("Nouvelle dépêche")) problems.push(`${path} does not show the new item`);
  }
  if ((await fetch(`${base}/articles/archive-002`)).status !== 404) problems.push("/articles/archive-002 still answers");
  const archived = await (await fetch(`${base}/categories/archives/feed.json`)).json() as { items: { title: string }[]; next_url?: string };
  const chain = [...archived.items];
  for (let next = archived.next_url; next; ) {
    const page = (await (await fetch(next)).json()) as { items: { title: string }[]; next_url?: string };
    chain.push(...page.items);
    next = page.next_url;
  }
  if (!chain.some((i) => i.title === "Dépêche d’archive n° 001, corrigée")) problems.push("the corrected item is not in its category's chain");
  if (chain.some((i) => i.title === "Dépêche d’archive n° 002")) problems.push("the deleted item is still in its category's chain");
  report(`${label}: after npm run publish, every feed, topic feed and page shows the change, without a restart`, problems);
}

/**
 * An editor's app publishing through Micropub, as real clients send it: a
 * form-encoded post, a picture through the media endpoint, then a JSON post
 * naming it. Every reader must then show both in the site's feeds, and the
 * picture must answer with its bytes.
 */
async function checkMicropub(label: string, base: string, token: string) {
  const auth = { Authorization: `Bearer ${token}` };
  const problems: string[] = [];
  const formPost = await fetch(`${base}/micropub`, {
    method: "POST",
    headers: { ...auth, "Content-Type": "application/x-www-form-urlencoded" },
    body: "h=entry&name=D%C3%A9p%C3%AAche+par+Micropub&content=Envoy%C3%A9e+depuis+une+application.&category=Micropub",
  });
  if (formPost.status !== 201) problems.push(`form post: ${formPost.status} ${await formPost.text()}`);
  const picture = await readFile(join(ROOT, "test/fixtures/media/sunset.jpg"));
  const data = new FormData();
  data.append("file", new File([picture], "sunset.jpg", { type: "image/jpeg" }));
  const config = (await (await fetch(`${base}/micropub?q=config`, { headers: auth })).json()) as { "media-endpoint": string };
  const uploaded = await fetch(config["media-endpoint"], { method: "POST", headers: auth, body: data });
  const photo = uploaded.headers.get("Location") ?? "";
  if (uploaded.status !== 201) problems.push(`media upload: ${uploaded.status}`);
  const fetched = Buffer.from(await (await fetch(photo)).arrayBuffer());
  if (!fetched.equals(picture)) problems.push(`${photo} does not answer with the picture's bytes`);
  const jsonPost = await fetch(`${base}/micropub`, {
    method: "POST",
    headers: { ...auth, "Content-Type": "application/json" },
    body: JSON.stringify({ type: ["h-entry"], properties: { name: ["Coucher de soleil"], content: [{ html: "<p>Un <b>beau</b> soir.</p>" }], photo: [{ value: photo, alt: "Le soleil" }] } }),
  });
  if (jsonPost.status !== 201) problems.push(`JSON post: ${jsonPost.status} ${await jsonPost.text()}`);
  report(`${label}: Micropub creates from a form and from JSON, with a picture from the media endpoint`, problems);

  const wanted = [
    { link: formPost.headers.get("Location"), title: "Dépêche par Micropub", text: "Envoyée depuis une application." },
    { link: jsonPost.headers.get("Location"), title: "Coucher de soleil", text: "Un beau soir." },
  ];
  for (const format of ["rss", "atom", "json"] as const) {
    for (const client of CLIENTS.filter((c) => c.formats.includes(format))) {
      const seen: string[] = [];
      try {
        const entries = await client.read(`${base}${feedPath("", format)}`);
        for (const want of wanted) {
          const got = entries.find((e) => e.link === want.link);
          if (!got) seen.push(`${want.link}: missing`);
          else {
            const title = titleAsShown(client, format, want.title);
            if (got.title !== title) seen.push(`${want.link}: title ${JSON.stringify(got.title)}`);
            if (!shownText(got.html).includes(want.text)) seen.push(`${want.link}: text ${JSON.stringify(shownText(got.html).slice(0, 80))}`);
          }
        }
      } catch (error) {
        seen.push(String(error));
      }
      report(`${label}: ${client.name} shows both Micropub posts in ${feedPath("", format)}`, seen);
    }
  }
}

/** Every feed document the local store of `dir` holds, by path (`wrangler d1 execute`). */
async function storedFeeds(dir: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)(
    "npx",
    ["wrangler", "d1", "execute", "DB", "--local", "--json", "--command", "SELECT path FROM documents WHERE path LIKE 'feed %'"],
    { cwd: dir, maxBuffer: 64 << 20 },
  );
  const [result] = JSON.parse(stdout) as { results: { path: string }[] }[];
  return result!.results.map((row) => row.path.slice("feed ".length));
}

// The reader programs build (Go, Java, C) while the first server starts; checkSite awaits them.
const started = Promise.all(CLIENTS.map((client) => client.start?.()));
started.catch(() => undefined);
// Copies of the project: each dev server's store is its copy's, never the working tree's.
const newsroom = await copyProject(await mkdtemp(join(tmpdir(), "interop-")));
const fixtures = await copyWithItems(join(ROOT, "test/fixtures/items"), join(ROOT, "test/fixtures/media"));
// The fixture site advertises three WebSub hubs: one that follows the spec, one that answers 500, one that hangs.
const hubs = await startHubs();
try {
  await writeSyntheticItems(join(fixtures, "items"), 64);
  await checkSite("items/", newsroom);
  await checkSite("fixtures", fixtures, hubs);
} finally {
  await hubs.stop();
  await Promise.all([newsroom, fixtures].map((dir) => rm(dir, { recursive: true, force: true })));
  await Promise.all(CLIENTS.map((client) => client.close?.()));
}
const formats = Object.values(FORMATS).map((f) => f.label).join(", ");
console.log(`\n${formats}; reads per client: ${[...reads].map(([name, n]) => `${name} ${n}`).join(", ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
