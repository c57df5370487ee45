import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { REVISION_MS } from "../../src/http/documents";
import type { Publisher } from "../../src/publish/publisher";
import { publisher } from "../../src/publish/publisher-stub";
import { all, one, parseXml } from "../support/parse-xml";
import { freshStore, get, published, publishFiles } from "../support/store";

beforeEach(freshStore);
afterEach(() => void vi.useRealTimers());

const dispatch = (name: string, date: string) => ({ name: `${name}.md`, text: `---\ntitle: "${name}"\ndate: ${date}\n---\nTexte.\n` });
const titles = async (path = "/rss.xml") => all(one(parseXml(await (await get(path)).text()), "channel"), "item").map((i) => one(i, "title").text);

describe("a scheduled item", () => {
  const DUE = "2099-01-01T07:00:00.000Z";

  it("stays out of every page and feed until its time, then enters them all at once", async () => {
    const results = await published([dispatch("avant", "2026-11-01T10:00:00Z"), dispatch("plus-tard", "2099-01-01T08:00:00+01:00")]);
    expect(results).toContainEqual({ file: "items/plus-tard.md", result: "created", state: "scheduled", visibleFrom: DUE });
    expect(await titles()).toEqual(["avant"]);
    expect((await get("/articles/plus-tard")).status).toBe(404);

    // The Publisher's alarm is set for its time; run with a controlled clock, a millisecond early changes nothing.
    const stub = publisher(env);
    expect(await runInDurableObject(stub, (_: Publisher, state) => state.storage.getAlarm())).toBe(Date.parse(DUE));
    expect((await stub.promoteDue(Date.parse(DUE) - 1)).outcomes).toEqual([]);
    expect(await titles()).toEqual(["avant"]);

    const { outcomes } = await stub.promoteDue(Date.parse(DUE));
    expect(outcomes.map((o) => [o.key, o.state])).toEqual([["items/plus-tard.md", "live"]]);
    expect(await titles()).toEqual(["plus-tard", "avant"]);
    expect((await get("/articles/plus-tard")).status).toBe(200);
    expect(await runInDurableObject(stub, (_: Publisher, state) => state.storage.getAlarm())).toBeNull();
  });
});

describe("a storage fault", () => {
  it("loses nothing: the items are stored, the documents wait, and the alarm renders them", async () => {
    await published([dispatch("premiere", "2026-11-01T10:00:00Z")]);
    // A row the renderer cannot read: every document that shows it fails to render.
    await env.DB.prepare("UPDATE items SET item = 'not json' WHERE slug = 'premiere'").run();
    const response = await publishFiles([dispatch("seconde", "2026-11-02T10:00:00Z")]);
    expect(response.status).toBe(200);
    const body = await response.json<{ pending?: string }>();
    expect(body.pending).toMatch(/^topic\|\|current: /);
    // Stored all the same; its own page, which shows no other item, is out.
    expect((await get("/articles/seconde")).status).toBe(200);
    expect(await titles()).toEqual(["premiere"]);
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM pending").first("n")).toBeGreaterThan(0);

    const stub = publisher(env);
    const row = await env.DB.prepare("SELECT item FROM items WHERE slug = 'seconde'").first<string>("item");
    await env.DB.prepare("UPDATE items SET item = ?1 WHERE slug = 'premiere'").bind(row!.replaceAll("seconde", "premiere").replace(/"title":"[^"]*"/, '"title":"premiere"')).run();
    expect(await runInDurableObject(stub, (_: Publisher, state) => state.storage.getAlarm())).not.toBeNull();
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await titles()).toEqual(["seconde", "premiere"]);
    expect(await env.DB.prepare("SELECT COUNT(*) AS n FROM pending").first("n")).toBe(0);
  });
});

describe("copies of documents in an isolate's memory", () => {
  // Another isolate publishes: the store changes, and its revision with it; this isolate is not told.
  const changeElsewhere = async () => {
    const before = await env.DB.prepare("SELECT body FROM documents WHERE path = 'feed /rss.xml'").first<string>("body");
    await env.DB.prepare("UPDATE documents SET body = ?1, etag = '\"other\"' WHERE path = 'feed /rss.xml'").bind(before!.replace("<title>premiere</title>", "<title>changée</title>")).run();
    await env.DB.prepare("UPDATE site_state SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'").run();
  };

  it("are served until the store's revision has been asked again, at most REVISION_MS later", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await published([dispatch("premiere", "2026-11-01T10:00:00Z")]);
    expect(await titles()).toEqual(["premiere"]);
    await changeElsewhere();
    vi.advanceTimersByTime(REVISION_MS - 1);
    expect(await titles()).toEqual(["premiere"]);
    vi.advanceTimersByTime(1);
    expect(await titles()).toEqual(["changée"]);
    expect((await get("/rss.xml")).headers.get("ETag")).toBe('"other"');
  });

  it("are all read again once any answer has seen a newer revision", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    await published([dispatch("premiere", "2026-11-01T10:00:00Z")]);
    expect(await titles()).toEqual(["premiere"]);
    expect((await get("/atom.xml")).status).toBe(200);
    await changeElsewhere();
    vi.advanceTimersByTime(REVISION_MS);
    // The Atom feed's answer asks the store, and sees the new revision…
    expect((await get("/atom.xml")).status).toBe(200);
    // …so the RSS copy, read at the old one, is not served again, though the revision was just asked.
    expect(await titles()).toEqual(["changée"]);
  });
});
