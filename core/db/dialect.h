#pragma once

// Dialect: the SQL that differs between database engines, written in one place. Query builders in
// core ask the dialect of their connection for case-insensitive ordering, planner hints, the
// full-text search condition and the schema catalogue instead of writing SQLite's spelling
// themselves, so PostgreSQL (QPSQL) can come as one more implementation of this interface.
//
// What stays SQLite-only on purpose, because it talks to the SQLite library itself: opening and
// migrating a file (database.cpp), the bulk-write settings (bulkwrite.cpp) and the deferred search
// index and index builds of bulk loads (deferredsearchindex.cpp).

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cd::sql {

// How a new connection should behave; the dialect turns it into its own settings statements.
struct ConnectionTuning
{
    bool sharedFile = false; // a file on a network share: no WAL, full syncs
    int cacheKiB = 8000; // the connection's page cache
};

class Dialect
{
public:
    virtual ~Dialect() = default;

    // The Qt SQL driver this dialect speaks to ("QSQLITE", "QPSQL").
    virtual QString driver() const = 0;

    // `expression` as compared and ordered without regard to case (the way the name indexes are
    // built), for ORDER BY terms and keyset comparisons.
    virtual QString caseless(const QString &expression) const = 0;

    // `column` (qualified, "p.kind") such that the planner does not serve it from an index: used
    // when another condition (a search) should drive the query and this one only filters.
    virtual QString unindexed(const QString &column) const = 0;

    // Text to write after a table and its alias in FROM that makes the planner use `index`; empty
    // where the engine has no such hint.
    virtual QString useIndex(const QString &index) const = 0;

    // The value to bind for a user's search text: every word a required prefix, German spellings
    // folded; empty when the text has no words (then there is no search condition).
    virtual QString searchQuery(const QString &text) const = 0;
    // SELECT of the ids of `entity`'s search index (partner, customer) whose row matches one bound
    // searchQuery() value. "id IN (searchIds)" drives a query from the matches; "unindexed(id) IN
    // (searchIds)" gathers them once into a set that each row of a walked sort index is looked up in.
    virtual QString searchIds(const QString &entity) const = 0;

    // SELECT name, sql of the schema's objects of the type bound as the one parameter ('table',
    // 'index', 'trigger').
    virtual QString schemaObjects() const = 0;

    // Statements that set up a new connection.
    virtual QStringList connectionSetup(const ConnectionTuning &tuning) const = 0;
};

// The dialect of SQLite, the embedded default.
const Dialect &sqliteDialect();
// The dialect of `db`'s driver. Only SQLite exists so far; other drivers get SQLite's (and fail on
// its first SQLite-only statement with the driver's own message).
const Dialect &dialect(const QSqlDatabase &db);

} // namespace cd::sql
