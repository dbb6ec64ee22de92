-- Indexes for the commission reads that grow with every settled period. (Lines get no index by
-- date: settling a month of a million lines took a third longer with one, see BENCHMARKS.md.)
--
-- Settling looks up each partner's last statement that carried a negative total forward; only
-- those few rows are in this index.
CREATE INDEX commission_statements_carried ON commission_statements (partner_id, currency, period)
    WHERE carried_out_minor < 0;
-- ;
-- Statements by status: what is left to approve or to pay (the start page counts them), oldest
-- period first.
CREATE INDEX commission_statements_status ON commission_statements (status, period);
