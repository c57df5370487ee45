/*
 * Reads feeds with libmrss (Debian's libmrss0-dev): one URL per line on stdin,
 * answered by one JSON line per entry and then an empty line; a feed it cannot
 * read is answered by one line {"error": "..."}.
 *
 * Each entry line: {"id", "title", "link", "published", "html"}, published in
 * seconds since the epoch (the published date, else the updated one) and html
 * the content, else the summary. Built by clients.ts:
 *
 *   gcc -o read-feed-c read-feed.c $(pkg-config --cflags --libs mrss)
 *
 * libmrss keeps what it does not map in other_tags: RSS's content:encoded, and
 * Atom's content and published (its pubDate is Atom's updated, rewritten in
 * RFC 822 form).
 */
#define _GNU_SOURCE
#include <mrss.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ATOM "http://www.w3.org/2005/Atom"
#define CONTENT "http://purl.org/rss/1.0/modules/content/"

/* A JSON string: quotes, backslashes and control characters escaped, UTF-8 as is. */
static void string(const char *text) {
  if (!text) {
    fputs("null", stdout);
    return;
  }
  putchar('"');
  for (const unsigned char *c = (const unsigned char *)text; *c; c++) {
    if (*c == '"' || *c == '\\') printf("\\%c", *c);
    else if (*c < 0x20) printf("\\u%04x", *c);
    else putchar(*c);
  }
  putchar('"');
}

/* The value of the entry's child `name` in namespace `ns` that libmrss did not map. */
static const char *other(mrss_item_t *item, const char *name, const char *ns) {
  for (mrss_tag_t *tag = item->other_tags; tag; tag = tag->next)
    if (!strcmp(tag->name, name) && tag->ns && !strcmp(tag->ns, ns)) return tag->value;
  return NULL;
}

/* The zone at `s`: Z, GMT, UT or ±hh[:]mm, as seconds east of UTC; 0 when absent. */
static long zone(const char *s) {
  while (*s == ' ') s++;
  if (*s != '+' && *s != '-') return 0;
  int hours = 0, minutes = 0;
  if (sscanf(s + 1, "%2d:%2d", &hours, &minutes) < 2) sscanf(s + 1, "%2d%2d", &hours, &minutes);
  return (*s == '-' ? -1 : 1) * (hours * 3600L + minutes * 60L);
}

/* Seconds since the epoch of an RFC 3339 or RFC 822 date; -1 when it is neither. */
static long long seconds(const char *date) {
  struct tm tm = {0};
  const char *rest;
  if (!date) return -1;
  if ((rest = strptime(date, "%Y-%m-%dT%H:%M:%S", &tm))) {
    rest += strspn(rest, ".0123456789");
  } else if (!(rest = strptime(date, "%a, %d %b %Y %H:%M:%S", &tm))) {
    return -1;
  }
  return (long long)timegm(&tm) - zone(rest);
}

static void entry(mrss_item_t *item, int atom) {
  const char *html = other(item, atom ? "content" : "encoded", atom ? ATOM : CONTENT);
  const char *published = atom ? other(item, "published", ATOM) : NULL;
  long long date = seconds(published ? published : item->pubDate);
  fputs("{\"id\":", stdout);
  string(item->guid);
  fputs(",\"title\":", stdout);
  string(item->title);
  fputs(",\"link\":", stdout);
  string(item->link);
  fputs(",\"published\":", stdout);
  if (date < 0) fputs("null", stdout);
  else printf("%lld", date);
  fputs(",\"html\":", stdout);
  string(html ? html : item->description);
  fputs("}\n", stdout);
}

int main(void) {
  char *url = NULL;
  size_t size = 0;
  ssize_t length;
  while ((length = getline(&url, &size, stdin)) > 0) {
    if (url[length - 1] == '\n') url[length - 1] = '\0';
    mrss_t *feed = NULL;
    mrss_error_t error = mrss_parse_url(url, &feed);
    if (error != MRSS_OK) {
      fputs("{\"error\":", stdout);
      string(mrss_strerror(error));
      fputs("}\n", stdout);
    } else {
      int atom = feed->version == MRSS_VERSION_ATOM_1_0 || feed->version == MRSS_VERSION_ATOM_0_3;
      for (mrss_item_t *item = feed->item; item; item = item->next) entry(item, atom);
    }
    if (feed) mrss_free(feed);
    putchar('\n');
    fflush(stdout);
  }
  free(url);
  return 0;
}
