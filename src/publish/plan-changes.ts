import type { Item } from "../items/item";
import type { ItemRow, ItemState } from "../store/item-row";
import type { TopicRow } from "../store/topic-row";
import { articlePath, topicKey } from "../urls";
import { archivedPages, pageOf } from "./archive-pages";
import type { Change, Outcome, Promote, Put, Remove, Withdraw } from "./change";
import { topicsOf, type TopicRef } from "./topics-of";
import { articleUnit, goneUnit, OPML_UNIT, topicUnit, withdrawnUnit } from "./units";

/** What the store holds that the changes touch, loaded before planning (see `loadState`). */
export interface State {
  /** Rows by `origin key`, the one not deleted first. */
  byOrigin: Map<string, ItemRow>;
  /** Rows by id. */
  byId: Map<string, ItemRow>;
  /** Which item holds each slug, among those not deleted. */
  slugOwner: Map<string, string>;
  /** Each item's memberships: topic key → number. */
  memberships: Map<string, Map<string, number>>;
  /** Every topic the changes can touch, and every language topic. */
  topics: Map<string, TopicRow>;
  /** Whether language topics have pages (once a second language is used; never undone, so no page goes away). */
  languagesShown: boolean;
}

/** The writes of a set of changes, made as one D1 batch by `storeStatements`. */
export interface Plan {
  outcomes: Outcome[];
  /** Rows to insert or replace. */
  items: ItemRow[];
  removedMemberships: { topic: string; seq: number }[];
  addedMemberships: { topic: string; seq: number; item_id: string }[];
  /** The final state of every topic touched. */
  topics: Map<string, TopicRow>;
  /** Documents to render again (`units.ts`). */
  units: Set<string>;
  languagesShown: boolean;
  /** RFC 6721 tombstones to add: a withdrawn item, in each topic that showed it. */
  tombstones: { topic: string; item_id: string; withdrawn_at: string }[];
  /** Items shown again after a hold: their tombstones go (and their topics' feeds are rendered again). */
  liftedTombstones: string[];
}

/**
 * Plans `changes` in order against `state` (which it updates as it goes, so that
 * a change sees the ones before it): each is refused with its problems, left
 * alone when nothing changed, or turned into rows, memberships and the documents
 * to render again. Pure: nothing is read or written here.
 */
export function planChanges(changes: readonly Change[], state: State, now: string, pageSize: number): Plan {
  const plan: Plan = {
    outcomes: [],
    items: [],
    removedMemberships: [],
    addedMemberships: [],
    topics: new Map(),
    units: new Set(),
    languagesShown: state.languagesShown,
    tombstones: [],
    liftedTombstones: [],
  };
  const planner = new Planner(state, plan, now, pageSize);
  for (const change of changes) {
    switch (change.kind) {
      case "put":
        plan.outcomes.push(planner.put(change));
        break;
      case "delete":
        plan.outcomes.push(planner.remove(change));
        break;
      case "promote":
        plan.outcomes.push(planner.promote(change));
        break;
      case "withdraw":
        plan.outcomes.push(planner.withdraw(change));
        break;
    }
  }
  planner.showLanguages();
  return plan;
}

class Planner {
  constructor(
    private readonly state: State,
    private readonly plan: Plan,
    private readonly now: string,
    private readonly size: number,
  ) {}

