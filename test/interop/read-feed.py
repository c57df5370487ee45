#!/usr/bin/python3
"""Reads one feed with a real client and prints its entries as JSON lines.

    read-feed.py feedparser URL
    read-feed.py newsboat URL WORKDIR

Each line: {"id", "title", "link", "published", "html"}, published in seconds
since the epoch. Run with Debian's python3 (python3-feedparser; newsboat).
"""
import calendar
import json
import os
import sqlite3
import subprocess
import sys


def shown(detail):
    """A text construct as a reader shows it: html is rendered, text is as is."""
    import html
    import re

    if detail["type"] == "text/html":
        return html.unescape(re.sub(r"<[^>]*>", "", detail["value"]))
    return detail["value"]


def read_feedparser(url):
    import feedparser

    parsed = feedparser.parse(url)
    if parsed.bozo:
        raise SystemExit(f"feedparser: {url}: {parsed.bozo_exception}")
    for e in parsed.entries:
        html = e["content"][0]["value"] if "content" in e else e.get("summary", "")
        yield {
            "id": e.get("id"),
            "title": shown(e["title_detail"]),
            "link": e.get("link"),
            "published": calendar.timegm(e["published_parsed"]) if e.get("published_parsed") else None,
            "html": html,
        }


def read_newsboat(url, workdir):
    # newsboat keeps one item per guid across feeds, so each feed gets its own cache.
    urls, cache, config = (os.path.join(workdir, n) for n in ("urls", "cache.db", "config"))
    with open(urls, "w") as f:
        f.write(url + "\n")
    open(config, "w").close()
    run = ["newsboat", "-u", urls, "-c", cache, "-C", config]
    subprocess.run(run + ["-x", "reload"], check=True, capture_output=True, timeout=60)
    unread = subprocess.run(run + ["-x", "print-unread"], check=True, capture_output=True, text=True, timeout=60)
    count = int(unread.stdout.split()[0])
    rows = sqlite3.connect(cache).execute(
        "SELECT guid, title, url, pubDate, content FROM rss_item WHERE feedurl = ? ORDER BY pubDate DESC, id", (url,)
    ).fetchall()
    if count != len(rows):
        raise SystemExit(f"newsboat: {url}: print-unread says {count}, cache holds {len(rows)}")
    for guid, title, link, published, content in rows:
        yield {"id": guid, "title": title, "link": link, "published": published, "html": content}


if __name__ == "__main__":
    client, url = sys.argv[1], sys.argv[2]
    entries = read_feedparser(url) if client == "feedparser" else read_newsboat(url, sys.argv[3])
    for entry in entries:
        print(json.dumps(entry, ensure_ascii=False))
