/**
 * Telling the hubs (WebSub §6): every publish, update and delete, through every
 * dialect, tells each hub once of each subscription feed whose bytes changed,
 * after the answer and once the new bytes are served; a hub that fails, hangs or
 * refuses neither fails nor holds up a publish, nor loses a change: its notices
 * wait, with backoff, for the alarm. The hubs are real HTTP servers on this
 * machine that answer like Google's (204) and Switchboard's (202).
 */
import { createExecutionContext, runDurableObjectAlarm, runInDurableObject, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import app from "../../src/app";
import { settleStatements } from "../../src/notify/hub-notices";
import { FIRST_RETRY_MS, MAX_ATTEMPTS, TIMEOUT_MS } from "../../src/notify/tell-hubs";
import type { Publisher } from "../../src/publish/publisher";
import { publisher } from "../../src/publish/publisher-stub";
import { all, one, parseXml } from "../support/parse-xml";
import { freshStore, get, TOKEN } from "../support/store";
import { BASE, dispatch, hubAnswers, HUBS, pings, publishAndTell, resetHubs, toldOf, waiting } from "./hubs";

beforeEach(async () => {
  await freshStore();
  await resetHubs();
});
afterEach(() => void vi.restoreAllMocks());

/** The subscription feeds of the site and of `topics`, as absolute URLs, sorted. */
const feedsOf = (...topics: string[]) =>
  ["", ...topics].flatMap((topic) => ["rss.xml", "atom.xml", "feed.json"].map((file) => BASE + encodeURI(`${topic}/${file}`))).sort();
const titles = async (url: string) => all(one(parseXml(await (await get(url.slice(BASE.length))).text()), "channel"), "item").map((i) => one(i, "title").text);

describe("a publish", () => {
  it("tells each hub of every subscription feed it changed, once each, with hub.mode=publish and hub.url", async () => {
    const response = await publishAndTell([dispatch("premiere", "Santé publique")]);
    expect(response.status).toBe(200);
    const told = await pings();
    const feeds = feedsOf("/categories/sante-publique", "/authors/lea-martin");
    for (const [hub, status] of [["google", 204], ["switchboard", 202]] as const) {
      expect(toldOf(told[hub]!)).toEqual(feeds);
      for (const ping of told[hub]!) {
        expect(ping.fields).toEqual([["hub.mode", "publish"], ["hub.url", expect.any(String)]]);
        expect(ping.contentType).toBe("application/x-www-form-urlencoded");
        expect(ping.userAgent).toBe(`feed-publisher (+${BASE}/)`);
        expect(ping.status).toBe(status);
      }
    }
    expect(await waiting()).toEqual([]);
    // What a hub fetches then is the new feed.
    for (const url of feeds.filter((u) => u.endsWith("rss.xml"))) expect(await titles(url)).toEqual(["premiere"]);
  });

  it("tells of nothing that did not change: another topic's feeds, or a file sent again as it was", async () => {
    await publishAndTell([dispatch("sante", "Santé publique", "2026-11-20T08:00:00Z"), dispatch("sport", "Sport", "2026-11-19T08:00:00Z")]);
    await resetHubs();
    await publishAndTell([dispatch("sante", "Santé publique", "2026-11-20T08:00:00Z", "Texte corrigé.")]);
    const told = await pings();
    expect(toldOf(told.google!)).toEqual(feedsOf("/categories/sante-publique", "/authors/lea-martin"));
    expect(toldOf(told.switchboard!)).toEqual(toldOf(told.google!));

    await resetHubs();
    const again = await publishAndTell([dispatch("sante", "Santé publique", "2026-11-20T08:00:00Z", "Texte corrigé.")]);
    expect(await again.json()).toMatchObject({ results: [{ file: "items/sante.md", result: "unchanged" }], documents: 0 });
    expect(await pings()).toEqual({ google: [], switchboard: [] });
    expect(await waiting()).toEqual([]);
  });

  it("tells of a delete: the feeds it leaves", async () => {
    await publishAndTell([dispatch("reste", "Sport", "2026-11-19T08:00:00Z"), dispatch("part", "Santé publique")]);
    await resetHubs();
    expect((await publishAndTell([], ["part.md"])).status).toBe(200);
    expect(toldOf((await pings()).google!)).toEqual(feedsOf("/categories/sante-publique", "/authors/lea-martin"));
    expect(await titles(`${BASE}/rss.xml`)).toEqual(["reste"]);
  });

  it("tells from every dialect: a Micropub post", async () => {
    const ctx = createExecutionContext();
    const body = new URLSearchParams({ h: "entry", name: "Par Micropub", content: "Texte.", category: "Santé publique" });
    const response = await app.request("/micropub", { method: "POST", headers: { Authorization: `Bearer ${TOKEN}` }, body }, env, ctx);
    expect(response.status).toBe(201);
    await waitOnExecutionContext(ctx);
    // A Micropub post has the site's author: no author feed.
    expect(toldOf((await pings()).switchboard!)).toEqual(feedsOf("/categories/sante-publique"));
  });
});

describe("a hub that fails", () => {
  it("answering 500: the publish is whole, the other hub told; its notices wait, tried once, and go out when it is back", async () => {
    await hubAnswers("google", "500");
    const before = Date.now();
    const response = await publishAndTell([dispatch("premiere", "Santé publique")]);
    expect(response.status).toBe(200);
    expect(await titles(`${BASE}/rss.xml`)).toEqual(["premiere"]);
    const told = await pings();
    expect(toldOf(told.switchboard!)).toEqual(feedsOf("/categories/sante-publique", "/authors/lea-martin"));
    // One request: a hub that fails is taken as down, and all its notices wait.
    expect(told.google!.map((p) => p.status)).toEqual([500]);
    const left = await waiting();
    expect(left.map((n) => n.url).sort()).toEqual(feedsOf("/categories/sante-publique", "/authors/lea-martin"));
    for (const notice of left) {
      expect(notice).toMatchObject({ hub: HUBS[0], attempts: 1 });
      expect(notice.due).toBeGreaterThanOrEqual(before + FIRST_RETRY_MS);
    }

    // Back up: the alarm (set for the first notice due, made due now) tells it all.
    await hubAnswers("google", "ok");
    await env.DB.prepare("UPDATE hub_notices SET due = 0").run();
    expect(await runDurableObjectAlarm(publisher(env))).toBe(true);
    await publisher(env).tellHubs();
    expect(toldOf((await pings()).google!.filter((p) => p.status === 204))).toEqual(feedsOf("/categories/sante-publique", "/authors/lea-martin"));
    expect(await waiting()).toEqual([]);
  });

  it("hanging: given up on after the timeout, one request held; the publish and the other hub are not held up", async () => {
    await hubAnswers("switchboard", "hang");
    const warn = vi.spyOn(console, "warn");
    const response = await publishAndTell([dispatch("premiere", "Santé publique")]);
    expect(response.status).toBe(200);
    const told = await pings();
    expect(toldOf(told.google!)).toEqual(feedsOf("/categories/sante-publique", "/authors/lea-martin"));
    expect(told.switchboard!.map((p) => p.status)).toEqual([0]);
    expect((await waiting()).filter((n) => n.hub === HUBS[1]).map((n) => n.attempts)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`^websub: ${HUBS[1]} failed for \\S+ \\(no answer in 10 s\\); it and 8 more feeds wait, next try in 10 s$`)));
  });

  it("hanging while an alarm comes: the alarm publishes what is due and returns, the hub is told beside it", async () => {
    // One alarm runs at a time: one that waited on this hub would hold back the next (an embargo's instant).
    await publishAndTell([dispatch("plus-tard", "Santé publique", "2099-01-01T08:00:00Z")]);
    await resetHubs();
    await hubAnswers("switchboard", "hang");
    await env.DB.prepare("UPDATE items SET visible_from = '2026-01-01T00:00:00Z' WHERE state = 'scheduled'").run();
    const before = Date.now();
    expect(await runDurableObjectAlarm(publisher(env))).toBe(true);
    expect(await titles(`${BASE}/rss.xml`)).toEqual(["plus-tard"]);
    // Returned before the hub's timeout: not one notice has been tried yet.
    expect((await waiting()).filter((n) => n.hub === HUBS[1]).map((n) => n.attempts)).toEqual(Array(9).fill(0));
    // And the next alarm is not for the notices the run holds, which would fire it again and again meanwhile.
    expect(await runInDurableObject(publisher(env), (_: Publisher, state) => state.storage.getAlarm())).toBeGreaterThan(before + TIMEOUT_MS);
    await publisher(env).tellHubs();
    expect((await pings()).switchboard!.map((p) => p.status)).toEqual([0]);
    expect((await waiting()).filter((n) => n.hub === HUBS[1]).map((n) => n.attempts)).toEqual(Array(9).fill(1));
  });

  it("closing a connection unanswered, once (as an HTTP/1.0 hub does to an idle one): asked again at once", async () => {
    await hubAnswers("google", "drop-once");
    await publishAndTell([dispatch("premiere", "Santé publique")]);
    const told = (await pings()).google!;
    expect(told.map((p) => p.status)).toEqual([0, ...Array(9).fill(204)]);
    expect(toldOf(told.filter((p) => p.status === 204))).toEqual(feedsOf("/categories/sante-publique", "/authors/lea-martin"));
    expect(await waiting()).toEqual([]);
  });

  it("closing every connection unanswered: taken as down after one more try", async () => {
    await hubAnswers("google", "drop");
    await publishAndTell([dispatch("premiere", "Santé publique")]);
    expect((await pings()).google!.map((p) => p.status)).toEqual([0, 0]);
    expect((await waiting()).filter((n) => n.hub === HUBS[0]).map((n) => n.attempts)).toEqual(Array(9).fill(1));
  });

  it("answering 503 with Retry-After: its notices wait as long as it asks", async () => {
    await hubAnswers("google", "503");
    const before = Date.now();
    await publishAndTell([dispatch("premiere", "Santé publique")]);
    const after = Date.now();
    for (const notice of (await waiting()).filter((n) => n.hub === HUBS[0])) {
      expect(notice.due).toBeGreaterThanOrEqual(before + 120_000);
      expect(notice.due).toBeLessThanOrEqual(after + 120_000 + 5_000);
    }
  });

  it("refusing (400): each feed asked once, not again, and said in the log", async () => {
    await hubAnswers("google", "400");
    const error = vi.spyOn(console, "error");
    await publishAndTell([dispatch("premiere", "Santé publique")]);
    expect((await pings()).google!.map((p) => p.status)).toEqual(Array(9).fill(400));
    expect(await waiting()).toEqual([]);
    expect(error).toHaveBeenCalledWith(`websub: ${HUBS[0]} refused ${BASE}/rss.xml (400: the test made this hub answer 400); not asked again for this change`);
  });

  it(`down for good: given up after ${MAX_ATTEMPTS} attempts, said in the log`, async () => {
    await hubAnswers("google", "500");
    await publishAndTell([dispatch("premiere", "Santé publique")]);
    await env.DB.prepare("UPDATE hub_notices SET due = 0, attempts = ?1 WHERE hub = ?2").bind(MAX_ATTEMPTS - 1, HUBS[0]).run();
    const error = vi.spyOn(console, "error");
    expect(await runDurableObjectAlarm(publisher(env))).toBe(true);
    await publisher(env).tellHubs();
    expect(await waiting()).toEqual([]);
    expect(error).toHaveBeenCalledWith(`websub: gave up telling ${HUBS[0]} of ${BASE}/rss.xml after ${MAX_ATTEMPTS} attempts (500: the test made this hub answer 500)`);
  });

  it("a change made while its notice waits is never taken as told by an answer about an older one", async () => {
    await hubAnswers("google", "500");
    await publishAndTell([dispatch("premiere", "Santé publique")]);
    const [first] = (await waiting()).filter((n) => n.url === `${BASE}/rss.xml` && n.hub === HUBS[0]);
    await publishAndTell([dispatch("seconde", "Santé publique", "2026-11-21T08:00:00Z")]);
    const [second] = (await waiting()).filter((n) => n.url === `${BASE}/rss.xml` && n.hub === HUBS[0]);
    expect(second!.revision).toBeGreaterThan(first!.revision);
    // The answer to the first notice, settled late, leaves the second alone.
    await env.DB.batch(settleStatements(env.DB, [first!], []));
    expect((await waiting()).filter((n) => n.url === `${BASE}/rss.xml` && n.hub === HUBS[0])).toEqual([second]);
  });

  it("no longer in WEBSUB_HUBS: its notices are dropped, said in the log", async () => {
    await env.DB.prepare("INSERT INTO hub_notices (hub, url, revision, attempts, due) VALUES ('https://old-hub.tests.example/', ?1, 1, 0, 0)").bind(`${BASE}/rss.xml`).run();
    const log = vi.spyOn(console, "log");
    await publisher(env).tellHubs();
    expect(await waiting()).toEqual([]);
    expect(log).toHaveBeenCalledWith("websub: https://old-hub.tests.example/ is no longer in WEBSUB_HUBS: 1 notices dropped");
  });
});
