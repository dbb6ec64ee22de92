-- ChannelDesk schema 4: leads with routing state and dual attribution, partner declines, the
-- configurable deal pipeline and deals.
-- Statements are separated by lines holding only "-- ;" so triggers can contain semicolons.

-- A lead keeps its submitting distributor on its own row: removing the distributor link later
-- never changes the attribution. assigned_at / accepted_at keep the first time the lead reached
-- that state, so reports count a lead that was later declined or lost exactly once.
CREATE TABLE leads (
    id INTEGER PRIMARY KEY,
    company TEXT NOT NULL,
    contact_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    street TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    area_id INTEGER REFERENCES areas(id),
    latitude REAL,
    longitude REAL,
    estimated_value_minor INTEGER,
    currency TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new'
        CHECK (status IN ('new', 'assigned', 'accepted', 'declined', 'converted', 'lost')),
    assigned_partner_id INTEGER REFERENCES partners(id),
    submitted_by_distributor_id INTEGER REFERENCES partners(id),
    flag_reason TEXT NOT NULL DEFAULT '',
    flagged_at TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    assigned_at TEXT,
    accepted_at TEXT,
    closed_at TEXT,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK ((estimated_value_minor IS NULL) = (currency = ''))
);
-- ;
-- Leads waiting for routing, found by seek however many leads are closed.
CREATE INDEX leads_waiting ON leads (id)
WHERE assigned_partner_id IS NULL AND status IN ('new', 'declined');
-- ;
CREATE INDEX leads_status ON leads (status, id);
-- ;
-- A partner's leads by status (lists, open-lead roll-ups, conversion by reseller).
CREATE INDEX leads_partner ON leads (assigned_partner_id, status, id);
-- ;
-- A distributor's submitted leads in a date range (lead flow, scoping).
CREATE INDEX leads_distributor ON leads (submitted_by_distributor_id, created_at, id);
-- ;
CREATE INDEX leads_created ON leads (created_at, id);
-- ;
CREATE INDEX leads_flagged ON leads (id) WHERE flag_reason <> '';
-- ;
CREATE INDEX leads_area ON leads (area_id, id);
-- ;
CREATE INDEX leads_country ON leads (country, id);
-- ;
-- A partner that declined a lead is never offered it again.
CREATE TABLE lead_declines (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL REFERENCES leads(id),
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    reason TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    user_login TEXT NOT NULL DEFAULT ''
);
-- ;
CREATE UNIQUE INDEX lead_declines_pair ON lead_declines (lead_id, partner_id);
-- ;
CREATE INDEX lead_declines_partner ON lead_declines (partner_id, lead_id);
-- ;
CREATE TABLE deal_stages (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    sequence INTEGER NOT NULL DEFAULT 0,
    won INTEGER NOT NULL DEFAULT 0,
    lost INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (NOT (won AND lost))
);
-- ;
INSERT INTO deal_stages (name, sequence, won, lost) VALUES
    ('Qualification', 1, 0, 0), ('Proposal', 2, 0, 0), ('Negotiation', 3, 0, 0),
    ('Won', 4, 1, 0), ('Lost', 5, 0, 1);
-- ;
-- The attribution chain (reseller, distributor) is copied from the lead at conversion.
CREATE TABLE deals (
    id INTEGER PRIMARY KEY,
    lead_id INTEGER NOT NULL UNIQUE REFERENCES leads(id),
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    distributor_id INTEGER REFERENCES partners(id),
    stage_id INTEGER NOT NULL REFERENCES deal_stages(id),
    value_minor INTEGER NOT NULL DEFAULT 0,
    currency TEXT NOT NULL,
    expected_close TEXT,
    outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost')),
    created_at TEXT NOT NULL,
    closed_at TEXT,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
-- ;
CREATE INDEX deals_partner ON deals (partner_id, outcome, id);
-- ;
CREATE INDEX deals_distributor ON deals (distributor_id, outcome, id);
-- ;
CREATE INDEX deals_stage ON deals (stage_id, id);
-- ;
-- Won value reports walk the won deals of a closing-date range.
CREATE INDEX deals_closed ON deals (outcome, closed_at, id);
