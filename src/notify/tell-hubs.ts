import { oneLine } from "../text/one-line";
import { dueNotices, settleStatements, type HubNotice } from "./hub-notices";

/** A hub that has not answered within this long is taken as down: its notices wait for the next try. */
export const TIMEOUT_MS = 10_000;
/** Tries per notice, the first included: a hub may be down for about fifteen hours before a change goes untold. */
export const MAX_ATTEMPTS = 10;
/** The wait after a first failure, tripled after each next one, up to MAX_RETRY_MS. */
export const FIRST_RETRY_MS = 10_000;
const MAX_RETRY_MS = 6 * 60 * 60_000;
/** Notices sent per round: a whole site rendered anew goes out over several. */
const PER_ROUND = 500;

/**
 * One round of telling `hub` that feeds changed: its notices due at `now`.
 * WebSub §6 leaves the request to each hub; the common ones take PubSubHubbub
 * 0.3 §7.1's form POST of `hub.mode=publish` and `hub.url`, one per feed, sent
 * one after the other. A hub that fails (no answer, 5xx, 408, 429) is taken as
 * down: all its notices wait, so that a hub that hangs holds no more than one
 * request. A hub that refuses a feed (another 4xx) is not asked again about that
 * change. Each outcome is logged. Hubs are told apart, so none waits on another.
 */
export async function tellHub(db: D1Database, hub: string, now: number, userAgent: string): Promise<void> {
  const notices = await dueNotices(db, hub, now, PER_ROUND);
  if (notices.length === 0) return;
  const settled: Settled = { done: [], later: [] };
  for (const [index, notice] of notices.entries()) {
    const answer = await ping(hub, notice.url, userAgent);
    if (answer.told) {
      console.log(`websub: told ${hub} of ${notice.url} (${answer.status})`);
      settled.done.push(notice);
      continue;
    }
    if (!answer.retry) {
      console.error(`websub: ${hub} refused ${notice.url} (${answer.why}); not asked again for this change`);
      settled.done.push(notice);
      continue;
    }
    putOff(hub, notices.slice(index), answer, settled);
    break;
  }
  await db.batch(settleStatements(db, settled.done, settled.later));
}

interface Settled {
  done: HubNotice[];
  later: (HubNotice & { due: number })[];
}

/** The hub failed: `waiting` notices wait, each by its own count of attempts, or are given up. */
function putOff(hub: string, waiting: readonly HubNotice[], answer: Extract<Answer, { told: false }>, settled: Settled): void {
  // Waits count from the failure: a hub that hung had the whole timeout.
  const now = Date.now();
  for (const notice of waiting) {
    const attempts = notice.attempts + 1;
    if (attempts >= MAX_ATTEMPTS) {
      console.error(`websub: gave up telling ${hub} of ${notice.url} after ${attempts} attempts (${answer.why})`);
      settled.done.push(notice);
    } else {
      settled.later.push({ ...notice, due: now + Math.max(retryIn(attempts), answer.retryAfterMs ?? 0) });
    }
  }
  const next = settled.later[0];
  if (next) {
    const others = waiting.length > 1 ? ` and ${waiting.length - 1} more feeds` : "";
    console.warn(`websub: ${hub} failed for ${waiting[0]!.url} (${answer.why}); it${others} wait, next try in ${Math.round((next.due - now) / 1000)} s`);
  }
}

type Answer = { told: true; status: number } | { told: false; retry: boolean; why: string; retryAfterMs?: number };

/**
 * One `hub.mode=publish` request for the feed at `url`. A connection lost before
 * any answer is tried once more at once: it is most often one the hub closed
 * while it sat idle between two pings (a hub that speaks HTTP/1.0), not the hub
 * being down.
 */
async function ping(hub: string, url: string, userAgent: string, again = true): Promise<Answer> {
  let response: Response;
  try {
    response = await fetch(hub, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "User-Agent": userAgent },
      body: new TextEncoder().encode(new URLSearchParams({ "hub.mode": "publish", "hub.url": url }).toString()),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    if (!timedOut && again) return ping(hub, url, userAgent, false);
    return { told: false, retry: true, why: timedOut ? `no answer in ${TIMEOUT_MS / 1000} s` : error instanceof Error ? error.message : String(error) };
  }
  // 2xx: Google's hub answers 204, Switchboard and WebSubHub 202.
  if (response.ok) {
    await response.body?.cancel();
    return { told: true, status: response.status };
  }
  const said = oneLine((await response.text().catch(() => "")).slice(0, 200));
  const { status } = response;
  return {
    told: false,
    retry: status >= 500 || status === 408 || status === 425 || status === 429,
    why: said ? `${status}: ${said}` : String(status),
    ...retryAfter(response.headers.get("Retry-After")),
  };
}

/** The wait before attempt `attempts + 1`: 10 s, 30 s, 90 s… up to six hours. */
function retryIn(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 3 ** (attempts - 1), MAX_RETRY_MS);
}

/** RFC 9110 §10.2.3: seconds, or a date (Google's hub sends 503 with Retry-After: 120). Capped like the backoff. */
function retryAfter(value: string | null): { retryAfterMs?: number } {
  if (!value) return {};
  const ms = /^\d+$/.test(value.trim()) ? Number(value.trim()) * 1000 : Date.parse(value) - Date.now();
  return Number.isFinite(ms) && ms > 0 ? { retryAfterMs: Math.min(ms, MAX_RETRY_MS) } : {};
}
