import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { extractFromJson, extractFromXml } from "@extractus/feed-extractor";
import { parseFeed } from "@rowanmanning/feed-parser";
import { decodeHTML } from "entities";
import Parser from "rss-parser";
import type { FeedFormat } from "../../src/formats";
import { lineReader, type EntryLine } from "./line-reader";

const run = promisify(execFile);
const READ_FEED = new URL("./read-feed.py", import.meta.url).pathname;
/** The reader programs run through line-reader.ts, one per language. */
const READERS = new URL("./readers/", import.meta.url).pathname;

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
  /** Builds and starts the program the client runs for the whole tier, when it has one. */
  start?(): Promise<void>;
  /** Ends that program. */
  close?(): Promise<void>;
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

/** The defect of `client` that shows in `format`, if any. */
export function defectIn(client: Client, format: FeedFormat): KnownDefect | undefined {
  return client.knownDefect?.formats?.includes(format) === false ? undefined : client.knownDefect;
}

/** `title` as `client` shows it in `format`: exactly, or as its known defect makes it. */
export function titleAsShown(client: Client, format: FeedFormat, title: string): string {
  return defectIn(client, format)?.title?.(title) ?? title;
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

/** A client whose program in readers/ reads every feed of the run (see line-reader.ts). */
function programClient(client: Omit<Client, "read" | "start" | "close">, build: (dir: string) => Promise<string[]>): Client {
  const reader = lineReader(client.name, build);
  return { ...client, start: reader.start, close: reader.close, read: async (url) => (await reader.read(url)).map(readOf) };
}

/** gofeed from Debian (golang-github-mmcdole-gofeed-dev 1.1.3), built with Debian's Go 1.19 in GOPATH mode. */
const gofeed = programClient({ name: "gofeed", formats: ["rss", "atom", "json"] }, async (dir) => {
  const env = { ...process.env, GO111MODULE: "off", GOPATH: "/usr/share/gocode" };
  await run("go", ["build", "-o", join(dir, "read-feed"), join(READERS, "read-feed.go")], { env });
  return [join(dir, "read-feed")];
});

/**
 * ROME from Debian (librome-java 1.12.2) on OpenJDK 17: RSS and Atom; it has no
 * JSON Feed parser. Its reader fetches with Java's default Accept, which names
 * text/html first and must get the feed all the same (see ReadFeed.java).
 */
const rome = programClient({ name: "ROME", formats: ["rss", "atom"] }, async (dir) => {
  const jars = ["rome", "rome-utils", "jdom2", "slf4j-api", "slf4j-nop"].map((jar) => `/usr/share/java/${jar}.jar`);
  await run("javac", ["-d", dir, "-cp", jars.join(":"), join(READERS, "ReadFeed.java")]);
  return ["java", "-cp", [dir, ...jars].join(":"), "ReadFeed"];
});

/**
 * XML::Feed from Debian (libxml-feed-perl 0.63, over XML::RSS and XML::Atom): RSS
 * and Atom, no JSON Feed. From Atom it hands over titles as UTF-8 bytes, not
 * characters (XML::Atom's default, which XML::Feed keeps; RSS comes as
 * characters): "Météo" arrives as "MÃ©tÃ©o". Checked as exactly that.
 */
const xmlFeed = programClient(
  {
    name: "XML::Feed",
    formats: ["rss", "atom"],
    knownDefect: {
      issue: "https://github.com/davorg-cpan/xml-feed/issues/44",
      formats: ["atom"],
      title: (title) => Buffer.from(title, "utf8").toString("latin1"),
    },
  },
  async () => ["/usr/bin/perl", join(READERS, "read-feed.pl")],
);

/** libmrss from Debian (libmrss0-dev 0.19.2), a C library over libcurl and libnxml: RSS and Atom. */
const libmrss = programClient({ name: "libmrss", formats: ["rss", "atom"] }, async (dir) => {
  const { stdout } = await run("pkg-config", ["--cflags", "--libs", "mrss"]);
  await run("gcc", ["-O2", "-Wall", "-o", join(dir, "read-feed"), join(READERS, "read-feed.c"), ...stdout.trim().split(/\s+/)]);
  return [join(dir, "read-feed")];
});

/** The clients that need nothing outside npm. */
export const NPM_CLIENTS: readonly NpmClient[] = [feedExtractor, rssParser, rowanmanning];

export const CLIENTS: readonly Client[] = [feedparser, newsboat, gofeed, rome, xmlFeed, libmrss, ...NPM_CLIENTS];

async function python(args: string[]): Promise<Read[]> {
  const { stdout } = await run("/usr/bin/python3", [READ_FEED, ...args], { maxBuffer: 64 << 20 });
  return stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => readOf(JSON.parse(line) as EntryLine));
}

function readOf(e: EntryLine): Read {
  return { id: e.id, title: e.title, link: e.link, date: e.published ?? Number.NaN, html: e.html };
}

/** An element's text as fast-xml-parser gives it: a string, or an object when it has attributes. */
function textOf(value: unknown): string {
  return typeof value === "object" && value !== null ? String((value as Record<string, unknown>)["#text"] ?? "") : String(value);
}
