import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCommand } from "./run-command";

export interface HugoBuild {
  ms: number;
  version: string;
  posts: number;
  /** Files Hugo wrote. */
  files: number;
}

/** `hugo v0.111.3+extended …`, or undefined when Hugo is not installed. */
export function hugoVersion(): string | undefined {
  const result = spawnSync("hugo", ["version"], { encoding: "utf8" });
  return result.error ? undefined : result.stdout.trim();
}

/**
 * The reference for publishing: a static site generator building the same posts.
 * A minimal Hugo site in `dir` (config, a list and a single layout, Hugo's own
 * RSS), the items of `itemsDir` as its posts (their YAML front matter is Hugo's
 * too; it ignores the keys it does not know), then `hugo --quiet`, timed.
 * Categories become Hugo taxonomies, lists are cut in pages of 20 like the
 * app's archives, and RSS holds the newest 20.
 */
export async function hugoBuild(dir: string, itemsDir: string): Promise<HugoBuild> {
  const posts = join(dir, "content/posts");
  mkdirSync(posts, { recursive: true });
  mkdirSync(join(dir, "layouts/_default"), { recursive: true });
  writeFileSync(
    join(dir, "config.toml"),
    `baseURL = "http://127.0.0.1/"
languageCode = "fr"
title = "Le Fil"
paginate = 20
# Hugo's cache stays in the run's temp dir.
cacheDir = "${join(dir, "cache")}"
[services.rss]
limit = 20
`,
  );
  writeFileSync(
    join(dir, "layouts/_default/list.html"),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }}</title>{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">{{ end }}</head>
<body><h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href="{{ .Permalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Summary }}</p></li>{{ end }}</ul>
{{ with .Paginator.Prev }}<a href="{{ .URL }}">prev</a>{{ end }} {{ with .Paginator.Next }}<a href="{{ .URL }}">next</a>{{ end }}</body></html>
`,
  );
  writeFileSync(
    join(dir, "layouts/_default/single.html"),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02 15:04" }}</time>{{ with .Params.categories }}<ul>{{ range . }}<li><a href="{{ "categories/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>{{ end }}{{ .Content }}{{ with .Params.credit }}<p>{{ . }}</p>{{ end }}</article></body></html>
`,
  );
  const names = readdirSync(itemsDir).filter((name) => name.endsWith(".md"));
  for (const name of names) cpSync(join(itemsDir, name), join(posts, name));
  const started = performance.now();
  await runCommand("hugo", ["--quiet"], { cwd: dir });
  const ms = performance.now() - started;
  return { ms, version: hugoVersion() ?? "", posts: names.length, files: countFiles(join(dir, "public")) };
}

function countFiles(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, entry) => n + (entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1), 0);
}