  put(put: Put): Outcome {
    const { item } = put;
    const current = this.state.byOrigin.get(originKey(put));
    const stale = this.staleVersion(put, current);
    if (stale) return stale;
    if (current?.withdrawn === "canceled") {
      return { key: put.key, result: "refused", id: current.id, problems: [`killed (pubStatus canceled) at ${current.withdrawn_at}: a canceled dispatch is never published again`] };
    }
    const live = current && current.state !== "deleted" ? current : undefined;
    if (live && live.digest === put.digest) {
      return { key: put.key, result: "unchanged", id: live.id, slug: live.slug, state: live.state };
    }
    const problems = this.conflicts(put, live);
    if (problems.length > 0) return { key: put.key, result: "refused", problems };

    // A new id for the same file (its slug changed, or its `id:`): readers see a new item.
    if (live && live.id !== item.id) this.retire(live);
    const previous = this.state.byId.get(item.id);
    const state: ItemState = put.draft ? "draft" : put.visibleFrom > this.now ? "scheduled" : "live";
    const row: ItemRow = {
      id: item.id,
      slug: item.slug,
      origin: put.origin,
      origin_key: put.key,
      digest: put.digest,
      state,
      date: item.date,
      modified: item.updated ?? item.date,
      visible_from: put.visibleFrom,
      item: JSON.stringify(item),
      source: put.source === undefined ? null : JSON.stringify(put.source),
      changed_at: this.now,
      version: put.version ?? null,
      withdrawn: null,
      withdrawn_at: null,
    };
    // Shown again after a hold: its tombstones go.
    if (current?.withdrawn === "withheld") this.plan.liftedTombstones.push(current.id);
    this.store(row);
    const wasShown = previous?.state === "live";
    if (wasShown && previous.slug !== item.slug) this.plan.units.add(goneUnit(`page ${articlePath(previous.slug)}`));
    if (state === "live") {
      this.plan.units.add(articleUnit(item.id));
      this.join(item.id, topicsOf(item));
    } else {
      if (wasShown) this.plan.units.add(goneUnit(`page ${articlePath(previous.slug)}`));
      this.join(item.id, []);
    }
    const result = live?.id === item.id ? "updated" : "created";
    return { key: put.key, result, id: item.id, slug: item.slug, state, ...(state === "scheduled" && { visibleFrom: put.visibleFrom }) };
  }

  remove(remove: Remove): Outcome {
    const current = this.state.byOrigin.get(originKey(remove));
    if (!current || current.state === "deleted") return { key: remove.key, result: "absent" };
    this.retire(current);
    return { key: remove.key, result: "deleted", id: current.id, slug: current.slug, state: "deleted" };
  }

  /**
   * A source takes an item down: out of every page and feed now, its page a 410,
   * a tombstone in each topic's Atom feed where readers saw it. Remembered when
   * the item was never seen, so that an older version arriving later stays out.
   */
  withdraw(withdraw: Withdraw): Outcome {
    const current = this.state.byOrigin.get(originKey(withdraw));
    const stale = this.staleVersion(withdraw, current);
    if (stale) return stale;
    const marks = { version: withdraw.version, withdrawn: withdraw.status, withdrawn_at: this.now, changed_at: this.now } as const;
    const outcome = (row: ItemRow): Outcome => ({ key: withdraw.key, result: "withdrawn", id: row.id, slug: row.slug, state: "deleted" });
    if (!current) {
      const row: ItemRow = {
        id: withdraw.id,
        slug: "",
        origin: withdraw.origin,
        origin_key: withdraw.key,
        digest: withdraw.digest,
        state: "deleted",
        date: this.now,
        modified: this.now,
        visible_from: this.now,
        item: "null",
        source: withdraw.source === undefined ? null : JSON.stringify(withdraw.source),
        ...marks,
      };
      this.store(row);
      return outcome(row);
    }
    if (current.withdrawn === "canceled") return { key: withdraw.key, result: "unchanged", id: current.id, slug: current.slug, state: current.state };
    if (current.state === "live") {
      for (const topic of this.state.memberships.get(current.id)?.keys() ?? []) {
        this.plan.tombstones.push({ topic, item_id: current.id, withdrawn_at: this.now });
      }
      this.plan.units.add(withdrawnUnit(current.id));
    }
    this.store({ ...current, state: "deleted", digest: withdraw.digest, ...marks });
    this.join(current.id, []);
    return outcome(current);
  }

  /** An input older than, or as old as, the version stored: ignored, and said so. */
  private staleVersion(change: Put | Withdraw, current: ItemRow | undefined): Outcome | undefined {
    if (!change.version || !current?.version || change.version > current.version) return undefined;
    return {
      key: change.key,
      result: "ignored",
      id: current.id,
      slug: current.slug,
      state: current.state,
      problems: [`version ${change.version} is not newer than the one stored (${current.version}): ignored`],
    };
  }

