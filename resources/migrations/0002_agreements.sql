-- ChannelDesk schema 2: agreements with their types, contract periods, stage history, versioned
-- documents, the task list and the settings every machine running the daily job must share.
-- Statements are separated by lines holding only "-- ;" so triggers can contain semicolons.

CREATE TABLE agreement_types (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    sequence INTEGER NOT NULL DEFAULT 0
);
-- ;
INSERT INTO agreement_types (key, name, sequence) VALUES
    ('dealer', 'Dealer agreement', 1),
    ('reseller', 'Reseller agreement', 2),
    ('distributor', 'Distribution agreement', 3),
    ('agency', 'Agency agreement', 4);
-- ;
-- One row per year holding the last number handed out; incremented inside the creating transaction
-- so two writers (two machines on one file) can never give out the same number.
CREATE TABLE agreement_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);
-- ;
CREATE TABLE agreements (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    partner_id INTEGER NOT NULL REFERENCES partners (id),
    type_id INTEGER NOT NULL REFERENCES agreement_types (id),
    owner_id INTEGER REFERENCES users (id),
    stage TEXT NOT NULL DEFAULT 'prepared' CHECK (stage IN ('prepared', 'pending-return', 'signed',
        'expiring', 'renewal', 'expired', 'terminated', 'cancelled')),
    commission_rate TEXT NOT NULL DEFAULT '0',
    terms TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    signed_on TEXT,
    ever_signed INTEGER NOT NULL DEFAULT 0,
    terminated_on TEXT,
    termination_reason TEXT NOT NULL DEFAULT '',
    -- The current period, and its end copied here so the kanban sorts and filters by one index.
    current_period_id INTEGER,
    current_end TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
-- ;
-- Kanban columns and the job: one stage in end-date order; "expiring within N days" seeks in it.
CREATE INDEX agreements_stage_end ON agreements (stage, current_end, id);
-- ;
CREATE INDEX agreements_stage_number ON agreements (stage, number);
-- ;
CREATE INDEX agreements_end ON agreements (current_end, id);
-- ;
CREATE INDEX agreements_owner ON agreements (owner_id, stage, current_end, id);
-- ;
CREATE INDEX agreements_partner ON agreements (partner_id, stage, current_end, id);
-- ;
CREATE INDEX agreements_type ON agreements (type_id, stage, current_end, id);
-- ;
CREATE INDEX agreements_updated ON agreements (updated_at, id);
-- ;
CREATE TABLE agreement_periods (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements (id),
    sequence INTEGER NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    notice_days INTEGER NOT NULL DEFAULT 0,
    auto_renew INTEGER NOT NULL DEFAULT 0,
    renewal_months INTEGER NOT NULL DEFAULT 12,
    created_at TEXT NOT NULL,
    UNIQUE (agreement_id, sequence),
    CHECK (end_date >= start_date)
);
-- ;
CREATE TABLE agreement_transitions (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements (id),
    from_stage TEXT NOT NULL,
    to_stage TEXT NOT NULL,
    user_login TEXT NOT NULL,
    at TEXT NOT NULL,
    effective_on TEXT,
    automatic INTEGER NOT NULL DEFAULT 0,
    comment TEXT NOT NULL DEFAULT ''
);
-- ;
CREATE INDEX agreement_transitions_agreement ON agreement_transitions (agreement_id, id);
-- ;
CREATE TABLE agreement_documents (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements (id),
    version INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    user_login TEXT NOT NULL,
    at TEXT NOT NULL,
    generated INTEGER NOT NULL DEFAULT 0,
    signed_copy INTEGER NOT NULL DEFAULT 0,
    UNIQUE (agreement_id, version)
);
-- ;
-- A stored version is evidence: it is never changed or removed, whatever the client does.
CREATE TRIGGER agreement_documents_no_update BEFORE UPDATE ON agreement_documents
BEGIN
    SELECT RAISE(ABORT, 'agreement document versions are never changed');
END;
-- ;
CREATE TRIGGER agreement_documents_no_delete BEFORE DELETE ON agreement_documents
BEGIN
    SELECT RAISE(ABORT, 'agreement document versions are never deleted');
END;
-- ;
CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    agreement_id INTEGER REFERENCES agreements (id),
    partner_id INTEGER REFERENCES partners (id),
    assignee_id INTEGER REFERENCES users (id),
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    done_at TEXT,
    -- Set by the daily job ("renewal:<agreement>:<period>"): a second run, or a run on another
    -- machine, finds the key taken and adds nothing. NULL for tasks people type in.
    dedupe_key TEXT UNIQUE,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
-- ;
CREATE INDEX tasks_assignee_due ON tasks (assignee_id, status, due_date, id);
-- ;
CREATE INDEX tasks_status_due ON tasks (status, due_date, id);
-- ;
CREATE INDEX tasks_agreement ON tasks (agreement_id, status, due_date, id);
-- ;
-- Settings that must be the same for every machine using this database (not per-user QSettings).
CREATE TABLE app_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- ;
INSERT INTO app_settings (key, value) VALUES
    ('agreements.alert_windows', '90,60,30'),
    ('agreements.max_document_bytes', '20971520');
