-- ChannelDesk schema 5: German spellings in search; indexes for a partner's customers by name,
-- for customers of a country and a segment by name, and for the list of segments.
-- Statements are separated by lines holding only "-- ;" so triggers can contain semicolons.

-- Search folds accents ("muller" finds "Müller"); German also writes ä, ö, ü and ß out as ae, oe,
-- ue and ss ("Soehne", "Mueller"). Each search row gets a column `spelled` with its text written
-- that way, empty when the text has none of these letters, so both spellings find the row. The
-- query side folds the same way (PartnerDirectory::ftsQuery). The expression is plain SQL, so the
-- file stays usable with any SQLite tool.

-- Customers: the external-content index reads `spelled` from a virtual generated column.
ALTER TABLE customers ADD COLUMN spelled TEXT GENERATED ALWAYS AS (
    CASE WHEN (name || ' ' || city) GLOB '*[ÄÖÜäöüßẞ]*'
        THEN replace(replace(replace(replace(replace(replace(replace(replace((name || ' ' || city), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ẞ', 'SS') ELSE '' END) VIRTUAL;
-- ;
DROP TRIGGER customers_fts_insert;
-- ;
DROP TRIGGER customers_fts_update;
-- ;
DROP TRIGGER customers_fts_delete;
-- ;
DROP TABLE customer_fts;
-- ;
CREATE VIRTUAL TABLE customer_fts USING fts5 (
    code, name, city, spelled, content = 'customers', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
-- ;
INSERT INTO customer_fts (customer_fts) VALUES ('rebuild');
-- ;
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_fts (rowid, code, name, city, spelled)
    VALUES (new.id, new.code, new.name, new.city, new.spelled);
END;
-- ;
CREATE TRIGGER customers_fts_update AFTER UPDATE OF code, name, city ON customers BEGIN
    INSERT INTO customer_fts (customer_fts, rowid, code, name, city, spelled)
    VALUES ('delete', old.id, old.code, old.name, old.city, old.spelled);
    INSERT INTO customer_fts (rowid, code, name, city, spelled)
    VALUES (new.id, new.code, new.name, new.city, new.spelled);
END;
-- ;
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customer_fts (customer_fts, rowid, code, name, city, spelled)
    VALUES ('delete', old.id, old.code, old.name, old.city, old.spelled);
END;
-- ;
-- Partners: the index keeps its own copy of the text (area and contacts come from other tables);
-- `spelled` is computed from the row's other columns whenever one of them changes.
DROP TRIGGER partners_fts_insert;
-- ;
DROP TRIGGER partners_fts_update;
-- ;
DROP TRIGGER partners_fts_delete;
-- ;
DROP TRIGGER areas_fts_update;
-- ;
DROP TRIGGER contacts_fts_insert;
-- ;
DROP TRIGGER contacts_fts_update;
-- ;
DROP TRIGGER contacts_fts_delete;
-- ;
DROP TABLE partner_fts;
-- ;
CREATE VIRTUAL TABLE partner_fts USING fts5 (
    code, name, legal_name, city, area, contacts, spelled,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
-- ;
INSERT INTO partner_fts (rowid, code, name, legal_name, city, area, contacts)
SELECT p.id, p.code, p.name, p.legal_name, p.city, (SELECT name FROM areas WHERE id = p.area_id),
    coalesce((SELECT group_concat(name || ' ' || email, ' ') FROM contacts WHERE partner_id = p.id), '')
FROM partners p ORDER BY p.id;
-- ;
UPDATE partner_fts SET spelled = CASE WHEN (name || ' ' || legal_name || ' ' || city || ' ' || coalesce(area, '') || ' ' || contacts) GLOB '*[ÄÖÜäöüßẞ]*'
        THEN replace(replace(replace(replace(replace(replace(replace(replace((name || ' ' || legal_name || ' ' || city || ' ' || coalesce(area, '') || ' ' || contacts), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ẞ', 'SS') ELSE '' END
WHERE (name || ' ' || legal_name || ' ' || city || ' ' || coalesce(area, '') || ' ' || contacts) GLOB '*[ÄÖÜäöüßẞ]*';
-- ;
CREATE TRIGGER partners_fts_insert AFTER INSERT ON partners BEGIN
    INSERT INTO partner_fts (rowid, code, name, legal_name, city, area, contacts, spelled)
    SELECT new.id, new.code, new.name, new.legal_name, new.city, a, '',
        CASE WHEN (new.name || ' ' || new.legal_name || ' ' || new.city || ' ' || coalesce(a, '')) GLOB '*[ÄÖÜäöüßẞ]*'
        THEN replace(replace(replace(replace(replace(replace(replace(replace((new.name || ' ' || new.legal_name || ' ' || new.city || ' ' || coalesce(a, '')), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ẞ', 'SS') ELSE '' END
    FROM (SELECT (SELECT name FROM areas WHERE id = new.area_id) AS a);
END;
-- ;
CREATE TRIGGER partners_fts_update AFTER UPDATE OF code, name, legal_name, city, area_id ON partners BEGIN
    UPDATE partner_fts SET code = new.code, name = new.name, legal_name = new.legal_name,
        city = new.city, area = (SELECT name FROM areas WHERE id = new.area_id)
    WHERE rowid = new.id;
    UPDATE partner_fts SET spelled = CASE WHEN (name || ' ' || legal_name || ' ' || city || ' ' || coalesce(area, '') || ' ' || contacts) GLOB '*[ÄÖÜäöüßẞ]*'
        THEN replace(replace(replace(replace(replace(replace(replace(replace((name || ' ' || legal_name || ' ' || city || ' ' || coalesce(area, '') || ' ' || contacts), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ẞ', 'SS') ELSE '' END
    WHERE rowid = new.id;
END;
-- ;
CREATE TRIGGER partners_fts_delete AFTER DELETE ON partners BEGIN
    DELETE FROM partner_fts WHERE rowid = old.id;
END;
-- ;
CREATE TRIGGER areas_fts_update AFTER UPDATE OF name ON areas BEGIN
    UPDATE partner_fts SET area = new.name WHERE rowid IN (SELECT id FROM partners WHERE area_id = new.id);
    UPDATE partner_fts SET spelled = CASE WHEN (name || ' ' || legal_name || ' ' || city || ' ' || coalesce(area, '') || ' ' || contacts) GLOB '*[ÄÖÜäöüßẞ]*'
        THEN replace(replace(replace(replace(replace(replace(replace(replace((name || ' ' || legal_name || ' ' || city || ' ' || coalesce(area, '') || ' ' || contacts), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ẞ', 'SS') ELSE '' END
    WHERE rowid IN (SELECT id FROM partners WHERE area_id = new.id);
END;
-- ;
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    UPDATE partner_fts SET contacts = (SELECT group_concat(name || ' ' || email, ' ') FROM contacts WHERE partner_id = new.partner_id)
    WHERE rowid = new.partner_id;
    UPDATE partner_fts SET spelled = CASE WHEN (name || ' ' || legal_name || ' ' || city || ' ' || coalesce(area, '') || ' ' || contacts) GLOB '*[ÄÖÜäöüßẞ]*'
        THEN replace(replace(replace(replace(replace(replace(replace(replace((name || ' ' || legal_name || ' ' || city || ' ' || coalesce(area, '') || ' ' || contacts), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ẞ', 'SS') ELSE '' END
    WHERE rowid = new.partner_id;
END;
-- ;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF name, email, partner_id ON contacts BEGIN
    UPDATE partner_fts SET contacts = coalesce((SELECT group_concat(name || ' ' || email, ' ') FROM contacts WHERE partner_id = old.partner_id), '')
    WHERE rowid = old.partner_id;
    UPDATE partner_fts SET contacts = (SELECT group_concat(name || ' ' || email, ' ') FROM contacts WHERE partner_id = new.partner_id)
    WHERE rowid = new.partner_id;
    UPDATE partner_fts SET spelled = CASE WHEN (name || ' ' || legal_name || ' ' || city || ' ' || coalesce(area, '') || ' ' || contacts) GLOB '*[ÄÖÜäöüßẞ]*'
        THEN replace(replace(replace(replace(replace(replace(replace(replace((name || ' ' || legal_name || ' ' || city || ' ' || coalesce(area, '') || ' ' || contacts), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ẞ', 'SS') ELSE '' END
    WHERE rowid IN (old.partner_id, new.partner_id);
END;
-- ;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    UPDATE partner_fts SET contacts = coalesce((SELECT group_concat(name || ' ' || email, ' ') FROM contacts WHERE partner_id = old.partner_id), '')
    WHERE rowid = old.partner_id;
    UPDATE partner_fts SET spelled = CASE WHEN (name || ' ' || legal_name || ' ' || city || ' ' || coalesce(area, '') || ' ' || contacts) GLOB '*[ÄÖÜäöüßẞ]*'
        THEN replace(replace(replace(replace(replace(replace(replace(replace((name || ' ' || legal_name || ' ' || city || ' ' || coalesce(area, '') || ' ' || contacts), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'), 'Ä', 'Ae'), 'Ö', 'Oe'), 'Ü', 'Ue'), 'ẞ', 'SS') ELSE '' END
    WHERE rowid = old.partner_id;
END;
-- ;
-- A partner's customers by name (the partner page's list, `customers list --partner`): without it
-- SQLite walks the name index over every customer to find one partner's few.
CREATE INDEX customers_partner_name ON customers (partner_id, archived_at, name COLLATE NOCASE, id);
-- ;
-- The segment filter lists the distinct segments: with this index one probe per segment
-- (CustomerDirectory::segments) instead of sorting every customer.
CREATE INDEX customers_segment_list ON customers (segment);
-- ;
-- Customers of a country and a segment, by name (and their count from the index alone): without it
-- SQLite walked the name index over every customer, testing each row (4.6 s at 5 M customers).
CREATE INDEX customers_country_segment ON customers (archived_at, country, segment, name COLLATE NOCASE, id);
