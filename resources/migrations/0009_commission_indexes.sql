-- Indexes for the commission reads that grow with every settled period.
--
-- Settling looks up each partner's last statement that carried a negative total forward; only
-- those few rows are in this index.
CREATE INDEX commission_statements_carried ON commission_statements (partner_id, currency, period)
    WHERE carried_out_minor < 0;
-- ;
-- The distribution reports over a date range read only this index, not the lines.
CREATE INDEX commission_lines_date
    ON commission_lines (line_date, partner_id, currency, amount_minor, statement_id);
