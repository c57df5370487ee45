import { describe, expect, it } from "vitest";
import { deployProblems } from "../../src/cli/deploy-problems";
import { site } from "../fixtures/site";

const newsroom = { ...site, tagAuthority: "lefil.news,2026", author: { name: "La rédaction", email: "redaction@lefil.news" } };

describe("deployProblems", () => {
  it("lets a deployment with the newsroom's own settings go", () => {
    expect(deployProblems({ BASE_URL: "https://feeds.lefil.news" }, newsroom, "wrangler.toml [vars]", "5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b")).toEqual([]);
  });

  it("wants the id of a D1 database created for the deployment", () => {
    expect(deployProblems({ BASE_URL: "https://feeds.lefil.news" }, newsroom, "wrangler.toml [vars]", "00000000-0000-0000-0000-000000000000")).toEqual([
      'wrangler.toml [[d1_databases]] database_id = "00000000-0000-0000-0000-000000000000" is the placeholder: create the database (npx wrangler d1 create feed-publisher) and put its id here',
    ]);
  });

  it("names each example still in place, and where to set it", () => {
    const shipped = { ...site, tagAuthority: "feeds.example.org,2026", author: { name: "x", email: "redaction@feeds.example.org" } };
    expect(deployProblems({ BASE_URL: "https://feeds.example.org" }, shipped, "wrangler.toml [vars]")).toEqual([
      'wrangler.toml [vars] BASE_URL = "https://feeds.example.org" is an example: set it to the site\'s public origin',
      'src/site.ts tagAuthority = "feeds.example.org,2026" is an example: set a domain the newsroom holds and the year it held it (README, "Ids"); ids never change after that',
      'src/site.ts author.email = "redaction@feeds.example.org" is an example: set the newsroom\'s address, or remove it',
    ]);
  });

  it("wants an https origin and nothing else in BASE_URL", () => {
    for (const base of [undefined, "", "feeds.lefil.news", "http://feeds.lefil.news", "https://feeds.lefil.news/fil/", "https://feeds.lefil.news/?x"]) {
      expect(deployProblems({ BASE_URL: base }, newsroom, "wrangler.toml [env.production.vars]"), String(base)).toEqual([
        `wrangler.toml [env.production.vars] BASE_URL = ${JSON.stringify(base ?? "")}: set it to the site's public origin, e.g. https://feeds.your-newsroom.org`,
      ]);
    }
    for (const host of ["localhost", "site.test", "x.invalid", "example.com", "www.example.net"]) {
      expect(deployProblems({ BASE_URL: `https://${host}` }, newsroom, "v")).toHaveLength(1);
    }
  });

  it("takes public WebSub hubs, and refuses a malformed list or a hub only this machine can reach", () => {
    const vars = (hubs: string) => ({ BASE_URL: "https://feeds.lefil.news", WEBSUB_HUBS: hubs });
    const id = "5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b";
    expect(deployProblems(vars(""), newsroom, "v", id)).toEqual([]);
    expect(deployProblems(vars("https://pubsubhubbub.appspot.com/, https://switchboard.p3k.io/"), newsroom, "v", id)).toEqual([]);
    expect(deployProblems(vars("pubsubhubbub.appspot.com"), newsroom, "wrangler.toml [vars]", id)).toEqual([
      'wrangler.toml [vars] WEBSUB_HUBS: "pubsubhubbub.appspot.com" is not an http(s) URL; set it to hub URLs separated by commas, e.g. https://pubsubhubbub.appspot.com/',
    ]);
    expect(deployProblems(vars("http://127.0.0.1:8919/, https://hub.localhost/"), newsroom, "v", id)).toEqual([
      'v WEBSUB_HUBS names http://127.0.0.1:8919/, which a deployed Worker cannot reach: name public hubs (README, "Readers told at once"), or none',
      'v WEBSUB_HUBS names https://hub.localhost/, which a deployed Worker cannot reach: name public hubs (README, "Readers told at once"), or none',
    ]);
  });
});
