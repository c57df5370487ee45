import { websubHubs } from "../notify/websub-hubs";
import type { Site } from "../site";

/** Domains kept for examples and tests (RFC 2606, RFC 6761): no newsroom publishes there. */
const EXAMPLE_HOST = /(?:^|\.)(?:example\.(?:org|com|net)|example|test|invalid|localhost)$/i;
/** Hosts a deployed Worker cannot reach: a hub there (one run for `npm run dev`) would never be told. */
const LOCAL_HOST = /^(?:localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$|\.localhost$/i;

/**
 * What must be set before a deployment, one line each, naming where: a
 * deployment with the shipped examples would publish feeds whose links and ids
 * point at a domain nobody holds, and ids cannot be changed once readers hold them.
 */
export function deployProblems(vars: Record<string, unknown>, site: Site, where: string, databaseId?: string): string[] {
  const problems: string[] = [];
  const created = databaseId !== undefined && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(databaseId) && !/^0{8}-/.test(databaseId);
  if (databaseId !== undefined && !created) {
    problems.push(
      `wrangler.toml [[d1_databases]] database_id = ${JSON.stringify(databaseId)} is the placeholder: create the database (npx wrangler d1 create feed-publisher) and put its id here`,
    );
  }
  const base = typeof vars.BASE_URL === "string" ? vars.BASE_URL : "";
  let host: string | undefined;
  try {
    const url = new URL(base);
    if (url.protocol === "https:" && url.pathname === "/" && !url.search && !url.hash && !url.username) host = url.hostname;
  } catch {
    // reported below
  }
  if (!host) {
    problems.push(`${where} BASE_URL = ${JSON.stringify(base)}: set it to the site's public origin, e.g. https://feeds.your-newsroom.org`);
  } else if (EXAMPLE_HOST.test(host)) {
    problems.push(`${where} BASE_URL = ${JSON.stringify(base)} is an example: set it to the site's public origin`);
  }
  const authority = site.tagAuthority.split(",")[0] ?? "";
  if (EXAMPLE_HOST.test(authority)) {
    problems.push(
      `src/site.ts tagAuthority = ${JSON.stringify(site.tagAuthority)} is an example: set a domain the newsroom holds and the year it held it (README, "Ids"); ids never change after that`,
    );
  }
  problems.push(...hubProblems(vars.WEBSUB_HUBS, where));
  const email = site.author.email?.split("@")[1];
  if (email && EXAMPLE_HOST.test(email)) {
    problems.push(`src/site.ts author.email = ${JSON.stringify(site.author.email)} is an example: set the newsroom's address, or remove it`);
  }
  return problems;
}

/** WEBSUB_HUBS must parse, and name no hub that only this machine can reach. */
function hubProblems(value: unknown, where: string): string[] {
  let hubs: string[];
  try {
    hubs = websubHubs(typeof value === "string" ? value : undefined);
  } catch (error) {
    return [`${where} ${(error as Error).message}`];
  }
  return hubs
    .filter((hub) => LOCAL_HOST.test(new URL(hub).hostname) || EXAMPLE_HOST.test(new URL(hub).hostname))
    .map((hub) => `${where} WEBSUB_HUBS names ${hub}, which a deployed Worker cannot reach: name public hubs (README, "Readers told at once"), or none`);
}
