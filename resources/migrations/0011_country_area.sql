-- ChannelDesk schema 11: a country's partners in area order; customers without a partner by country
-- and by segment; a segment's customers by name; a distributor's sales.
--
-- Areas go with countries, so the partners of one country sorted by area walked the partners of
-- every area before that country's first one and read each row to test its country (93 ms for
-- Germany; 1.2 s with the archived partners too, at a million partners). This index holds each
-- country's partners area by area, so every area's partners of the country are one range of it.

CREATE INDEX partners_country_area ON partners (archived_at, country, area_id, id);
-- ;
-- Customers without a partner (a tenth of them) in one country or one segment: their own ranges.
-- The country's range held ten times as many customers with a partner, read to count the direct
-- ones and again to gather them (140 ms for France at 5 M customers). Partial indexes: they hold
-- only the customers without a partner.
CREATE INDEX customers_direct_country ON customers (archived_at, country, segment, id) WHERE partner_id IS NULL;
-- ;
CREATE INDEX customers_direct_segment ON customers (archived_at, segment, id) WHERE partner_id IS NULL;
-- ;
-- A segment's customers in name order: names go together with the segment (hospitals, schools), so
-- the name index passed 18,000 customers, reading each, before the 128th of Healthcare (160 ms).
-- Sorting by segment is now by segment, then name, as sorting by country is by country, then city.
DROP INDEX customers_segment;
-- ;
CREATE INDEX customers_segment ON customers (archived_at, segment, name COLLATE NOCASE, id, partner_id);
-- ;
-- A distributor's sales, for one partner's statement of an open period: the sellers whose whole
-- base its share of their commission needs.
CREATE INDEX sales_distributor ON sales (distributor_id) WHERE distributor_id IS NOT NULL;
