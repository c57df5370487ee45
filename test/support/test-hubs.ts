/**
 * WebSub hubs for the workerd tests (test/websub/): a real HTTP server on
 * 127.0.0.1, started with the test Worker (vitest.config.ts), that takes
 * publish pings the way the public hubs do. A hub is outside the machine in a
 * deployment; this one speaks its side of the protocol: a form-encoded POST of
 * `hub.mode=publish` and `hub.url` (PubSubHubbub 0.3 §7.1), answered 204 as
 * Google's hub does (`/google`) or 202 as Switchboard does (`/switchboard`), 400
 * for a ping it cannot take. Each hub can be told to misbehave; the tests read
 * the pings it took.
 *
 * Control, for the tests: `PUT /control/HUB` with `ok`, `500`, `400`, `503` (with
 * Retry-After: 120), `hang` (no answer until the caller gives up), `drop` (the
 * connection closed unanswered) or `drop-once` (so, for the next ping only); `GET
 * /control/pings` lists every ping; `DELETE /control` forgets pings and behaviour.
 */
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { answer, readBody } from "./node-http";
import { TEST_HUBS, type Ping } from "./test-hub-names";

type Behaviour = "ok" | "500" | "400" | "503" | "hang" | "drop" | "drop-once";

/** Starts the hubs; resolves to their origin (http://127.0.0.1:PORT). */
export async function startTestHubs(): Promise<string> {
  const pings: Ping[] = [];
  const behaviour = new Map<string, Behaviour>();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://hub");
    const body = await readBody(request);
    if (url.pathname.startsWith("/control")) return control(request.method, url.pathname.slice("/control/".length), body, response);
    const hub = url.pathname.slice(1);
    if (!(TEST_HUBS as readonly string[]).includes(hub) || request.method !== "POST") return answer(response, 404, "no hub here");
    const mode = behaviour.get(hub) ?? "ok";
    const fields = [...new URLSearchParams(body)];
    const ping = { hub, contentType: request.headers["content-type"] ?? "", userAgent: request.headers["user-agent"] ?? "", fields };
    if (mode === "hang") {
      pings.push({ ...ping, status: 0 });
      return; // never answered: the caller's timeout ends it
    }
    if (mode === "drop" || mode === "drop-once") {
      if (mode === "drop-once") behaviour.set(hub, "ok");
      pings.push({ ...ping, status: 0 });
      return void request.socket.destroy();
    }
    const refused = problem(ping);
    const status = mode !== "ok" ? Number(mode) : refused ? 400 : hub === "google" ? 204 : 202;
    pings.push({ ...ping, status });
    if (status === 503) response.setHeader("Retry-After", "120");
    answer(response, status, status < 300 ? "" : (refused ?? `the test made this hub answer ${status}`));
  });

  function control(method: string | undefined, hub: string, body: string, response: ServerResponse) {
    if (method === "GET" && hub === "pings") return answer(response, 200, JSON.stringify(pings), "application/json");
    if (method === "DELETE") {
      pings.length = 0;
      behaviour.clear();
      return answer(response, 204, "");
    }
    if (method === "PUT" && (TEST_HUBS as readonly string[]).includes(hub)) {
      behaviour.set(hub, body as Behaviour);
      return answer(response, 204, "");
    }
    return answer(response, 404, "no such control");
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // Hanging pings hold their sockets: the server must not keep vitest alive.
  server.unref();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** What a hub refuses in a publish ping: the form, the mode, a missing or relative hub.url. */
function problem(ping: Omit<Ping, "status">): string | undefined {
  if (!ping.contentType.startsWith("application/x-www-form-urlencoded")) return `Content-Type ${ping.contentType} is not a form`;
  const fields = new Map(ping.fields);
  if (fields.get("hub.mode") !== "publish") return `hub.mode ${fields.get("hub.mode")} is not publish`;
  const urls = ping.fields.filter(([name]) => name === "hub.url").map(([, value]) => value);
  if (urls.length === 0) return "MUST supply at least one hub.url parameter";
  if (!urls.every((u) => /^https?:\/\//.test(u))) return "hub.url must be absolute";
  return undefined;
}

