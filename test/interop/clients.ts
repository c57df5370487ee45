import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { extractFromJson, extractFromXml } from "@extractus/feed-extractor";
import { parseFeed } from "@rowanmanning/feed-parser";
import { decodeHTML } from "entities";
import Parser from "rss-parser";
import type { FeedFormat } from "../../src/feeds/feed-formats";

const run = promisify(execFile);
const READ_FEED = new URL("./read-feed.py", import.meta.url).pathname;

/** One entry as a client read it, before its HTML is reduced to text. */
export interface Read {
  id: string;
  title: string;
  link: string;
  /** Seconds since the epoch. */
  date: number;
  html: string;
}

export interface Client {
  name: string;
  /** The formats this client reads; the others it does not claim to support. */
  formats: readonly FeedFormat[];
  read(url: string): Promise<Read[]>;
  knownDefect?: KnownDefect;
}

/**
 * A fault of a client, reported upstream: what it makes of the titles and the
 * content it reads, in the formats where the fault shows (all when not given).
 */
export interface KnownDefect {
  issue: string;
  formats?: readonly FeedFormat[];
  title?: (title: string) => string;
  html?: (html: string) => string;
}

/** Python's feedparser from Debian (python3-feedparser 6.0): no JSON Feed before 6.1. */
const feedparser: Client = {
  name: "feedparser",
  formats: ["rss", "atom"],
  read: (url) => python(["feedparser", url]),
};

/** newsboat from Debian (2.21): its parser takes XML only, JSON Feed fails with "XML root node is NULL". */
const newsboat: Client = {
  name: "newsboat",
  formats: ["rss", "atom"],
  async read(url) {
    const dir = await mkdtemp(join(tmpdir(), "newsboat-"));
    try {
      return await python(["newsboat", url, dir]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

/** A client from npm: it parses the body, so `npm test` runs it on rendered feeds too. */
export interface NpmClient extends Client {
  parse(body: string, format: FeedFormat): Read[] | Promise<Read[]>;
}

function npmClient(client: Omit<NpmClient, "read">): NpmClient {
  return { ...client, read: async (url) => client.parse(await (await fetch(url)).text(), url.endsWith(".json") ? "json" : "rss") };
}

/** @extractus/feed-extractor from npm: RSS, Atom and JSON Feed. */
const feedExtractor = npmClient({
  name: "feed-extractor",
  formats: ["rss", "atom", "json"],
  parse(body, format) {
    const options = {
      descriptionMaxLen: 0,
      getExtraEntryFields: (raw: Record<string, unknown>) => ({ html: raw["content:encoded"] ?? raw["content_html"] ?? raw["content"] ?? "" }),
      // Keeps Atom's type attribute, so that content arrives as { "#text", "@_type" }.
      xmlParserOptions: { ignoreAttributes: false },
    };
    const feed = format === "json" ? extractFromJson(body, options) : extractFromXml(body, options);
    return (feed.entries ?? []).map((e) => {
      const entry = e as typeof e & { html: unknown };
      return {
        id: entry.id,
        title: entry.title ?? "",
        link: entry.link ?? "",
        date: Date.parse(String(entry.published)) / 1000,
        html: textOf(entry.html),
      };
    });
  },
});

/** rss-parser from npm: RSS and Atom. */
const rssParser = npmClient({
  name: "rss-parser",
  formats: ["rss", "atom"],
  async parse(body) {
    const feed = await new Parser<object, { id?: string; "content:encoded"?: string }>({
      customFields: { item: ["id", "content:encoded"] },
    }).parseString(body);
    return feed.items.map((item) => ({
      id: item.guid ?? item.id ?? "",
      title: item.title ?? "",
      link: item.link ?? "",
      date: Date.parse(item.isoDate ?? "") / 1000,
      html: item["content:encoded"] ?? item.content ?? "",
    }));
  },
});

/**
 * @rowanmanning/feed-parser from npm: RSS and Atom. It decodes entities in
 * content once more than XML does, so text such as "<i>" written as "&lt;i&gt;"
 * comes out as a tag: checked as exactly that.
 */
const rowanmanning = npmClient({
  name: "@rowanmanning/feed-parser",
  formats: ["rss", "atom"],
  knownDefect: { issue: "https://github.com/rowanmanning/feed-parser/issues/209", html: decodeHTML },
  parse(body) {
    return parseFeed(body).items.map((item) => ({
      id: item.id ?? "",
      title: item.title ?? "",
      link: item.url ?? "",
      date: (item.published ?? item.updated)!.getTime() / 1000,
      html: item.content ?? "",
    }));
  },
});

/** The clients that need nothing outside npm. */
export const NPM_CLIENTS: readonly NpmClient[] = [feedExtractor, rssParser, rowanmanning];

export const CLIENTS: readonly Client[] = [feedparser, newsboat, ...NPM_CLIENTS];

async function python(args: string[]): Promise<Read[]> {
  const { stdout } = await run("/usr/bin/python3", [READ_FEED, ...args], { maxBuffer: 64 << 20 });
  return stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const e = JSON.parse(line) as { id: string; title: string; link: string; published: number; html: string };
      return { id: e.id, title: e.title, link: e.link, date: e.published, html: e.html };
    });
}

/** An element's text as fast-xml-parser gives it: a string, or an object when it has attributes. */
function textOf(value: unknown): string {
  return typeof value === "object" && value !== null ? String((value as Record<string, unknown>)["#text"] ?? "") : String(value);
}
