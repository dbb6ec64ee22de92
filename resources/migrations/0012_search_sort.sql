-- ChannelDesk schema 12: a search's matches sorted by name without reading their rows.
--
-- A search that matches a few thousand partners (a common surname, a city) sorts all of them by
-- name for its first page: the partner rows lie spread over the whole file, so each match cost a
-- page read (4,753 matches of "Esposito": 10–20 ms at a million partners). This narrow index holds
-- what that sort and the count of current matches need, a hundred and more partners to a page, so
-- a search reads a few thousand small pages that the connection's cache keeps, not as many rows.
CREATE INDEX partners_search_sort ON partners (id, archived_at, name COLLATE NOCASE);
