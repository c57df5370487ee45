-- Items whose stored body is to pass through the sanitiser again before the
-- documents are next rendered in full (src/publish/resanitize-stored.ts): set by a
-- migration when the sanitiser learns something the stored bodies predate.
ALTER TABLE items ADD COLUMN resanitize INTEGER NOT NULL DEFAULT 0;
CREATE INDEX items_resanitize ON items (id) WHERE resanitize = 1;

-- Before it, Markdown bodies were stored as marked wrote them, and marked-footnote
-- wrote a note's label raw into its ids, links and aria-label: a label holding a
-- quote put handlers and elements in pages and feeds. Every other body was
-- escaped or sanitised already.
UPDATE items SET resanitize = 1 WHERE state <> 'deleted' AND item LIKE '%data-footnote-ref%';
-- Sanitised again, such a body is inert but its notes lose the ids their links
-- name (a label is no id the sanitiser keeps): an item file whose stored digest
-- matches nothing is sent again by the next `npm run publish`, and rendered anew.
UPDATE items SET digest = '' WHERE origin = 'files' AND resanitize = 1;
