#pragma once

// DeferredSearchIndex: the search rows of many new partners and customers written in one statement
// per table instead of one trigger per row, for bulk writes (the demo generator, imports).
//
// The search indexes are filled by triggers, one FTS5 write per inserted row. Worse, every
// statement that writes an FTS5 table inside a transaction opens a statement savepoint, and FTS5
// flushes its pending index data at each one, so a row-by-row load writes a tiny index segment per
// row and spends most of its time merging them. Inside the caller's transaction this drops the
// insert triggers, writes the search rows of ranges of new rows itself (with the content the
// triggers would give them), and recreates the triggers from their stored definitions: the schema
// is the same at the commit, and a rollback takes the drop back with everything else.

#include "common/result.h"

#include <string>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace cd {

class DeferredSearchIndex
{
public:
    explicit DeferredSearchIndex(sqlite3 *handle);
    ~DeferredSearchIndex();
    DeferredSearchIndex(const DeferredSearchIndex &) = delete;
    DeferredSearchIndex &operator=(const DeferredSearchIndex &) = delete;

    // Drops the insert triggers of partners and customers, and with `contacts` that of contacts
    // (only when no contact is added to a partner that already has its search row: the partner's
    // contacts are indexed with the partner). Returns false, changing nothing, for a schema this
    // code does not know; the triggers then stay and do the work.
    Result<bool> suspend(bool contacts);
    bool isSuspended() const { return !m_triggers.empty(); }
    // Writes the search rows of the partners with partnersFrom <= id < partnersTo and of the
    // customers in theirs.
    Status index(qint64 partnersFrom, qint64 partnersTo, qint64 customersFrom, qint64 customersTo);
    // Recreates the dropped triggers.
    Status restore();

private:
    Error error() const;

    sqlite3 *m_handle;
    sqlite3_stmt *m_indexPartners = nullptr;
    sqlite3_stmt *m_indexCustomers = nullptr;
    std::vector<std::pair<std::string, std::string>> m_triggers; // name, definition
};

// DeferredIndexes: every index of a table is one more B-tree to insert each row into, in random
// key order for names and cities; at a million rows that costs far more than building the index
// once from the finished table. A bulk load into tables that hold fewer rows than it adds drops
// their indexes inside its transaction and recreates them from their stored definitions before
// the commit (a rollback takes the drop back). The implicit indexes of UNIQUE constraints always
// stay, and with `keepUnique` the CREATE UNIQUE INDEX ones too, so every rule holds during the load.
class DeferredIndexes
{
public:
    explicit DeferredIndexes(sqlite3 *handle);
    Status suspend(const std::vector<std::string> &tables, bool keepUnique);
    bool isSuspended() const { return !m_indexes.empty(); }
    // Recreates them with a page cache of `sortCacheKiB` (CREATE INDEX sorts in runs as large as
    // the cache; merging runs of a few megabytes beats sorting a gigabyte), then puts back
    // `cacheKiB`.
    Status rebuild(qint64 cacheKiB, qint64 sortCacheKiB = 32000);

private:
    Error error() const;

    sqlite3 *m_handle;
    std::vector<std::pair<std::string, std::string>> m_indexes; // name, definition
};

} // namespace cd
