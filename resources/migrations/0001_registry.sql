-- ChannelDesk schema 1: users, configurable lists, partner registry, contacts, customers,
-- activity timeline and the partner search index.
-- Statements are separated by lines holding only "-- ;" so triggers can contain semicolons.

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    version INTEGER NOT NULL DEFAULT 1
);
-- ;
CREATE TABLE areas (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    version INTEGER NOT NULL DEFAULT 1
);
-- ;
CREATE TABLE partner_levels (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    weight INTEGER NOT NULL DEFAULT 0 CHECK (weight >= 0),
    sequence INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
-- ;
INSERT INTO partner_levels (name, weight, sequence) VALUES ('Gold', 3, 1), ('Silver', 2, 2), ('Bronze', 1, 3);
-- ;
CREATE TABLE partner_activations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    active INTEGER NOT NULL DEFAULT 1,
    sequence INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1
);
-- ;
INSERT INTO partner_activations (name, sequence) VALUES ('First Contact', 1), ('Ramp-up', 2), ('Fully Operational', 3);
-- ;
CREATE TABLE partners (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    legal_name TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'reseller' CHECK (kind IN ('dealer', 'reseller', 'distributor', 'agent')),
    business_nature TEXT NOT NULL DEFAULT '',
    area_id INTEGER REFERENCES areas(id),
    street TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    latitude REAL,
    longitude REAL,
    website TEXT NOT NULL DEFAULT '',
    tax_id TEXT NOT NULL DEFAULT '',
    control_account TEXT NOT NULL DEFAULT '',
    bank_holder TEXT NOT NULL DEFAULT '',
    iban TEXT NOT NULL DEFAULT '',
    bic TEXT NOT NULL DEFAULT '',
    bank_name TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'suspended')),
    status_reason TEXT NOT NULL DEFAULT '',
    status_date TEXT,
    level_id INTEGER REFERENCES partner_levels(id),
    weight_override INTEGER CHECK (weight_override IS NULL OR weight_override >= 0),
    activation_id INTEGER REFERENCES partner_activations(id),
    account_manager_id INTEGER REFERENCES users(id),
    tags TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
-- ;
-- Directory indexes lead with archived_at: the directory shows current partners
-- (archived_at IS NULL), so one index per column serves both "sort by it" (walk the index) and
-- "filter by it" (seek), and covers the id-only page query.
CREATE INDEX partners_code_dir ON partners (archived_at, code);
-- ;
CREATE INDEX partners_name ON partners (archived_at, name COLLATE NOCASE, id);
-- ;
CREATE INDEX partners_legal_name ON partners (archived_at, legal_name COLLATE NOCASE, id);
-- ;
CREATE INDEX partners_city ON partners (archived_at, city COLLATE NOCASE, id);
-- ;
CREATE INDEX partners_country ON partners (archived_at, country, id);
-- ;
CREATE INDEX partners_kind ON partners (archived_at, kind, id);
-- ;
CREATE INDEX partners_status ON partners (archived_at, status, id);
-- ;
CREATE INDEX partners_level ON partners (archived_at, level_id, id);
-- ;
CREATE INDEX partners_activation ON partners (archived_at, activation_id, id);
-- ;
CREATE INDEX partners_area ON partners (archived_at, area_id, id);
-- ;
CREATE INDEX partners_manager ON partners (archived_at, account_manager_id, id);
-- ;
CREATE INDEX partners_updated ON partners (archived_at, updated_at, id);
-- ;
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    name TEXT NOT NULL,
    function TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
-- ;
CREATE INDEX contacts_partner ON contacts (partner_id, id);
-- ;
CREATE UNIQUE INDEX contacts_one_primary ON contacts (partner_id) WHERE is_primary = 1;
-- ;
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    street TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    segment TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    partner_id INTEGER REFERENCES partners(id),
    archived_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