  promote(promote: Promote): Outcome {
    const row = this.state.byOrigin.get(originKey(promote));
    if (!row || row.state !== "scheduled") return { key: promote.key, result: "unchanged", ...(row && { id: row.id, slug: row.slug, state: row.state }) };
    this.store({ ...row, state: "live", changed_at: this.now });
    const item = JSON.parse(row.item) as Item;
    this.plan.units.add(articleUnit(item.id));
    this.join(item.id, topicsOf(item));
    return { key: promote.key, result: "updated", id: row.id, slug: row.slug, state: "live" };
  }

  /** After every change: once the items use a second language, each language gets its pages. */
  showLanguages(): void {
    if (this.plan.languagesShown) return;
    const languages = [...this.state.topics.values()].filter((t) => t.kind === "language" && t.live > 0);
    if (languages.length < 2) return;
    this.plan.languagesShown = true;
    this.plan.units.add(OPML_UNIT);
    for (const topic of this.state.topics.values()) {
      if (topic.kind !== "language") continue;
      this.plan.units.add(topicUnit(topic.key, "current"));
      const pages = archivedPages(topic.next_seq - 1, this.size);
      for (let page = 1; page <= pages; page++) this.plan.units.add(topicUnit(topic.key, page));
    }
  }

  /** Why `put` cannot be stored: its slug, id or a topic's spelling belongs to another item. */
  private conflicts(put: Put, live: ItemRow | undefined): string[] {
    const { item } = put;
    const problems: string[] = [];
    // An id made from a slug another item holds is taken with it: the slug line says it all.
    const holder = this.state.byId.get(item.id);
    const idTaken = holder !== undefined && holder !== live && !(holder.origin === put.origin && holder.state === "deleted");
    const slugOwner = this.state.slugOwner.get(item.slug);
    const owner = slugOwner === undefined ? undefined : this.state.byId.get(slugOwner);
    if (owner && owner !== live && (owner.id !== item.id || idTaken)) {
      problems.push(`slug: ${JSON.stringify(item.slug)} is already used by ${describe(owner)}`);
    }
    if (idTaken && holder.slug !== item.slug) problems.push(`id: ${JSON.stringify(item.id)} is already used by ${describe(holder)}`);
    // Two spellings of one name would share a page ("Météo", "Meteo"): the first one
    // published is the page's; another item may respell it only once no item shows it.
    const mine = this.state.memberships.get(item.id) ?? new Map<string, number>();
    const lists = [
      ["category", "categories", item.categories],
      ["author", "authors", item.authors.map((a) => a.name)],
    ] as const;
    for (const [kind, field, names] of lists) {
      const first = new Map<string, string>();
      for (const name of names) {
        const key = topicKey(kind, name);
        const seen = first.get(key);
        if (seen !== undefined) {
          if (seen !== name) problems.push(`${field}: ${JSON.stringify(name)} and ${JSON.stringify(seen)} would share one page: spell them the same`);
          continue;
        }
        first.set(key, name);
        const topic = this.state.topics.get(key);
        if (topic && topic.name !== name && topic.live - (mine.has(key) ? 1 : 0) > 0) {
          problems.push(`${field}: ${JSON.stringify(name)} and ${JSON.stringify(topic.name)} (already published) would share one page: spell them the same`);
        }
      }
    }
    return problems;
  }

  /** The item leaves every page and feed; its row stays, deleted, so that its id is never reused. */
  private retire(row: ItemRow): void {
    if (row.state === "live") this.plan.units.add(goneUnit(`page ${articlePath(row.slug)}`));
    this.store({ ...row, state: "deleted", changed_at: this.now });
    this.join(row.id, []);
  }

