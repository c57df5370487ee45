-- Agency dispatches (IPTC ninjs): versions, withdrawals (kills) and their tombstones.

-- The version of an item its path last stored (ninjs `versionCreated`, ISO 8601 UTC):
-- an older or equal version is never stored over it. NULL for paths without versions.
ALTER TABLE items ADD COLUMN version TEXT;
-- Why an item was taken down by its source, and when: 'canceled' (a kill: never
-- published again) or 'withheld' (until a later version makes it usable).
-- The row is 'deleted'; its page answers 410 Gone.
ALTER TABLE items ADD COLUMN withdrawn TEXT CHECK (withdrawn IN ('canceled', 'withheld'));
ALTER TABLE items ADD COLUMN withdrawn_at TEXT;

-- The status a document is served with: 200, or 410 for the page of a withdrawn item.
ALTER TABLE documents ADD COLUMN status INTEGER NOT NULL DEFAULT 200;

-- RFC 6721 tombstones: for 30 days after a withdrawal, the current Atom feed of
-- each topic that showed the item says it was deleted (`at:deleted-entry`), so
-- that readers take it down too.
CREATE TABLE tombstones (
  topic TEXT NOT NULL,
  item_id TEXT NOT NULL,
  withdrawn_at TEXT NOT NULL,          -- ISO 8601 UTC: the `when` of the tombstone
  PRIMARY KEY (topic, item_id)
) WITHOUT ROWID;
CREATE INDEX tombstones_item ON tombstones (item_id);
CREATE INDEX tombstones_age ON tombstones (withdrawn_at);
