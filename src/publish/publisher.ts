import { DurableObject } from "cloudflare:workers";
import { baseUrl } from "../http/base-url";
import { forgetDocuments, REVISION_MS } from "../http/documents";
import { dropUnlisted, nextNoticeDue, noticeStatement } from "../notify/hub-notices";
import { tellHub, TIMEOUT_MS } from "../notify/tell-hubs";
import { websubHubs } from "../notify/websub-hubs";
import { site } from "../site";
import { documentStatements } from "../store/documents";
import type { Change, Outcome } from "./change";
import { loadState } from "./load-state";
import { planChanges } from "./plan-changes";
import { planStatements } from "./plan-statements";
import { renderUnits } from "./render-units";
import { resanitizeStored } from "./resanitize-stored";

/** What a publish did: each change's outcome, and every document rendered or removed. */
export interface Published {
  outcomes: Outcome[];
  documents: string[];
  /** How many feeds changed whose hubs are to be told (`tellHubs`). */
  feedsToTell: number;
  /** Why some documents are still to render (a storage fault): the alarm retries them. */
  pending?: string;
}

/** Units rendered per D1 batch: each batch stores its documents and marks them done. */
const UNITS_PER_BATCH = 200;
/** Units rendered per call: more (a whole site rendered again) go on in the next alarm, within the CPU limit. */
const UNITS_PER_CALL = 4_000;
/** After a failed rendering, the alarm tries again this much later. */
const RETRY_MS = 10_000;
/**
 * Hubs are told of a change this long after it is stored: by then every isolate
 * serves it (they ask the store's revision every REVISION_MS), so the hub fetches
 * the new bytes, not a copy of the old ones.
 */
const TELL_AFTER_MS = REVISION_MS + 1_000;
/** Notices due within this long are waited for; later ones (retries) are the alarm's. */
const TELL_SOON_MS = 5_000;
/** How long the Atom feeds say an entry was withdrawn (RFC 6721 tombstones). */
export const TOMBSTONE_MS = 30 * 24 * 60 * 60_000;

/**
 * The one writer of the store. Every way of publishing (files, Micropub, ninjs)
 * hands its validated changes to this Durable Object, which applies them one set
 * at a time: so documents are always rendered from the latest store, never from
 * a snapshot another write has overtaken. Its alarm publishes scheduled items at
 * their time, retries any rendering a storage fault left pending, and tells
 * WebSub hubs of the changes a hub that was down has not taken yet.
 */
export class Publisher extends DurableObject<Env> {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly hubs = websubHubs(this.env.WEBSUB_HUBS);
  /** The hubs being told, each with its run: one at a time per hub, hubs apart. */
  private readonly telling = new Map<string, Promise<void>>();
  /** Hubs are told nothing before this time (ms): the last change stored is not yet served everywhere. */
  private quietUntil = 0;

  /** Stores `changes` and renders every document they change, before answering. */
  publish(changes: Change[]): Promise<Published> {
    return this.serial(async () => {
      const outcomes = await this.apply(changes, new Date().toISOString());
      return { outcomes, ...(await this.renderPending()) };
    });
  }

  /**
   * Publishes every scheduled item due at `now` (ms), and takes out of the Atom
   * feeds the tombstones older than TOMBSTONE_MS; the alarm and the cron trigger
   * call it, tests call it with their own clock.
   */
  promoteDue(now: number = Date.now()): Promise<Published> {
    return this.serial(async () => {
      const db = this.env.DB;
      const { results } = await db.prepare("SELECT origin, origin_key FROM items WHERE state = 'scheduled' AND visible_from <= ?1")
        .bind(new Date(now).toISOString())
        .all<{ origin: Change["origin"]; origin_key: string }>();
      const changes: Change[] = results.map((row) => ({ kind: "promote", origin: row.origin, key: row.origin_key }));
      const outcomes = changes.length > 0 ? await this.apply(changes, new Date(now).toISOString()) : [];
      const expired = new Date(now - TOMBSTONE_MS).toISOString();
      await db.batch([
        db.prepare("INSERT OR IGNORE INTO pending (unit) SELECT DISTINCT 'topic|' || topic || '|current' FROM tombstones WHERE withdrawn_at <= ?1").bind(expired),
        db.prepare("DELETE FROM tombstones WHERE withdrawn_at <= ?1").bind(expired),
      ]);
      return { outcomes, ...(await this.renderPending()) };
    });
  }

