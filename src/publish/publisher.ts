import { DurableObject } from "cloudflare:workers";
import { baseUrl } from "../http/base-url";
import { forgetDocuments } from "../http/documents";
import { site } from "../site";
import { documentStatements } from "../store/documents";
import type { Change, Outcome } from "./change";
import { loadState } from "./load-state";
import { planChanges } from "./plan-changes";
import { planStatements } from "./plan-statements";
import { renderUnits } from "./render-units";

/** What a publish did: each change's outcome, and every document rendered or removed. */
export interface Published {
  outcomes: Outcome[];
  documents: string[];
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
 * The one writer of the store. Every way of publishing (files, Micropub, ninjs)
 * hands its validated changes to this Durable Object, which applies them one set
 * at a time: so documents are always rendered from the latest store, never from
 * a snapshot another write has overtaken. Its alarm publishes scheduled items at
 * their time, and retries any rendering a storage fault left pending.
 */
export class Publisher extends DurableObject<Env> {
  private queue: Promise<unknown> = Promise.resolve();

  /** Stores `changes` and renders every document they change, before answering. */
  publish(changes: Change[]): Promise<Published> {
    return this.serial(async () => {
      const outcomes = await this.apply(changes, new Date().toISOString());
      return { outcomes, ...(await this.renderPending()) };
    });
  }

  /** Publishes every scheduled item due at `now` (ms); the alarm calls it, tests call it with their own clock. */
  promoteDue(now: number = Date.now()): Promise<Published> {
    return this.serial(async () => {
      const { results } = await this.env.DB.prepare("SELECT origin, origin_key FROM items WHERE state = 'scheduled' AND visible_from <= ?1")
        .bind(new Date(now).toISOString())
        .all<{ origin: Change["origin"]; origin_key: string }>();
      const changes: Change[] = results.map((row) => ({ kind: "promote", origin: row.origin, key: row.origin_key }));
      const outcomes = changes.length > 0 ? await this.apply(changes, new Date(now).toISOString()) : [];
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

  override async alarm(): Promise<void> {
    await this.promoteDue();
  }

  /** Marks every document to render: each topic page, each article, the subscription list. */
  private async renderAll(): Promise<void> {
    await this.env.DB.prepare(
      `INSERT OR IGNORE INTO pending (unit)
       SELECT 'topic||current'
       UNION ALL SELECT 'topic|' || key || '|current' FROM topics
       UNION ALL SELECT DISTINCT 'topic|' || topic || '|' || ((seq - 1) / CAST(?1 AS INTEGER) + 1) FROM memberships
       UNION ALL SELECT 'article|' || id FROM items WHERE state = 'live'
       UNION ALL SELECT 'opml'`,
    )
      .bind(site.feedSize)
      .run();
  }

  /**
   * Documents hold absolute links and what the code wrote: when the deployment's
   * BASE_URL or version (new code, new settings) is not the one they were rendered
   * with, all of them are rendered again. Readers get the old ones meanwhile.
   */
  private async renderedAsDeployed(base: string): Promise<void> {
    const deployed = `${base} ${this.env.CF_VERSION_METADATA?.id ?? "unversioned"}`;
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
  private async renderPending(): Promise<{ documents: string[]; pending?: string }> {
    const db = this.env.DB;
    const documents: string[] = [];
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
        const { documents: rows, gone, done, failed: errors } = await renderUnits(db, units, base);
        await db.batch(documentStatements(db, rows, gone, done));
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
    return { documents, ...(fault !== undefined && { pending: fault }) };
  }

  private async setAlarm(more: boolean): Promise<void> {
    const db = this.env.DB;
    const [next, pending] = await Promise.all([
      db.prepare("SELECT MIN(visible_from) AS due FROM items WHERE state = 'scheduled'").first<string | null>("due"),
      db.prepare("SELECT COUNT(*) AS n FROM pending").first<number>("n"),
    ]);
    const times = [...(next ? [Date.parse(next)] : []), ...(pending ? [Date.now() + (more ? 0 : RETRY_MS)] : [])];
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
