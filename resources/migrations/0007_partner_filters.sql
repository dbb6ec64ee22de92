-- ChannelDesk schema 7: one index holding every partner filter column, so that two or more
-- filters (kind, country, status, level, activation, area, account manager) are counted and
-- matched from the index alone instead of reading each partner's row (PartnerDirectory).
-- Statements are separated by lines holding only "-- ;".

CREATE INDEX partners_filters ON partners (archived_at, kind, country, status, level_id, activation_id,
    area_id, account_manager_id);
