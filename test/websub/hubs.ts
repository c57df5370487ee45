import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { TEST_HUBS, type Ping } from "../support/test-hub-names";
import { publishFiles, TOKEN, type TestFile } from "../support/store";

/** The hubs WEBSUB_HUBS names in the websub project, as feeds write them. */
export const HUBS = TEST_HUBS.map((hub) => `${env.TEST_HUBS}/${hub}`);

export const BASE = "https://feeds.tests.example";

/** Tells a local hub how to answer (`ok`, `500`, `400`, `503`, `hang`). */
export async function hubAnswers(hub: (typeof TEST_HUBS)[number], behaviour: string): Promise<void> {
  await fetch(`${env.TEST_HUBS}/control/${hub}`, { method: "PUT", body: behaviour });
}

/** Forgets every ping and behaviour of the local hubs. */
export async function resetHubs(): Promise<void> {
  await fetch(`${env.TEST_HUBS}/control`, { method: "DELETE" });
}

/** The pings each local hub took, by hub name. */
export async function pings(): Promise<Record<string, Ping[]>> {
  const all = await (await fetch(`${env.TEST_HUBS}/control/pings`)).json<Ping[]>();
  return Object.fromEntries(TEST_HUBS.map((hub) => [hub, all.filter((p) => p.hub === hub)]));
}

/** The feed each ping told of (`hub.url`), sorted. */
export function toldOf(list: readonly Ping[]): string[] {
  return list.flatMap((p) => p.fields.filter(([name]) => name === "hub.url").map(([, url]) => url)).sort();
}

/**
 * Publishes through the write path and waits for what the request left to do
 * after its answer (telling the hubs): returns the answer.
 */
export async function publishAndTell(files: readonly TestFile[], deleted: readonly string[] = []): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await publishFiles(files, deleted, TOKEN, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

/** A dispatch file in one category, by one author. */
export function dispatch(name: string, category: string, date = "2026-11-20T08:00:00Z", text = "Texte de la dépêche."): TestFile {
  return {
    name: `${name}.md`,
    text: `---\ntitle: "${name}"\ndate: ${date}\nauthors:\n  - name: Léa Martin\ncategories:\n  - ${category}\n---\n${text}\n`,
  };
}

/** The notices still waiting, by hub. */
export async function waiting(): Promise<{ hub: string; url: string; revision: number; attempts: number; due: number }[]> {
  const { results } = await env.DB.prepare("SELECT hub, url, revision, attempts, due FROM hub_notices ORDER BY hub, url").all<{
    hub: string;
    url: string;
    revision: number;
    attempts: number;
    due: number;
  }>();
  return results;
}
