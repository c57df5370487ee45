// Reads feeds with gofeed (Debian's golang-github-mmcdole-gofeed-dev): one URL
// per line on stdin, answered by one JSON line per entry and then an empty line;
// a feed it cannot read is answered by one line {"error": "..."}.
//
// Each entry line: {"id", "title", "link", "published", "html"}, published in
// seconds since the epoch (the published date, else the updated one) and html
// the content, else the summary. Built by clients.ts in GOPATH mode:
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go build -o read-feed-go read-feed.go
package main

import (
	"bufio"
	"encoding/json"
	"os"
	"time"

	"github.com/mmcdole/gofeed"
)

type entry struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Link      string `json:"link"`
	Published *int64 `json:"published"`
	HTML      string `json:"html"`
}

func main() {
	parser := gofeed.NewParser()
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	encoder := json.NewEncoder(out)
	encoder.SetEscapeHTML(false)
	for in.Scan() {
		feed, err := parser.ParseURL(in.Text())
		if err != nil {
			encoder.Encode(map[string]string{"error": err.Error()})
		} else {
			for _, item := range feed.Items {
				encoder.Encode(entryOf(item))
			}
		}
		out.WriteString("\n")
		out.Flush()
	}
}

func entryOf(item *gofeed.Item) entry {
	html := item.Content
	if html == "" {
		html = item.Description
	}
	return entry{ID: item.GUID, Title: item.Title, Link: item.Link, Published: seconds(item.PublishedParsed, item.UpdatedParsed), HTML: html}
}

func seconds(dates ...*time.Time) *int64 {
	for _, date := range dates {
		if date != nil {
			s := date.Unix()
			return &s
		}
	}
	return nil
}