  /** Renders every document again (`npm run dev` calls it when the code changes). */
  rerender(): Promise<Published> {
    return this.serial(async () => {
      await this.renderAll();
      return { outcomes: [], ...(await this.renderPending()) };
    });
  }

  /**
   * Tells the hubs of every feed that changed, once every isolate serves the
   * change, and returns when they have answered or been put off. The write path
   * calls it from `waitUntil`, after answering; each hub is told apart, so a hub
   * that is down never slows a publish or another hub, and its notices wait for
   * the alarm.
   */
  async tellHubs(): Promise<void> {
    await (await this.startTelling()).finished;
  }

  /**
   * A Durable Object runs one alarm at a time: an alarm that waited on a hub
   * (10 s for one that hangs, and its retries soon after) would hold back the
   * next, an embargo's instant among them (measured: 27 s late). So the hubs are
   * told beside it; their notices are in the store, and a run cut short is the
   * next alarm's.
   */
  override async alarm(): Promise<void> {
    await this.promoteDue();
    this.ctx.waitUntil((await this.startTelling()).finished);
  }

  /** Starts a run for each hub (or joins the one under way); `finished` once they have all ended. */
  private async startTelling(): Promise<{ finished: Promise<void> }> {
    for (const { hub, dropped } of await dropUnlisted(this.env.DB, this.hubs)) {
      console.log(`websub: ${hub} is no longer in WEBSUB_HUBS: ${dropped} notices dropped`);
    }
    const runs = Promise.all(this.hubs.map((hub) => this.tellingOf(hub)));
    // The alarm, set for notices the runs now hold, would fire again and again while they last.
    if (this.telling.size > 0) await this.serial(() => this.setAlarm(false));
    return { finished: runs.then(() => this.serial(() => this.setAlarm(false))) };
  }

  /** The run telling `hub`, the one under way or a new one. */
  private tellingOf(hub: string): Promise<void> {
    let run = this.telling.get(hub);
    if (!run) {
      run = this.tellDue(hub).finally(() => this.telling.delete(hub));
      this.telling.set(hub, run);
    }
    return run;
  }

