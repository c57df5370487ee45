/**
 * A WebSub hub (W3C WebSub, the hub's side), run as a process of its own by the
 * interop tier: `npx tsx test/interop/websub-hub.ts` prints the URL it listens
 * at. Written from the Recommendation, for the test:
 *
 * - §5.1 subscribe and unsubscribe: a form POST with hub.callback and hub.topic
 *   (absolute http(s) URLs), hub.secret under 200 bytes, answered 202 at once;
 * - §5.3 intent verification: a GET of the callback with hub.mode, hub.topic,
 *   hub.challenge and hub.lease_seconds appended; only a 2xx echoing the
 *   challenge makes (or ends) the subscription;
 * - publishing (§6 leaves it to the hub): hub.mode=publish with hub.url (or
 *   hub.topic), repeatable, answered 204 as Google's hub does; the hub then
 *   fetches each topic;
 * - §7 content distribution: the topic's bytes POSTed to each subscriber with
 *   its Content-Type and `Link: <hub>; rel="hub", <topic>; rel="self"`, signed
 *   `X-Hub-Signature: sha256=HEX` (§7.1, HMAC of the body) when a secret was given;
 *   a failed delivery is tried twice more.
 *
 * `GET /log` lists every request it took and what it did, for the checks.
 */
import { createHmac, randomBytes } from "node:crypto";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { answer, readBody } from "../support/node-http";

interface Subscription {
  topic: string;
  callback: string;
  secret?: string;
  expires: number;
}

type Event =
  | { event: "publish"; urls: string[]; fields: [string, string][] }
  | { event: "verified" | "not verified"; mode: string; topic: string; callback: string }
  | { event: "delivered" | "delivery failed"; topic: string; callback: string; status: number | string }
  | { event: "refused"; why: string };

const LEASE_SECONDS = 3600;
const log: Event[] = [];
const subscriptions = new Map<string, Subscription>();
let self = "";

const server = createServer(async (request, response) => {
  if (request.method === "GET" && request.url === "/log") return answer(response, 200, JSON.stringify(log), "application/json");
  if (request.method !== "POST") return answer(response, 405, "POST only");
  const fields = [...new URLSearchParams(await readBody(request))];
  const field = (name: string) => fields.find(([key]) => key === name)?.[1];
  const mode = field("hub.mode");
  if (mode === "publish") {
    const urls = fields.filter(([key]) => key === "hub.url" || key === "hub.topic").map(([, value]) => value);
    if (urls.length === 0 || !urls.every(isHttpUrl)) return refuse(response, "hub.url: at least one absolute http(s) URL");
    log.push({ event: "publish", urls, fields });
    answer(response, 204, "");
    for (const url of new Set(urls)) void distribute(url);
    return;
  }
  if (mode === "subscribe" || mode === "unsubscribe") {
    const callback = field("hub.callback");
    const topic = field("hub.topic");
    const secret = field("hub.secret");
    if (!callback || !isHttpUrl(callback)) return refuse(response, "hub.callback: an absolute http(s) URL");
    if (!topic || !isHttpUrl(topic)) return refuse(response, "hub.topic: an absolute http(s) URL");
    if (secret !== undefined && Buffer.byteLength(secret) >= 200) return refuse(response, "hub.secret: under 200 bytes (§5.1)");
    answer(response, 202, "");
    void verify(mode, topic, callback, secret);
    return;
  }
  refuse(response, `hub.mode: ${JSON.stringify(mode)} is not subscribe, unsubscribe or publish`);
});

/** §5.3: the subscriber confirms it asked, by echoing a challenge; only then does the hub act. */
async function verify(mode: string, topic: string, callback: string, secret?: string) {
  const challenge = randomBytes(16).toString("hex");
  const url = new URL(callback);
  url.searchParams.append("hub.mode", mode);
  url.searchParams.append("hub.topic", topic);
  url.searchParams.append("hub.challenge", challenge);
  if (mode === "subscribe") url.searchParams.append("hub.lease_seconds", String(LEASE_SECONDS));
  let confirmed = false;
  try {
    const reply = await fetch(url);
    confirmed = reply.ok && (await reply.text()) === challenge;
  } catch {
    // not confirmed
  }
  log.push({ event: confirmed ? "verified" : "not verified", mode, topic, callback });
  if (!confirmed) return;
  const key = `${topic} ${callback}`;
  if (mode === "subscribe") subscriptions.set(key, { topic, callback, ...(secret !== undefined && { secret }), expires: Date.now() + LEASE_SECONDS * 1000 });
  else subscriptions.delete(key);
}

/** §7: the topic's bytes to every subscriber of it. */
async function distribute(topic: string) {
  const targets = [...subscriptions.values()].filter((s) => s.topic === topic && s.expires > Date.now());
  if (targets.length === 0) return;
  const fetched = await fetch(topic);
  const body = Buffer.from(await fetched.arrayBuffer());
  const contentType = fetched.headers.get("Content-Type") ?? "application/octet-stream";
  await Promise.all(targets.map((target) => deliver(target, body, contentType)));
}

async function deliver(target: Subscription, body: Buffer, contentType: string) {
  const headers: Record<string, string> = { "Content-Type": contentType, Link: `<${self}>; rel="hub", <${target.topic}>; rel="self"` };
  if (target.secret !== undefined) headers["X-Hub-Signature"] = `sha256=${createHmac("sha256", target.secret).update(body).digest("hex")}`;
  let status: number | string = "";
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const reply = await fetch(target.callback, { method: "POST", headers, body: new Uint8Array(body) });
      status = reply.status;
      // §7: 410 means the subscription is gone.
      if (reply.status === 410) subscriptions.delete(`${target.topic} ${target.callback}`);
      if (reply.ok || reply.status === 410) break;
    } catch (error) {
      status = String(error);
    }
  }
  log.push({ event: typeof status === "number" && status < 300 ? "delivered" : "delivery failed", topic: target.topic, callback: target.callback, status });
}

function refuse(response: ServerResponse, why: string) {
  log.push({ event: "refused", why });
  answer(response, 400, why);
}

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}


server.listen(0, "127.0.0.1", () => {
  self = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  console.log(`hub listening on ${self}`);
});
