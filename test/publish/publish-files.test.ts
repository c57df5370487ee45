import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import app from "../../src/app";
import type { FileResult } from "../../src/dialects/files/files-request";
import expectedLines from "../fixtures/items-bad.expected.txt?raw";
import { all, one, parseXml } from "../support/parse-xml";
import { freshStore, get, published, publishFiles, TOKEN } from "../support/store";

beforeEach(freshStore);

const dispatch = (title: string, date = "2026-11-20T10:00:00Z", more = "") => `---\ntitle: "${title}"\ndate: ${date}\n${more}---\nTexte de « ${title} ».\n`;

/** The guids of the site's RSS feed, newest first. */
async function rssIds(path = "/rss.xml"): Promise<string[]> {
  return all(one(parseXml(await (await get(path)).text()), "channel"), "item").map((i) => one(i, "guid").text);
}

const id = (slug: string) => `tag:tests.example,2026:${slug}`;

describe("publishing files (POST /publish)", () => {
  it("creates an item: its page, the site's feeds and its topics' feeds show it at once", async () => {
    const results = await published([{ name: "premiere.md", text: dispatch("Première", undefined, "categories: [Monde]\n") }]);
    expect(results).toEqual([{ file: "items/premiere.md", result: "created", state: "live" }]);
    expect((await get("/articles/premiere")).status).toBe(200);
    expect(await rssIds()).toEqual([id("premiere")]);
    expect(await rssIds("/categories/monde/rss.xml")).toEqual([id("premiere")]);
    const json = await (await get("/feed.json")).json<{ items: { title: string }[] }>();
    expect(json.items.map((i) => i.title)).toEqual(["Première"]);
  });

  it("updates an item under the same id, leaves unchanged ones alone, and a reader's old tag gets the new bytes", async () => {
    await published([{ name: "a.md", text: dispatch("A") }, { name: "b.md", text: dispatch("B", "2026-11-21T10:00:00Z") }]);
    const before = await get("/atom.xml");
    const tag = before.headers.get("ETag")!;
    const results = await published([{ name: "a.md", text: dispatch("A corrigée") }, { name: "b.md", text: dispatch("B", "2026-11-21T10:00:00Z") }]);
    expect(results.map((r) => [r.file, r.result])).toEqual([
      ["items/a.md", "updated"],
      ["items/b.md", "unchanged"],
    ]);
    const old = await get("/atom.xml", { "If-None-Match": tag });
    expect(old.status).toBe(200);
    const atom = parseXml(await old.text());
    expect(all(atom, "entry").map((e) => [one(e, "id").text, one(e, "title").text])).toEqual([
      [id("b"), "B"],
      [id("a"), "A corrigée"],
    ]);
    const fresh = await get("/atom.xml", { "If-None-Match": old.headers.get("ETag")! });
    expect(fresh.status).toBe(304);
    expect(await fresh.text()).toBe("");
  });

  it("deletes an item: its page answers 404 and it leaves every feed, its topic's page staying", async () => {
    await published([{ name: "a.md", text: dispatch("A", undefined, "categories: [Monde]\n") }, { name: "b.md", text: dispatch("B") }]);
    const results = await published([], ["a.md"]);
    expect(results).toEqual([{ file: "items/a.md", result: "deleted", state: "deleted" }]);
    expect((await get("/articles/a")).status).toBe(404);
    expect(await rssIds()).toEqual([id("b")]);
    expect(await rssIds("/categories/monde/rss.xml")).toEqual([]);
    expect((await get("/categories/monde/")).status).toBe(200);
  });

  it("refuses a file with problems whole, with the build's lines, and stores the others", async () => {
    const response = await publishFiles([
      { name: "bon.md", text: dispatch("Bon") },
      { name: "boukamal.md", text: "---\ntitel: Boukamal\ndate: 2017-13-45\n---\nCorps.\n" },
    ]);
    expect(response.status).toBe(422);
    const { results } = await response.json<{ results: FileResult[] }>();
    expect(results).toEqual([
      { file: "items/bon.md", result: "created", state: "live" },
      {
        file: "items/boukamal.md",
        result: "refused",
        problems: ["title: required", 'date: not a date: "2017-13-45"', 'titel: unknown field (did you mean "title"?)'],
      },
    ]);
    expect(await rssIds()).toEqual([id("bon")]);
    expect((await get("/articles/boukamal")).status).toBe(404);
  });

  it("refuses the corpus of broken files with exactly the lines the build prints, all at once", async () => {
    const corpus = Object.entries(import.meta.glob<string>("../fixtures/items-bad/*", { query: "?raw", import: "default", eager: true }))
      .map(([path, text]) => ({ name: path.replace(/^.*\//, ""), text }))
      // Vite reads files as text: the bytes that are not UTF-8 are sent in the test below.
      .filter((f) => f.name !== "not-utf8.md");
    const response = await publishFiles(corpus);
    expect(response.status).toBe(422);
    const { results } = await response.json<{ results: FileResult[] }>();
    const lines = results.flatMap((r) => (r.problems ?? []).map((p) => `${r.file} → ${p}`));
    const expected = expectedLines
      .trimEnd()
      .split("\n")
      .filter((line) => !line.startsWith("items/not-utf8.md"));
    expect(lines).toEqual(expected);
    // The one good file of the corpus: the first of two that claim one slug.
    expect(results.filter((r) => r.result !== "refused")).toEqual([{ file: "items/duplicate-a.md", result: "created", state: "live" }]);
  });

  it("refuses a file that is not UTF-8, and a slug that another file holds", async () => {
    await published([{ name: "meme.md", text: dispatch("Premier") }]);
    const response = await publishFiles([
      { name: "latin1.md", text: new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]) },
      { name: "autre.md", text: dispatch("Second", undefined, "slug: meme\n") },
    ]);
    const { results } = await response.json<{ results: FileResult[] }>();
    expect(results).toEqual([
      { file: "items/autre.md", result: "refused", problems: ['slug: "meme" is already used by items/meme.md'] },
      { file: "items/latin1.md", result: "refused", problems: ["file: not UTF-8 text (save it as UTF-8)"] },
    ]);
  });

  it("keeps a draft out of everything, and holds its slug", async () => {
    const results = await published([{ name: "brouillon.md", text: dispatch("Brouillon", undefined, "draft: true\n") }]);
    expect(results).toEqual([{ file: "items/brouillon.md", result: "created", state: "draft" }]);
    expect((await get("/articles/brouillon")).status).toBe(404);
    expect(await rssIds()).toEqual([]);
  });
});

describe("tokens", () => {
  const body = JSON.stringify({ files: [{ path: "items/x.md", base64: btoa(dispatch("X")) }] });
  const attempt = async (headers: Record<string, string>) => app.request("/publish", { method: "POST", headers, body }, env);

  it.each([
    ["no token", {}, 'Bearer realm="publishing"'],
    ["a wrong token", { Authorization: "Bearer not-the-token" }, 'Bearer realm="publishing", error="invalid_token", error_description="the token is unknown or revoked"'],
    ["another scheme", { Authorization: `Basic ${btoa("a:b")}` }, 'Bearer realm="publishing", error="invalid_token", error_description="the Authorization header is not Bearer <token>"'],
  ])("%s gets 401 with WWW-Authenticate: Bearer, and nothing is written", async (_, headers, challenge) => {
    const response = await attempt(headers);
    expect(response.status).toBe(401);
    expect(response.headers.get("WWW-Authenticate")).toBe(challenge);
    expect((await env.DB.prepare("SELECT COUNT(*) AS n FROM items").first("n"))).toBe(0);
    expect((await get("/articles/x")).status).toBe(404);
  });

  it("a revoked token gets 401, and a token without the scope 403", async () => {
    await env.DB.prepare("UPDATE tokens SET revoked_at = '2026-11-30T00:00:00Z' WHERE name = 'tests'").run();
    expect((await attempt({ Authorization: `Bearer ${TOKEN}` })).status).toBe(401);
    await env.DB.prepare("UPDATE tokens SET revoked_at = NULL, scope = 'media' WHERE name = 'tests'").run();
    const response = await attempt({ Authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(403);
    expect(response.headers.get("WWW-Authenticate")).toContain('error="insufficient_scope"');
    expect((await env.DB.prepare("SELECT COUNT(*) AS n FROM items").first("n"))).toBe(0);
  });
});
