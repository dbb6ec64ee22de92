-- ChannelDesk schema 10: a country's partners and customers in city and in name order, and the
-- customer filters tested inside the indexes.
--
-- Cities belong to a country, so walking the city index for one country passed every city of the
-- countries before it (224,859 customers before the first German city at 5 M customers: 0.6 s for
-- the first page, 3 s for Austria); names are correlated with the country too (0.4 s for Poland).
-- The country indexes now give both orders; the country sort is country, then city. They and the
-- segment index carry the other customer filter columns after the id, so that a second filter
-- (without a partner, a segment) is tested in the index rather than by reading each row.
-- Statements are separated by lines holding only "-- ;".

DROP INDEX partners_country;
-- ;
CREATE INDEX partners_country ON partners (archived_at, country, city COLLATE NOCASE, id);
-- ;
DROP INDEX customers_country;
-- ;
CREATE INDEX customers_country ON customers (archived_at, country, city COLLATE NOCASE, id, partner_id, segment);
-- ;
CREATE INDEX customers_country_name ON customers (archived_at, country, name COLLATE NOCASE, id, segment,
    partner_id);
-- ;
DROP INDEX customers_segment;
-- ;
CREATE INDEX customers_segment ON customers (archived_at, segment, id, partner_id);
