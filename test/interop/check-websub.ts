/**
 * WebSub end to end (W3C WebSub): a spec hub as a process of its own
 * (websub-hub.ts), a hub that answers 500 and one that never answers, all three
 * named in WEBSUB_HUBS for the fixture site's dev server; a subscriber that
 * finds the hubs in the feeds' Link headers, subscribes to the site's feed and a
 * topic feed with secrets, and takes deliveries. A dispatch published through
 * the write path must reach it within 5 s, as the feed's new bytes, signed; the
 * failing hubs must leave the publish whole.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ROOT } from "./copy-with-items";

type Report = (name: string, problems: readonly string[]) => void;

/** The hubs of one interop run. */
export interface Hubs {
  /** The spec hub, then the one that answers 500, then the one that hangs. */
  urls: string[];
  /** How many pings each failing hub took. */
  failingPings(): { failing: number; hanging: number };
  stop(): Promise<void>;
}

/** Starts the three hubs: the spec hub's process, and two failing ones in this process. */
export async function startHubs(): Promise<Hubs> {
  const hub = spawn("npx", ["tsx", "test/interop/websub-hub.ts"], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"], detached: true });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    hub.stdout!.on("data", (chunk: Buffer) => {
      out += chunk;
      const found = out.match(/hub listening on (\S+)/);
      if (found) resolve(found[1]!);
    });
    hub.once("exit", (code) => reject(new Error(`the hub exited with ${code}`)));
  });
  const counts = { failing: 0, hanging: 0 };
  const failing = await listen(createServer((_, response) => {
    counts.failing++;
    response.writeHead(500, { "Content-Type": "text/plain" }).end("down for the test");
  }));
  const hanging = await listen(createServer(() => void counts.hanging++));
  return {
    urls: [url, failing.url, hanging.url],
    failingPings: () => ({ ...counts }),
    stop: async () => {
      failing.server.closeAllConnections();
      hanging.server.closeAllConnections();
      await Promise.all([close(failing.server), close(hanging.server), kill(hub)]);
    },
  };
}

interface Delivery {
  at: number;
  body: Buffer;
  contentType: string;
  link: string;
  signature: string;
}

/**
 * Subscribes to the site's RSS feed and a topic's Atom feed at the hub their
 * Link headers name first, publishes a dispatch in that topic through Micropub,
 * and checks what the subscriber receives.
 */
export async function checkWebSub(report: Report, label: string, base: string, token: string, hubs: Hubs) {
  const subscriber = await startSubscriber();
  try {
    const topics = [`${base}/rss.xml`, `${base}/categories/meteo/atom.xml`];
    const subscribed: string[] = [];
    for (const topic of topics) {
      const link = (await fetch(topic)).headers.get("Link") ?? "";
      const found = [...link.matchAll(/<([^>]*)>; rel="(hub|self)"/g)];
      const hub = found.find(([, , rel]) => rel === "hub")?.[1];
      const self = found.filter(([, , rel]) => rel === "self").map(([, url]) => url);
      const problems = [
        ...(hub === hubs.urls[0] ? [] : [`first hub ${hub}, not ${hubs.urls[0]}`]),
        ...(found.filter(([, , rel]) => rel === "hub").length === 3 ? [] : [`Link: ${link}`]),
        ...(self.length === 1 && self[0] === topic ? [] : [`self ${JSON.stringify(self)}`]),
      ];
      if (hub && self[0]) {
        const answer = await subscriber.subscribe(hub, self[0]);
        if (answer !== 202) problems.push(`subscribe answered ${answer}`);
        else if (!(await subscriber.verified(self[0]))) problems.push("the hub's verification never came");
        else subscribed.push(self[0]);
      }
      report(`${label}: a subscriber finds the hubs of ${new URL(topic).pathname} in its Link header and subscribes (202, intent verified)`, problems);
    }
    if (subscribed.length !== topics.length) return;

    const post = await fetch(`${base}/micropub`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ h: "entry", name: "Alerte météo par WebSub", content: "Les abonnés l’apprennent aussitôt.", category: "Météo" }),
    });
    const answered = Date.now();
    report(`${label}: the publish is answered (201) while one hub answers 500 and one hangs`, post.status === 201 ? [] : [`${post.status} ${await post.text()}`]);
    for (const topic of topics) {
      const delivery = await subscriber.delivery(topic, (d) => d.body.toString("utf8").includes("Alerte météo par WebSub"), 15_000);
      const problems: string[] = [];
      if (!delivery) problems.push("no delivery with the new dispatch within 15 s");
      else {
        const seconds = (delivery.at - answered) / 1000;
        if (seconds > 5) problems.push(`delivered ${seconds.toFixed(1)} s after the publish was answered`);
        const served = await fetch(topic);
        const bytes = Buffer.from(await served.arrayBuffer());
        if (!bytes.equals(delivery.body)) problems.push("the delivered bytes are not the feed's");
        if (delivery.contentType !== served.headers.get("Content-Type")) problems.push(`Content-Type ${delivery.contentType}`);
        const expected = `sha256=${createHmac("sha256", subscriber.secret(topic)).update(delivery.body).digest("hex")}`;
        if (delivery.signature !== expected) problems.push(`X-Hub-Signature ${JSON.stringify(delivery.signature)} does not verify`);
        if (!delivery.link.includes(`<${topic}>; rel="self"`) || !delivery.link.includes(`<${hubs.urls[0]}>; rel="hub"`)) problems.push(`Link ${delivery.link}`);
        console.log(`${label}: ${new URL(topic).pathname} delivered ${seconds.toFixed(2)} s after the publish was answered`);
      }
      report(`${label}: the subscriber to ${new URL(topic).pathname} receives the new bytes, signed, within 5 s`, problems);
    }

    const pinged = new Set(((await (await fetch(`${hubs.urls[0]}log`)).json()) as { event: string; urls?: string[] }[]).flatMap((e) => (e.event === "publish" ? e.urls! : [])));
    const wanted = ["", "/categories/meteo"].flatMap((topic) => ["rss.xml", "atom.xml", "feed.json"].map((file) => `${base}${topic}/${file}`));
    report(`${label}: the hub is told of /rss.xml, /atom.xml, /feed.json and the dispatch's topic feeds`, wanted.filter((url) => !pinged.has(url)).map((url) => `not told of ${url}`));
    const { failing, hanging } = hubs.failingPings();
    report(`${label}: the hub that answers 500 and the one that hangs were asked too`, failing > 0 && hanging > 0 ? [] : [`500: ${failing} pings, hanging: ${hanging}`]);
    const article = await fetch(post.headers.get("Location") ?? `${base}/none`);
    report(`${label}: the dispatch is published whole despite the failing hubs`, article.status === 200 ? [] : [`its page answers ${article.status}`]);
  } finally {
    await subscriber.stop();
  }
}

