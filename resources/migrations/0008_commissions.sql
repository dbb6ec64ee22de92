-- ChannelDesk schema 8: commissions and payouts. Sales documents are the base; plans, plan
-- assignments, customer overrides and split rules say what each partner earns on them; settled
-- periods keep draft, approved and paid statements with every line; payouts pay approved ones.
-- Rates are exact decimals as text ("0.125" = 12.5 %), amounts integer minor units beside their
-- currency. Rules carry the first day they apply (valid_from); a rule given without a date starts
-- with the first period not yet settled, so settled statements never change.
-- Statements are separated by lines holding only "-- ;" so triggers can contain semicolons.

-- The partner's default rate (NULL = none); taken from its latest agreement that has one.
ALTER TABLE partners ADD COLUMN commission_rate TEXT;
-- ;
-- A margin reseller buys and resells: it earns its margin, not a commission, and is never paid out.
ALTER TABLE partners ADD COLUMN margin_based INTEGER NOT NULL DEFAULT 0 CHECK (margin_based IN (0, 1));
-- ;
UPDATE partners SET commission_rate = (
    SELECT a.commission_rate FROM agreements a
    WHERE a.partner_id = partners.id AND a.commission_rate NOT IN ('', '0')
    ORDER BY a.id DESC LIMIT 1)
WHERE id IN (SELECT partner_id FROM agreements WHERE commission_rate NOT IN ('', '0'));
-- ;
-- Who a customer's primary partner was on a date: the old partner of the first change after that
-- date, or the current one. Only changes are written, so the bulk paths pay nothing for it.
CREATE TABLE customer_partner_changes (
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    changed_on TEXT NOT NULL,
    old_partner_id INTEGER REFERENCES partners(id),
    new_partner_id INTEGER REFERENCES partners(id)
);
-- ;
CREATE INDEX customer_partner_changes_customer ON customer_partner_changes (customer_id, changed_on);
-- ;
CREATE TRIGGER customers_partner_changed AFTER UPDATE OF partner_id ON customers
WHEN old.partner_id IS NOT new.partner_id BEGIN
    INSERT INTO customer_partner_changes (customer_id, changed_on, old_partner_id, new_partner_id)
    VALUES (new.id, substr(new.updated_at, 1, 10), old.partner_id, new.partner_id);
END;
-- ;
-- The same for a partner's parent: a moved partner's old sales keep the chain of their date.
CREATE TABLE partner_parent_changes (
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    changed_on TEXT NOT NULL,
    old_parent_id INTEGER REFERENCES partners(id),
    new_parent_id INTEGER REFERENCES partners(id)
);
-- ;
CREATE INDEX partner_parent_changes_partner ON partner_parent_changes (partner_id, changed_on);
-- ;
CREATE TRIGGER partners_parent_changed AFTER UPDATE OF parent_id ON partners
WHEN old.parent_id IS NOT new.parent_id BEGIN
    INSERT INTO partner_parent_changes (partner_id, changed_on, old_parent_id, new_parent_id)
    VALUES (new.id, substr(new.updated_at, 1, 10), old.parent_id, new.parent_id);
