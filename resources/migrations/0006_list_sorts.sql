-- ChannelDesk schema 6: indexes that let lists sort by a column without sorting every row.
-- Statements are separated by lines holding only "-- ;".

-- Partners sorted by account manager walk the users in the order the list shows their label
-- (PartnerDirectory: a nested loop over this index and partners_manager).
CREATE INDEX users_label ON users (coalesce(nullif(display_name, ''), login) COLLATE NOCASE, id);
-- ;
-- The leads list sorted by company or by estimated value (grouped by currency).
CREATE INDEX leads_company ON leads (company COLLATE NOCASE, id);
-- ;
CREATE INDEX leads_value ON leads (currency, estimated_value_minor, id);