  private store(row: ItemRow): void {
    const old = this.state.byId.get(row.id);
    if (old && old.slug !== row.slug && this.state.slugOwner.get(old.slug) === row.id) this.state.slugOwner.delete(old.slug);
    if (row.state !== "deleted") this.state.slugOwner.set(row.slug, row.id);
    else if (this.state.slugOwner.get(row.slug) === row.id) this.state.slugOwner.delete(row.slug);
    this.state.byId.set(row.id, row);
    const key = originKey(row);
    const current = this.state.byOrigin.get(key);
    if (row.state !== "deleted" || !current || current.id === row.id) this.state.byOrigin.set(key, row);
    const index = this.plan.items.findIndex((r) => r.id === row.id);
    if (index >= 0) this.plan.items[index] = row;
    else this.plan.items.push(row);
  }

  /**
   * Makes `refs` the item's topics: it leaves the others (its entry goes from its
   * document), keeps its number where it stays (its entry there changes), and is
   * numbered anew where it enters, which may cut a new archive page.
   */
  private join(id: string, refs: readonly TopicRef[]): void {
    const before = this.state.memberships.get(id) ?? new Map<string, number>();
    const after = new Map<string, number>();
    const wanted = new Set(refs.map((r) => r.key));
    for (const [key, seq] of before) {
      const topic = this.topic(key);
      if (wanted.has(key)) {
        after.set(key, seq);
        this.touch(topic, seq);
      } else {
        this.plan.removedMemberships.push({ topic: key, seq });
        this.touch(topic, seq);
        // A topic left with no item leaves the subscription list.
        if (this.update({ ...topic, live: topic.live - 1 }).live === 0) this.plan.units.add(OPML_UNIT);
      }
    }
    for (const ref of refs) {
      if (before.has(ref.key)) continue;
      const existing = this.state.topics.get(ref.key);
      // A topic that shows no item may be spelled anew by the next one.
      const topic = existing ? { ...existing, name: existing.live > 0 ? existing.name : ref.name } : newTopic(ref);
      const seq = topic.next_seq;
      this.plan.addedMemberships.push({ topic: ref.key, seq, item_id: id });
      after.set(ref.key, seq);
      const grown = this.update({ ...topic, next_seq: seq + 1, live: topic.live + 1 });
      if (topic.live === 0) this.plan.units.add(OPML_UNIT);
      const [pagesBefore, pagesAfter] = [archivedPages(seq - 1, this.size), archivedPages(seq, this.size)];
      // A new archive page: itself, and its older neighbour, which now links to it.
      for (let page = Math.max(1, pagesBefore); page <= pagesAfter; page++) this.plan.units.add(topicUnit(grown.key, page));
      this.plan.units.add(topicUnit(grown.key, "current"));
    }
    this.state.memberships.set(id, after);
    // The home page counts every topic's items.
    this.plan.units.add(topicUnit("", "current"));
  }

  /** The document that shows number `seq` of `topic` must be rendered again. */
  private touch(topic: TopicRow, seq: number): void {
    const page = pageOf(seq, archivedPages(topic.next_seq - 1, this.size), this.size);
    this.plan.units.add(topicUnit(topic.key, page ?? "current"));
  }

  private topic(key: string): TopicRow {
    const topic = this.state.topics.get(key);
    if (!topic) throw new Error(`no topic ${JSON.stringify(key)} for a membership`);
    return topic;
  }

  private update(topic: TopicRow): TopicRow {
    this.state.topics.set(topic.key, topic);
    this.plan.topics.set(topic.key, topic);
    return topic;
  }
}

function newTopic(ref: TopicRef): TopicRow {
  return { key: ref.key, kind: ref.kind, name: ref.name, next_seq: 1, live: 0 };
}

function originKey(row: { origin: string; origin_key?: string; key?: string }): string {
  return `${row.origin} ${row.origin_key ?? row.key}`;
}

/** How an error line names another item: by the name its path gives it. */
function describe(row: ItemRow | undefined): string {
  if (!row) return "another item";
  switch (row.origin) {
    case "files":
      return row.origin_key;
    case "micropub":
      return `the Micropub post ${row.origin_key}`;
    default:
      return `the ninjs document ${row.origin_key}`;
  }
}