-- ;
CREATE INDEX customers_code_dir ON customers (archived_at, code);
-- ;
CREATE INDEX customers_name ON customers (archived_at, name COLLATE NOCASE, id);
-- ;
CREATE INDEX customers_city ON customers (archived_at, city COLLATE NOCASE, id);
-- ;
CREATE INDEX customers_country ON customers (archived_at, country, id);
-- ;
CREATE INDEX customers_segment ON customers (archived_at, segment, id);
-- ;
CREATE INDEX customers_partner_dir ON customers (archived_at, partner_id, id);
-- ;
CREATE INDEX customers_updated ON customers (archived_at, updated_at, id);
-- ;
-- A partner's customers, archived or not.
CREATE INDEX customers_partner ON customers (partner_id, archived_at, id);
-- ;
CREATE TABLE timeline (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_login TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    partner_id INTEGER,
    action TEXT NOT NULL,
    field TEXT NOT NULL DEFAULT '',
    old_value TEXT,
    new_value TEXT,
    comment TEXT NOT NULL DEFAULT ''
);
-- ;
CREATE INDEX timeline_partner ON timeline (partner_id, id);
-- ;
CREATE INDEX timeline_entity ON timeline (entity, entity_id, id);
-- ;
-- Search index: one row per partner (rowid = partners.id) with the partner's own text, its area
-- and its contacts' names and e-mails. Kept in sync by the triggers below.
CREATE VIRTUAL TABLE partner_fts USING fts5 (
    code, name, legal_name, city, area, contacts,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
-- ;
CREATE TRIGGER partners_fts_insert AFTER INSERT ON partners BEGIN
    INSERT INTO partner_fts (rowid, code, name, legal_name, city, area, contacts)
    VALUES (new.id, new.code, new.name, new.legal_name, new.city,
            (SELECT name FROM areas WHERE id = new.area_id), '');
END;
-- ;
CREATE TRIGGER partners_fts_update AFTER UPDATE OF code, name, legal_name, city, area_id ON partners BEGIN
    UPDATE partner_fts SET code = new.code, name = new.name, legal_name = new.legal_name,
        city = new.city, area = (SELECT name FROM areas WHERE id = new.area_id)
    WHERE rowid = new.id;
END;
-- ;
CREATE TRIGGER partners_fts_delete AFTER DELETE ON partners BEGIN
    DELETE FROM partner_fts WHERE rowid = old.id;
END;
-- ;
CREATE TRIGGER areas_fts_update AFTER UPDATE OF name ON areas BEGIN
    UPDATE partner_fts SET area = new.name WHERE rowid IN (SELECT id FROM partners WHERE area_id = new.id);
END;
-- ;
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    UPDATE partner_fts SET contacts = (SELECT group_concat(name || ' ' || email, ' ') FROM contacts WHERE partner_id = new.partner_id)
    WHERE rowid = new.partner_id;
END;
-- ;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF name, email, partner_id ON contacts BEGIN
    UPDATE partner_fts SET contacts = coalesce((SELECT group_concat(name || ' ' || email, ' ') FROM contacts WHERE partner_id = old.partner_id), '')
    WHERE rowid = old.partner_id;
    UPDATE partner_fts SET contacts = (SELECT group_concat(name || ' ' || email, ' ') FROM contacts WHERE partner_id = new.partner_id)
    WHERE rowid = new.partner_id;
END;
-- ;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    UPDATE partner_fts SET contacts = coalesce((SELECT group_concat(name || ' ' || email, ' ') FROM contacts WHERE partner_id = old.partner_id), '')
    WHERE rowid = old.partner_id;
END;
-- ;
CREATE VIRTUAL TABLE customer_fts USING fts5 (
    code, name, city, content = 'customers', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
-- ;
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers BEGIN
    INSERT INTO customer_fts (rowid, code, name, city) VALUES (new.id, new.code, new.name, new.city);
END;
-- ;
CREATE TRIGGER customers_fts_update AFTER UPDATE OF code, name, city ON customers BEGIN
    INSERT INTO customer_fts (customer_fts, rowid, code, name, city) VALUES ('delete', old.id, old.code, old.name, old.city);
    INSERT INTO customer_fts (rowid, code, name, city) VALUES (new.id, new.code, new.name, new.city);
END;
-- ;
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers BEGIN
    INSERT INTO customer_fts (customer_fts, rowid, code, name, city) VALUES ('delete', old.id, old.code, old.name, old.city);
END;
