-- WebSub (W3C Recommendation, 2018-01-23): feeds advertise hubs, and the hubs are
-- told when a feed changes, so that subscribers learn of a dispatch at once.

-- The HTTP Link header a document is served with (WebSub §4: hub and self), when it has one.
ALTER TABLE documents ADD COLUMN link TEXT;

-- Bumped with every stored change of documents: an isolate that has seen the
-- current revision knows its copies are current without reading them again.
INSERT INTO site_state (key, value) VALUES ('revision', '0');

-- Hubs still to be told that a feed changed (WebSub §6: hub.mode=publish). Written
-- with the documents that changed, deleted once the hub has taken the news; a hub
-- that is down is tried again later, so that no change goes untold.
CREATE TABLE hub_notices (
  hub TEXT NOT NULL,
  url TEXT NOT NULL,                   -- the feed's self URL
  revision INTEGER NOT NULL,           -- the store's revision when it last changed: a newer change is never taken as told
  attempts INTEGER NOT NULL DEFAULT 0,
  due INTEGER NOT NULL,                -- when to try next, in milliseconds since the epoch
  PRIMARY KEY (hub, url)
) WITHOUT ROWID;
CREATE INDEX hub_notices_due ON hub_notices (due);
