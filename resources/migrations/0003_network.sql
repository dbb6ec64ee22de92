-- ChannelDesk schema 3: the partner network. A partner may have a parent (master dealer ->
-- sub-dealer, distributor -> reseller, reseller -> sub-reseller, any depth), and a reseller may be
-- served by several distributors through distributor links, each with a focus note. Removing a link
-- keeps it as history (removed_at/removed_by); leads store their own submitting distributor, so a
-- removed link never changes the attribution of existing leads.
-- Statements are separated by lines holding only "-- ;" so triggers can contain semicolons.

ALTER TABLE partners ADD COLUMN parent_id INTEGER REFERENCES partners(id);
-- ;
-- Children of a partner (or of the top level, parent_id IS NULL) in name order, current ones first
-- by seek: serves the lazy tree's pages, "has children" probes and the recursive roll-ups, which
-- walk parent_id -> id without touching the table rows.
CREATE INDEX partners_children ON partners (parent_id, archived_at, name COLLATE NOCASE, id);
-- ;
CREATE TRIGGER partners_no_self_parent_insert BEFORE INSERT ON partners
WHEN new.parent_id IS NOT NULL AND new.parent_id = new.id BEGIN
    SELECT RAISE(ABORT, 'a partner cannot be its own parent');
END;
-- ;
CREATE TRIGGER partners_no_self_parent_update BEFORE UPDATE OF parent_id ON partners
WHEN new.parent_id IS NOT NULL AND new.parent_id = new.id BEGIN
    SELECT RAISE(ABORT, 'a partner cannot be its own parent');
END;
-- ;
CREATE TABLE distributor_links (
    id INTEGER PRIMARY KEY,
    distributor_id INTEGER NOT NULL REFERENCES partners(id),
    reseller_id INTEGER NOT NULL REFERENCES partners(id),
    focus TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    removed_at TEXT,
    removed_by TEXT,
    CHECK (distributor_id <> reseller_id)
);
-- ;
-- At most one active link per pair; removed links stay as history.
CREATE UNIQUE INDEX distributor_links_active ON distributor_links (distributor_id, reseller_id)
WHERE removed_at IS NULL;
-- ;
-- A distributor's resellers and a reseller's distributors, active ones by seek, history after.
CREATE INDEX distributor_links_distributor ON distributor_links (distributor_id, removed_at, reseller_id);
-- ;
CREATE INDEX distributor_links_reseller ON distributor_links (reseller_id, removed_at, distributor_id);
-- ;
-- Distributors (and any kind) by name, for the distributor networks list.
CREATE INDEX partners_kind_name ON partners (archived_at, kind, name COLLATE NOCASE, id);