  /** Tells `hub` of its notices as they come due, while they come due soon. */
  private async tellDue(hub: string): Promise<void> {
    const db = this.env.DB;
    try {
      const userAgent = `feed-publisher (+${baseUrl(this.env.BASE_URL)}/)`;
      for (let due = await nextNoticeDue(db, hub); due !== null; due = await nextNoticeDue(db, hub)) {
        const at = Math.max(due, this.quietUntil);
        if (at - Date.now() > TELL_SOON_MS) break;
        if (at > Date.now()) await scheduler.wait(at - Date.now());
        await tellHub(db, hub, Date.now(), userAgent);
      }
    } catch (error) {
      console.error(`websub: telling ${hub} failed, to be retried: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * Marks every document to render: each topic page, each article and withdrawn
   * item's page, the subscription list; from bodies the sanitiser of this code
   * has seen.
   */
  private async renderAll(): Promise<void> {
    const db = this.env.DB;
    const rewritten = await resanitizeStored(db);
    if (rewritten > 0) console.log(`${rewritten} stored bodies sanitised again`);
    // D1 takes at most five terms in a compound SELECT: two statements, one batch.
    await db.batch([
      db
        .prepare(
          `INSERT OR IGNORE INTO pending (unit)
           SELECT 'topic||current'
           UNION ALL SELECT 'topic|' || key || '|current' FROM topics
           UNION ALL SELECT DISTINCT 'topic|' || topic || '|' || ((seq - 1) / CAST(?1 AS INTEGER) + 1) FROM memberships
           UNION ALL SELECT 'opml'`,
        )
        .bind(site.feedSize),
      db.prepare(
        `INSERT OR IGNORE INTO pending (unit)
         SELECT 'article|' || id FROM items WHERE state = 'live'
         UNION ALL SELECT 'withdrawn|' || id FROM items WHERE withdrawn IS NOT NULL AND slug <> ''`,
      ),
    ]);
  }

  /**
   * Documents hold absolute links, the hubs and what the code wrote: when the
   * deployment's BASE_URL, WEBSUB_HUBS or version (new code, new settings) is not
   * the one they were rendered with, all of them are rendered again. Readers get
   * the old ones meanwhile.
   */
  private async renderedAsDeployed(base: string): Promise<void> {
    const deployed = `${base} ${this.hubs.join(",")} ${this.env.CF_VERSION_METADATA?.id ?? "unversioned"}`;
    const db = this.env.DB;
    const rendered = await db.prepare("SELECT value FROM site_state WHERE key = 'rendered_as'").first<string>("value");
    if (rendered === deployed) return;
    await this.renderAll();
    await db.prepare("INSERT OR REPLACE INTO site_state (key, value) VALUES ('rendered_as', ?1)").bind(deployed).run();
  }

  /** Plans and stores one set of changes in one transaction, with the units it leaves to render. */
  private async apply(changes: Change[], now: string): Promise<Outcome[]> {
    const db = this.env.DB;
    const plan = planChanges(changes, await loadState(db, changes), now, site.feedSize);
    const statements = planStatements(db, plan);
    if (statements.length > 0) await db.batch(statements);
    return plan.outcomes;
  }

  /**
   * Renders what is pending, a batch at a time, each batch stored with its units
   * marked done. A fault leaves the rest pending (the store is never behind: the
   * items are in, only documents wait) and the alarm retries; the alarm is also
   * set for the next scheduled item, and at once when a call's share is done and
   * more remains.
   */
  private async renderPending(): Promise<{ documents: string[]; feedsToTell: number; pending?: string }> {
    const db = this.env.DB;
    const documents: string[] = [];
    let feedsToTell = 0;
    const failed = new Set<string>();
    let rendered = 0;
    let fault: string | undefined;
    try {
      const base = baseUrl(this.env.BASE_URL);
      await this.renderedAsDeployed(base);
      while (rendered < UNITS_PER_CALL) {
        const { results } = await db
          .prepare("SELECT unit FROM pending WHERE unit NOT IN (SELECT value FROM json_each(?1)) LIMIT ?2")
          .bind(JSON.stringify([...failed]), UNITS_PER_BATCH)
          .all<{ unit: string }>();
        if (results.length === 0) break;
        const units = results.map((r) => r.unit);
        rendered += units.length;
        const { documents: rows, gone, changedFeeds, done, failed: errors } = await renderUnits(db, units, base, this.hubs);
        const statements = documentStatements(db, rows, gone, done);
        const tell = this.hubs.length > 0 && changedFeeds.length > 0;
        if (tell) statements.push(noticeStatement(db, this.hubs, changedFeeds, Date.now() + TELL_AFTER_MS));
        await db.batch(statements);
        if (tell) {
          this.quietUntil = Date.now() + TELL_AFTER_MS;
          feedsToTell += changedFeeds.length;
        }
        const paths = [...rows.map((d) => d.path), ...gone];
        // This isolate serves documents too (always so under `wrangler dev`): it forgets its copies now.
        forgetDocuments(paths);
        documents.push(...paths);
        for (const { unit, error } of errors) {
          failed.add(unit);
          fault = `${unit}: ${error}`;
          console.error(`rendering ${unit} failed, to be retried: ${error}`);
        }
      }
    } catch (error) {
      fault = error instanceof Error ? error.message : String(error);
      console.error(`rendering failed, to be retried: ${fault}`);
    }
    await this.setAlarm(fault === undefined && rendered >= UNITS_PER_CALL);
    return { documents, feedsToTell, ...(fault !== undefined && { pending: fault }) };
  }

  private async setAlarm(more: boolean): Promise<void> {
    const db = this.env.DB;
    const [next, pending, notice, tombstone] = await Promise.all([
      db.prepare("SELECT MIN(visible_from) AS due FROM items WHERE state = 'scheduled'").first<string | null>("due"),
      db.prepare("SELECT COUNT(*) AS n FROM pending").first<number>("n"),
      nextNoticeDue(db),
      db.prepare("SELECT MIN(withdrawn_at) AS oldest FROM tombstones").first<string | null>("oldest"),
    ]);
    const times = [
      ...(next ? [Date.parse(next)] : []),
      ...(tombstone ? [Date.parse(tombstone) + TOMBSTONE_MS] : []),
      ...(pending ? [Date.now() + (more ? 0 : RETRY_MS)] : []),
      // Notices a run holds are its own until its last ping's timeout; then, should it have been cut short, the alarm's.
      ...(notice !== null ? [Math.max(notice, this.quietUntil, this.telling.size > 0 ? Date.now() + TIMEOUT_MS + 1_000 : 0)] : []),
    ];
    if (times.length > 0) await this.ctx.storage.setAlarm(Math.min(...times));
    else await this.ctx.storage.deleteAlarm();
  }

  /** Runs `work` once every write before it has finished: one write at a time. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