/** A WebSub subscriber (§5.1 subscribing, §5.3 confirming, §7 taking deliveries), on 127.0.0.1. */
async function startSubscriber() {
  const secrets = new Map<string, string>();
  const verified = new Set<string>();
  const deliveries = new Map<string, Delivery[]>();
  const { server, url } = await listen(
    createServer((request, response) => {
      const target = new URL(request.url ?? "/", "http://subscriber");
      const topic = decodeURIComponent(target.pathname.slice(1));
      if (request.method === "GET") {
        // §5.3: confirm only what was asked for, by echoing the challenge.
        const asked = target.searchParams.get("hub.topic") === topic && secrets.has(topic) && target.searchParams.get("hub.lease_seconds");
        if (!asked) return void response.writeHead(404).end();
        verified.add(topic);
        return void response.writeHead(200, { "Content-Type": "text/plain" }).end(target.searchParams.get("hub.challenge"));
      }
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const delivery = {
          at: Date.now(),
          body: Buffer.concat(chunks),
          contentType: request.headers["content-type"] ?? "",
          link: String(request.headers.link ?? ""),
          signature: String(request.headers["x-hub-signature"] ?? ""),
        };
        deliveries.set(topic, [...(deliveries.get(topic) ?? []), delivery]);
        response.writeHead(204).end();
      });
    }),
  );
  const waitFor = async <T>(find: () => T | undefined, ms: number): Promise<T | undefined> => {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
      const found = find();
      if (found !== undefined) return found;
    }
    return find();
  };
  return {
    /** §5.1: the callback names the topic, so that each delivery is known by its callback (§7), not by its Link header. */
    async subscribe(hub: string, topic: string): Promise<number> {
      secrets.set(topic, randomBytes(24).toString("hex"));
      const body = new URLSearchParams({ "hub.mode": "subscribe", "hub.topic": topic, "hub.callback": `${url}${encodeURIComponent(topic)}`, "hub.secret": secrets.get(topic)! });
      return (await fetch(hub, { method: "POST", body })).status;
    },
    verified: (topic: string) => waitFor(() => (verified.has(topic) ? true : undefined), 10_000),
    delivery: (topic: string, matches: (d: Delivery) => boolean, ms: number) => waitFor(() => deliveries.get(topic)?.find(matches), ms),
    secret: (topic: string) => secrets.get(topic)!,
    stop: () => close(server),
  };
}

async function listen(server: Server): Promise<{ server: Server; url: string }> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}
