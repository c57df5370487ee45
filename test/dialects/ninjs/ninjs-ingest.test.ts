import { runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { publisher } from "../../../src/publish/publisher-stub";
import { TOMBSTONE_MS, type Publisher } from "../../../src/publish/publisher";
import { tokenHash } from "../../../src/store/token-hash";
import { all, one, parseXml, type XmlElement } from "../../support/parse-xml";
import { freshStore, get, published } from "../../support/store";
import seed from "../../fixtures/ninjs/seed-3.1.json";
import { siteFiles } from "../../support/fixture-files";
import { START, walk } from "../../support/walk-archives";
import { dispatch3, ingest } from "./ingest";

beforeEach(freshStore);

const URI = "urn:newsml:agence.example:20261120:dep1";
const FEEDS = ["/rss.xml", "/atom.xml", "/feed.json", "/categories/monde/rss.xml", "/categories/monde/atom.xml", "/categories/monde/feed.json"];
const text = async (path: string) => (await get(path)).text();
const atomEntries = async (path: string) => all(parseXml(await text(path)), "entry").map((e) => ({ id: one(e, "id").text, title: one(e, "title").text, updated: one(e, "updated").text }));
const tombstones = async (path: string): Promise<XmlElement[]> => all(parseXml(await text(path)), "at:deleted-entry");

describe("POST /ingest/ninjs", () => {
  it("publishes a ninjs 3.1 dispatch: uri as id, headline, HTML body (sanitised), summary, credit, subjects, dateline, in every feed and its page", async () => {
    const doc = dispatch3(URI, {
      located: "GENÈVE",
      by: "Par Léa Martin",
      descriptions: [{ role: "summary", value: "Le résumé." }, { role: "creditline", value: "Agence d’essai" }],
      bodies: [{ role: "main", contentType: "text/html", value: '<p>Le texte.</p><script>alert(1)</script><p onclick="x()">Suite.</p>' }],
      urgency: 3,
      altIds: [{ role: "internal", value: "A-1" }],
    });
    const { status, results } = await ingest(doc);
    expect(status).toBe(200);
    expect(results).toEqual([{ uri: URI, result: "created", state: "live", url: "https://feeds.tests.example/articles/depeche-d-agence" }]);
    const [entry] = all(parseXml(await text("/atom.xml")), "entry");
    expect(one(entry!, "id").text).toBe(URI);
    expect(one(entry!, "title").text).toBe("Dépêche d’agence");
    expect(one(entry!, "summary").text).toBe("Le résumé.");
    expect(one(one(entry!, "author"), "name").text).toBe("Léa Martin");
    const content = one(entry!, "content").text;
    expect(content).toContain("<p><strong>GENÈVE</strong></p>");
    expect(content).toContain("<p>Le texte.</p>");
    expect(content).toContain("<p>Agence d’essai</p>");
    expect(content).not.toMatch(/script|onclick|alert/);
    for (const path of FEEDS) expect(await text(path), path).toContain("Dépêche d’agence");
    expect((await get("/articles/depeche-d-agence")).status).toBe(200);
    // Fields it does not show are kept, with the whole document.
    const source = await env.DB.prepare("SELECT source FROM items WHERE id = ?1").bind(URI).first<string>("source");
    expect(JSON.parse(source!)).toMatchObject({ urgency: 3, altIds: [{ role: "internal", value: "A-1" }] });
  });

  it("gives the seed dispatch, from ninjs 3.1, exactly the pages and feeds its Markdown file gives", async () => {
    const snapshot = async () => {
      const { results } = await env.DB.prepare("SELECT path, status, body FROM documents ORDER BY path").all<{ path: string; status: number; body: string }>();
      return results;
    };
    await published(siteFiles.filter((f) => f.name.startsWith("syrie-")));
    const fromFile = await snapshot();
    await freshStore();
    const { results } = await ingest(seed);
    expect(results).toMatchObject([{ result: "created", url: "https://feeds.tests.example/articles/syrie-larmee-encercle-la-derniere-ville-aux-mains-de-lei" }]);
    const fromNinjs = await snapshot();
    expect(fromNinjs.map((d) => d.path)).toEqual(fromFile.map((d) => d.path));
    for (const [i, document] of fromNinjs.entries()) expect(document, document.path).toEqual(fromFile[i]);
  });

  it("maps ninjs 1.x and 2.x spellings: headline, body_text, byline, subject; headlines, bodies, by, subjects", async () => {
    const one1 = {
      uri: "urn:x:v1",
      headline: "Dépêche 1.x",
      body_text: "Premier paragraphe.\n\nSecond.",
      byline: "Jean Dupont",
      subject: [{ name: "Sport" }],
      versioncreated: "2026-11-20T08:00:00Z",
      language: "fr",
    };
    const two = {
      uri: "urn:x:v2",
      headlines: [{ value: "Dépêche 2.x" }],
      bodies: [{ contenttype: "text/plain", value: "Le texte." }],
      by: "Marie Curie",
      subjects: [{ name: "Science" }],
      versioncreated: "2026-11-21T08:00:00Z",
      language: "fr",
    };
    const { status, results } = await ingest([one1, two]);
    expect(status).toBe(200);
    expect(results.map((r) => r.result)).toEqual(["created", "created"]);
    const entries = await atomEntries("/atom.xml");
    expect(entries.map((e) => [e.id, e.title])).toEqual([["urn:x:v2", "Dépêche 2.x"], ["urn:x:v1", "Dépêche 1.x"]]);
    expect(await text("/authors/jean-dupont/atom.xml")).toContain("Dépêche 1.x");
    expect(await text("/categories/science/rss.xml")).toContain("Dépêche 2.x");
    expect(await text("/articles/depeche-1-x")).toContain("<p>Premier paragraphe.</p>\n<p>Second.</p>");
  });
});

describe("refusals", () => {
  it("names, for each invalid document, its uri and every problem's JSON path at once; the valid ones go in", async () => {
    const bad = { uri: "urn:x:bad", versionCreated: "2026-11-20T08:00:00Z", headlines: [{ value: 3 }], pubStatus: "cancelled", urgency: 12, surprise: true };
    const { status, results } = await ingest([bad, dispatch3(URI)]);
    expect(status).toBe(422);
    expect(results[0]).toEqual({
      uri: "urn:x:bad",
      result: "refused",
      problems: ["pubStatus: must be one of \"usable\", \"withheld\", \"canceled\"", "urgency: 12 is greater than 9.", "headlines[0].value: must be string, not number", "surprise: not a property of ninjs 3.2"],
    });
    expect(results[1]).toMatchObject({ uri: URI, result: "created" });
    expect(await text("/rss.xml")).not.toContain("urn:x:bad");
  });

  it("says what is wrong with the request itself", async () => {
    expect(await ingest("{not json")).toMatchObject({ status: 400, error: expect.stringMatching(/^the body is not JSON: /) });
    expect(await ingest([])).toMatchObject({ status: 400, error: "an empty list: no document to ingest" });
    expect(await ingest({ uri: "urn:x", standard: { name: "ninjs", version: "4.0" } })).toMatchObject({
      status: 422,
      results: [{ uri: "urn:x", result: "refused", problems: ['standard.version: "4.0" is not a ninjs version (1.0 to 1.7, 2.0 to 2.3, 3.0 to 3.2 are published)'] }],
    });
    expect((await ingest(dispatch3(URI), "wrong-token")).status).toBe(401);
  });

  it("keeps, unpublished, a valid document that is not a dispatch, and says why", async () => {
    const { status, results } = await ingest({ uri: "001_simplest_file" });
    expect(status).toBe(200);
    expect(results).toEqual([
      {
        uri: "001_simplest_file",
        result: "kept",
        state: "draft",
        problems: [
          'uri: "001_simplest_file" is not a URI readers can keep as an entry\'s id (a tag:, urn:, https: or http: URI)',
          "headlines: required",
          "bodies: required (the text of the dispatch)",
        ],
      },
    ]);
    expect(await env.DB.prepare("SELECT state FROM items WHERE origin_key = '001_simplest_file'").first("state")).toBe("draft");
  });
});

describe("corrections", () => {
  it("a later versionCreated updates the item under the same id, its updated time moves, its page says corrected; an older one is ignored", async () => {
    await ingest(dispatch3(URI));
    const v2 = dispatch3(URI, { versionCreated: "2026-11-20T09:30:00Z", headlines: [{ role: "main", value: "Dépêche corrigée" }] });
    expect((await ingest(v2)).results).toMatchObject([{ result: "updated", url: "https://feeds.tests.example/articles/depeche-d-agence" }]);
    expect(await atomEntries("/atom.xml")).toEqual([{ id: URI, title: "Dépêche corrigée", updated: "2026-11-20T09:30:00.000Z" }]);
    const page = await text("/articles/depeche-d-agence");
    expect(page).toContain('<time datetime="2026-11-20T09:30:00.000Z">Corrigé le 20 novembre 2026 à 10:30</time>');
    expect(one(all(parseXml(await text("/atom.xml")), "entry")[0]!, "content").text).toContain("Corrigé le 20 novembre 2026 à 10:30");

    const old = await ingest(dispatch3(URI, { headlines: [{ role: "main", value: "Ancienne version" }] }));
    expect(old).toMatchObject({ status: 200, results: [{ result: "ignored", problems: ["version 2026-11-20T08:00:00.000Z is not newer than the one stored (2026-11-20T09:30:00.000Z): ignored"] }] });
    expect((await atomEntries("/atom.xml"))[0]!.title).toBe("Dépêche corrigée");
  });
});

describe("embargoes", () => {
  const DUE = "2099-01-01T07:00:00.000Z";

  it("hold the item out of every page, feed, count and tag until embargoedUntil, and bring it in at that instant", async () => {
    await ingest(dispatch3("urn:x:before", { headlines: [{ value: "Avant" }] }));
    const site = ["/rss.xml", "/atom.xml", "/feed.json"];
    const own = ["/categories/elections/rss.xml", "/categories/elections/atom.xml", "/categories/elections/feed.json"];
    const tags = await Promise.all(site.map(async (p) => (await get(p)).headers.get("ETag")));
    const [home, opml] = [await text("/"), await text("/feeds.opml")];
    const { results } = await ingest(dispatch3(URI, { embargoedUntil: "2099-01-01T08:00:00+01:00", subjects: [{ name: "Élections" }] }));
    expect(results).toEqual([{ uri: URI, result: "created", state: "scheduled", visibleFrom: DUE, url: "https://feeds.tests.example/articles/depeche-d-agence" }]);
    // Not a byte of any document changed: tags, the home page and its counts, the subscription list.
    expect(await Promise.all(site.map(async (p) => (await get(p)).headers.get("ETag")))).toEqual(tags);
    expect([await text("/"), await text("/feeds.opml")]).toEqual([home, opml]);
    for (const path of [...own, "/articles/depeche-d-agence"]) expect((await get(path)).status, path).toBe(404);

    // The Publisher's alarm is set for embargoedUntil (the cron trigger, every minute, backs it up); run here with a controlled clock.
    const stub = publisher(env);
    expect(await runInDurableObject(stub, (_: Publisher, state) => state.storage.getAlarm())).toBe(Date.parse(DUE));
    await stub.promoteDue(Date.parse(DUE) - 1);
    expect(await Promise.all(site.map(async (p) => (await get(p)).headers.get("ETag")))).toEqual(tags);
    await stub.promoteDue(Date.parse(DUE));
    for (const path of [...site, ...own]) expect(await text(path), path).toContain("Dépêche d’agence");
    expect((await get("/articles/depeche-d-agence")).status).toBe(200);
    expect(await text("/feeds.opml")).toContain("Élections");
  });
});

describe("kills", () => {
  const killed = (at = "2026-11-20T12:00:00Z", status = "canceled") => dispatch3(URI, { versionCreated: at, pubStatus: status });

  it("withdraw the item everywhere at once: its page answers 410, every feed drops it, the Atom feeds carry an RFC 6721 tombstone", async () => {
    await ingest([dispatch3(URI), dispatch3("urn:x:stays", { headlines: [{ value: "Reste" }], versionCreated: "2026-11-19T08:00:00Z", firstCreated: "2026-11-19T08:00:00Z" })]);
    const before = Date.now();
    expect(await ingest(killed())).toMatchObject({ status: 200, results: [{ uri: URI, result: "withdrawn", state: "deleted" }] });
    const page = await get("/articles/depeche-d-agence");
    expect(page.status).toBe(410);
    expect(page.headers.get("ETag")).toBeNull();
    const notice = await page.text();
    expect(notice).toContain("<h1>Dépêche retirée</h1>");
    expect(notice).not.toContain("Dépêche d’agence");
    for (const path of FEEDS) {
      const body = await text(path);
      expect(body, path).not.toContain("Dépêche d’agence");
      expect(body, path).toContain(path.startsWith("/categories") ? "Monde" : "Reste");
    }
    for (const path of ["/atom.xml", "/categories/monde/atom.xml"]) {
      const feed = parseXml(await text(path));
      expect(feed.attributes["xmlns:at"]).toBe("http://purl.org/atompub/tombstones/1.0");
      const [tombstone] = all(feed, "at:deleted-entry");
      expect(tombstone!.attributes.ref).toBe(URI);
      const when = Date.parse(tombstone!.attributes.when!);
      expect(tombstone!.attributes.when).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/);
      expect(when).toBeGreaterThanOrEqual(before - 1000);
      expect(all(feed, "entry").map((e) => one(e, "id").text)).not.toContain(URI);
    }
    // RSS and JSON Feed have no tombstone: they simply drop it.
    expect(await text("/rss.xml")).not.toContain(URI);
    expect(await text("/feed.json")).not.toContain(URI);
  });

  it("take the item out of the archive page that held it: every chain still whole, every page there, each other item once", async () => {
    // 65 dispatches, a day apart: two archive pages of 20 and a current feed of 25; the fourth-oldest is killed.
    const uri = (n: number) => `urn:newsml:agence.example:archive:${n}`;
    const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n, 8)).toISOString();
    await ingest(Array.from({ length: 65 }, (_, n) => dispatch3(uri(n), { firstCreated: day(n), versionCreated: day(n), headlines: [{ value: `Dépêche ${n}` }] })));
    expect((await ingest(dispatch3(uri(3), { firstCreated: day(3), versionCreated: day(70), pubStatus: "canceled" }))).results).toMatchObject([{ result: "withdrawn" }]);
    const others = Array.from({ length: 65 }, (_, n) => uri(n)).filter((u) => u !== uri(3)).reverse();
    for (const format of ["rss", "atom", "json"] as const) {
      for (const topic of ["", "/categories/monde"]) {
        const documents = await walk(format, `${topic}${START[format]}`);
        expect(documents.map((d) => d.path), format).toEqual([`${topic}${START[format]}`, `${topic}/archive/2/${START[format].slice(1)}`, `${topic}/archive/1/${START[format].slice(1)}`]);
        expect(documents.flatMap((d) => d.ids), `${topic} ${format}`).toEqual(others);
      }
    }
    // The tombstone is in the current Atom feed only: an archive page is history, not news.
    expect(await tombstones("/atom.xml")).toHaveLength(1);
    expect(await tombstones("/archive/1/atom.xml")).toEqual([]);
  });

  it("are never undone by an older version, and a canceled dispatch is never published again", async () => {
    await ingest(dispatch3(URI));
    await ingest(killed());
    expect((await ingest(dispatch3(URI))).results).toMatchObject([{ result: "ignored" }]);
    const newer = await ingest(dispatch3(URI, { versionCreated: "2026-11-21T08:00:00Z" }));
    expect(newer).toMatchObject({ status: 422, results: [{ result: "refused", problems: [expect.stringMatching(/^killed \(pubStatus canceled\) at .*: a canceled dispatch is never published again$/)] }] });
    expect((await get("/articles/depeche-d-agence")).status).toBe(410);
    expect(await text("/rss.xml")).not.toContain("Dépêche d’agence");
  });

  it("of a dispatch not seen yet are remembered: its older version, arriving late, stays out", async () => {
    expect((await ingest(killed())).results).toMatchObject([{ result: "withdrawn" }]);
    expect((await ingest(dispatch3(URI))).results).toMatchObject([{ result: "ignored" }]);
    expect(await text("/rss.xml")).not.toContain("Dépêche d’agence");
  });

  it("withheld, then usable again in a later version: back in every feed, its tombstone gone", async () => {
    await ingest(dispatch3(URI));
    await ingest(killed("2026-11-20T12:00:00Z", "withheld"));
    expect(await tombstones("/atom.xml")).toHaveLength(1);
    expect((await ingest(dispatch3(URI, { versionCreated: "2026-11-20T13:00:00Z" }))).results).toMatchObject([{ result: "created", state: "live" }]);
    for (const path of FEEDS) expect(await text(path), path).toContain("Dépêche d’agence");
    expect(await tombstones("/atom.xml")).toEqual([]);
    expect((await get("/articles/depeche-d-agence")).status).toBe(200);
  });

  it("leave tombstones for 30 days, then the Atom feeds drop them", async () => {
    await ingest(dispatch3(URI));
    await ingest(killed());
    expect(await tombstones("/categories/monde/atom.xml")).toHaveLength(1);
    const { withdrawn_at } = (await env.DB.prepare("SELECT withdrawn_at FROM tombstones LIMIT 1").first<{ withdrawn_at: string }>())!;
    await publisher(env).promoteDue(Date.parse(withdrawn_at) + TOMBSTONE_MS - 1);
    expect(await tombstones("/categories/monde/atom.xml")).toHaveLength(1);
    await publisher(env).promoteDue(Date.parse(withdrawn_at) + TOMBSTONE_MS);
    expect(await tombstones("/categories/monde/atom.xml")).toEqual([]);
    expect(await tombstones("/atom.xml")).toEqual([]);
  });

  it("need a token with the delete scope", async () => {
    await env.DB.prepare("INSERT INTO tokens (name, hash, scope, created_at) VALUES ('wire', ?1, 'create update', '2026-01-01T00:00:00Z')").bind(await tokenHash("wire-token")).run();
    await ingest(dispatch3(URI));
    expect(await ingest(killed(), "wire-token")).toMatchObject({
      status: 422,
      results: [{ uri: URI, result: "refused", problems: ["pubStatus: withdrawing a dispatch needs a token with the delete scope"] }],
    });
    expect((await get("/articles/depeche-d-agence")).status).toBe(200);
  });
});

