-- The store: every item, the topics it belongs to, and who may publish.
-- Applied with `wrangler d1 migrations apply DB` (`--local` for `npm run dev`, `--remote` when deploying).

-- One row per item ever published. A deleted item keeps its row (state 'deleted'),
-- so that its id is never given to another item and a publish path can tell
-- "deleted" from "never seen".
CREATE TABLE items (
  id TEXT PRIMARY KEY,                 -- the item's id (a tag URI unless set), forever
  slug TEXT NOT NULL,                  -- its page: /articles/SLUG
  origin TEXT NOT NULL,                -- the publish path that owns it: 'files', 'micropub', 'ninjs'
  origin_key TEXT NOT NULL,            -- its name there: items/x.md, a Micropub URL, a ninjs uri
  digest TEXT NOT NULL,                -- SHA-256 of what that path sent: unchanged input is not sent again
  state TEXT NOT NULL CHECK (state IN ('live', 'scheduled', 'draft', 'deleted')),
  date TEXT NOT NULL,                  -- its date, ISO 8601 UTC: documents list items newest first
  modified TEXT NOT NULL,              -- its last change (updated, else date)
  visible_from TEXT NOT NULL,          -- when it may be shown (its date, or a later embargo), ISO 8601 UTC
  item TEXT NOT NULL,                  -- the validated item, JSON (src/items/item.ts)
  source TEXT,                         -- what the path keeps of its input, JSON (Micropub properties, ninjs fields)
  changed_at TEXT NOT NULL
);
-- A path names one item at a time; two items not deleted never share a page.
CREATE UNIQUE INDEX items_origin ON items (origin, origin_key) WHERE state <> 'deleted';
CREATE UNIQUE INDEX items_slug ON items (slug) WHERE state <> 'deleted';
CREATE INDEX items_origin_all ON items (origin, origin_key);
CREATE INDEX items_due ON items (visible_from) WHERE state = 'scheduled';
CREATE INDEX items_modified ON items (modified) WHERE state = 'live';

-- A set of items with its own page and feeds: the site (key ''), each category
-- ('categories/syrie'), author ('authors/jane-doe') and language ('languages/fr').
CREATE TABLE topics (
  key TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('site', 'category', 'author', 'language')),
  name TEXT NOT NULL,                  -- as the items spell it: 'Syrie', 'Jane Doe', 'en-GB'
  next_seq INTEGER NOT NULL DEFAULT 1, -- memberships ever given: archive pages are cut from it
  live INTEGER NOT NULL DEFAULT 0      -- items shown now
);

-- An item in a topic, numbered in the order it entered (RFC 5005 archive pages
-- hold seq ranges: a page never changes as items come, and an item leaving takes
-- only its own line out). A number is never reused.
CREATE TABLE memberships (
  topic TEXT NOT NULL REFERENCES topics (key),
  seq INTEGER NOT NULL,
  item_id TEXT NOT NULL REFERENCES items (id),
  PRIMARY KEY (topic, seq)
);
CREATE UNIQUE INDEX memberships_item ON memberships (item_id, topic);

-- Publishing tokens: only a SHA-256 of each is kept.
CREATE TABLE tokens (
  name TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  scope TEXT NOT NULL,                 -- space-separated: create update delete media
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

-- Facts about the whole site: the origin and version its documents were rendered with.
CREATE TABLE site_state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Every document the site serves (feeds, pages, the pages about feeds, OPML),
-- rendered when something it shows changes: a read never renders. The entity tag
-- is a hash of exactly these bytes; Last-Modified is the newest change they show.
CREATE TABLE documents (
  path TEXT PRIMARY KEY,               -- 'feed /rss.xml', 'page /articles/x', 'preview /categories/syrie/'
  etag TEXT NOT NULL,
  modified INTEGER,                    -- seconds since the epoch, or NULL when it shows no item
  content_type TEXT NOT NULL,
  body TEXT NOT NULL,                  -- the document, or its first part
  parts INTEGER NOT NULL DEFAULT 0     -- how many more parts document_parts holds
);
-- D1 keeps a value under 2 MB: a longer document (a feed of long reads) is cut in parts.
CREATE TABLE document_parts (
  path TEXT NOT NULL REFERENCES documents (path) ON DELETE CASCADE,
  n INTEGER NOT NULL,                  -- 1, 2… after the part in documents
  body TEXT NOT NULL,
  PRIMARY KEY (path, n)
);

-- What must be rendered again: written with the change that makes it so, removed
-- once rendered, so that a failure in between is retried, never forgotten.
CREATE TABLE pending (
  unit TEXT PRIMARY KEY                -- 'topic <key> <page|current>', 'article <id>', 'gone <path>', 'opml'
);