END;
-- ;
-- Invoices and credit notes. partner_id is resolved when the document is stored: the one the file
-- names, else the customer's primary partner on the document date.
CREATE TABLE sales (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit')),
    issued_on TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    partner_id INTEGER REFERENCES partners(id),
    partner_given INTEGER NOT NULL DEFAULT 0,
    distributor_id INTEGER REFERENCES partners(id),
    invoice_id INTEGER REFERENCES sales(id),
    category TEXT NOT NULL DEFAULT '',
    amount_minor INTEGER NOT NULL CHECK (amount_minor >= 0),
    currency TEXT NOT NULL,
    cost_minor INTEGER CHECK (cost_minor IS NULL OR cost_minor >= 0),
    paid_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (invoice_id IS NULL OR kind = 'credit')
);
-- ;
CREATE INDEX sales_issued ON sales (issued_on, id);
-- ;
CREATE INDEX sales_paid ON sales (paid_on, id) WHERE paid_on IS NOT NULL;
-- ;
CREATE INDEX sales_customer ON sales (customer_id, currency, issued_on);
-- ;
CREATE INDEX sales_partner ON sales (partner_id, issued_on, id);
-- ;
CREATE INDEX sales_invoice ON sales (invoice_id) WHERE invoice_id IS NOT NULL;
-- ;
CREATE INDEX sales_updated ON sales (updated_at);
-- ;
-- A plan: a fixed rate or tiers ("0:0.05,10000:0.075": from 10,000 of the period's volume in the
-- line's currency, inclusive, 7.5 %), rates per product category ("Hardware:0.04"), when it pays,
-- caps (major units of the line's currency) and the cascade up the hierarchy ("0.02,0.01").
CREATE TABLE commission_plans (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    basis TEXT NOT NULL CHECK (basis IN ('fixed', 'tiered')),
    rate TEXT NOT NULL DEFAULT '0',
    tiers TEXT NOT NULL DEFAULT '',
    tier_mode TEXT NOT NULL DEFAULT 'whole' CHECK (tier_mode IN ('whole', 'marginal')),
    category_rates TEXT NOT NULL DEFAULT '',
    timing TEXT NOT NULL DEFAULT 'invoice' CHECK (timing IN ('invoice', 'payment')),
    line_cap TEXT,
    period_cap TEXT,
    cascade TEXT NOT NULL DEFAULT '',
    distributor_rate TEXT,
    distributor_share TEXT,
    include_deals INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
-- ;
-- A plan for a partner or for a level from a date on; plan_id NULL ends the previous one.
CREATE TABLE commission_plan_assignments (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER REFERENCES commission_plans(id),
    partner_id INTEGER REFERENCES partners(id),
    level_id INTEGER REFERENCES partner_levels(id),
    valid_from TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    CHECK ((partner_id IS NULL) <> (level_id IS NULL))
);
-- ;
CREATE INDEX commission_plan_assignments_partner ON commission_plan_assignments (partner_id, valid_from)
WHERE partner_id IS NOT NULL;
-- ;
CREATE INDEX commission_plan_assignments_level ON commission_plan_assignments (level_id, valid_from)
WHERE level_id IS NOT NULL;
-- ;
-- A rate for one (customer, partner) from a date on; rate NULL ends it.
CREATE TABLE commission_overrides (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    rate TEXT,
    valid_from TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
-- ;
CREATE INDEX commission_overrides_customer ON commission_overrides (customer_id, partner_id, valid_from);
-- ;
-- A customer's sales shared among partners from a date on; a split without shares ends it.
CREATE TABLE commission_splits (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    valid_from TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
-- ;
CREATE INDEX commission_splits_customer ON commission_splits (customer_id, valid_from);
-- ;
CREATE TABLE commission_split_shares (
    split_id INTEGER NOT NULL REFERENCES commission_splits(id),
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    share TEXT NOT NULL,
    PRIMARY KEY (split_id, partner_id)
);
-- ;
-- Per-link distributor part: a rate of the distributor's own on the base, or a share of the
-- reseller's commission.
ALTER TABLE distributor_links ADD COLUMN commission_rate TEXT;
-- ;
ALTER TABLE distributor_links ADD COLUMN commission_share TEXT;
-- ;
CREATE TABLE commission_periods (
    period TEXT PRIMARY KEY,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    settled_at TEXT NOT NULL,
    settled_by TEXT NOT NULL
);
-- ;
CREATE TABLE payouts (
    id INTEGER PRIMARY KEY,
    currency TEXT NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    execution_date TEXT NOT NULL,
    file_name TEXT NOT NULL DEFAULT '',
    total_minor INTEGER NOT NULL,
    statement_count INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
-- ;
-- One statement per partner, period and currency. total = lines + carried_in; a negative total is
-- carried out to the partner's next statement in that currency and nothing is payable.
CREATE TABLE commission_statements (
    id INTEGER PRIMARY KEY,
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    period TEXT NOT NULL REFERENCES commission_periods(period),
    currency TEXT NOT NULL,
    lines_minor INTEGER NOT NULL,
    carried_in_minor INTEGER NOT NULL DEFAULT 0,
    total_minor INTEGER NOT NULL,
    payable_minor INTEGER NOT NULL CHECK (payable_minor >= 0),
    carried_out_minor INTEGER NOT NULL CHECK (carried_out_minor <= 0),
    line_count INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'paid')),
    created_at TEXT NOT NULL,
    approved_at TEXT,
    approved_by TEXT,
    paid_at TEXT,
    payout_id INTEGER REFERENCES payouts(id),
    UNIQUE (partner_id, period, currency)
);
-- ;
CREATE INDEX commission_statements_period ON commission_statements (period, status, currency);
-- ;
-- rule: override, plan, level-plan, default; role: direct, split, cascade, distributor,
-- distributor-share (the part of the seller's commission the distributor takes).
CREATE TABLE commission_lines (
    id INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES commission_statements(id),
    source TEXT NOT NULL CHECK (source IN ('sale', 'deal')),
    source_id INTEGER NOT NULL,
    partner_id INTEGER NOT NULL REFERENCES partners(id),
    role TEXT NOT NULL,
    depth INTEGER NOT NULL DEFAULT 0,
    from_partner_id INTEGER REFERENCES partners(id),
    line_period TEXT NOT NULL,
    line_date TEXT NOT NULL,
    adjustment INTEGER NOT NULL DEFAULT 0,
    settled_minor INTEGER NOT NULL DEFAULT 0,
    base_minor INTEGER NOT NULL,
    share TEXT,
    rule TEXT NOT NULL,
    plan_id INTEGER REFERENCES commission_plans(id),
    bracket TEXT NOT NULL DEFAULT '',
    rate TEXT NOT NULL,
    capped INTEGER NOT NULL DEFAULT 0,
    amount_minor INTEGER NOT NULL,
    currency TEXT NOT NULL
);
-- ;
CREATE INDEX commission_lines_statement ON commission_lines (statement_id, id);
-- ;
CREATE INDEX commission_lines_source ON commission_lines (source, source_id);
-- ;
-- Approved and paid statements never change; the one step after approval is a payout marking
-- an approved statement paid.
CREATE TRIGGER commission_statements_frozen BEFORE UPDATE ON commission_statements
WHEN old.status <> 'draft' AND NOT (old.status = 'approved' AND new.status = 'paid'
    AND new.lines_minor = old.lines_minor AND new.total_minor = old.total_minor
    AND new.payable_minor = old.payable_minor AND new.carried_in_minor = old.carried_in_minor
    AND new.carried_out_minor = old.carried_out_minor AND new.partner_id = old.partner_id
    AND new.period = old.period AND new.currency = old.currency) BEGIN
    SELECT RAISE(ABORT, 'an approved statement cannot be changed');
END;
-- ;
CREATE TRIGGER commission_statements_no_delete BEFORE DELETE ON commission_statements
WHEN old.status <> 'draft' BEGIN
    SELECT RAISE(ABORT, 'an approved statement cannot be deleted');
END;
-- ;
CREATE TRIGGER commission_lines_frozen_insert BEFORE INSERT ON commission_lines
WHEN (SELECT status FROM commission_statements WHERE id = new.statement_id) <> 'draft' BEGIN
    SELECT RAISE(ABORT, 'an approved statement cannot be changed');
END;
-- ;
CREATE TRIGGER commission_lines_frozen_update BEFORE UPDATE ON commission_lines
WHEN (SELECT status FROM commission_statements WHERE id = old.statement_id) <> 'draft' BEGIN
    SELECT RAISE(ABORT, 'an approved statement cannot be changed');
END;
-- ;
CREATE TRIGGER commission_lines_frozen_delete BEFORE DELETE ON commission_lines
WHEN (SELECT status FROM commission_statements WHERE id = old.statement_id) <> 'draft' BEGIN
    SELECT RAISE(ABORT, 'an approved statement cannot be changed');
END;
