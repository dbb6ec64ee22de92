#pragma once

// StatementCache: while one is alive, sql::exec() on its connection in this thread prepares each
// statement with bind parameters once and reuses it. A batch that runs the stores' statements
// 100,000 times (an import) otherwise spends most of its time parsing the same SQL again.
//
// Only for straight-line batches: the result of a cached statement must be read before the same
// statement runs again, so nothing inside the scope may iterate a query while running that same
// query for each row. Statements without bind parameters (BEGIN, SAVEPOINT with its unique name)
// are not kept. Destroy the cache before the connection closes.

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>

namespace cd::sql {

class StatementCache
{
public:
    explicit StatementCache(const QSqlDatabase &db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The innermost cache alive for `db`'s connection on this thread, or nullptr.
    static StatementCache *active(const QSqlDatabase &db);
    // `statement` prepared on `db`, on first use; the query stays owned by the cache.
    Result<QSqlQuery *> query(const QString &statement);

private:
    QSqlDatabase m_db;
    std::map<QString, QSqlQuery> m_queries; // QHash would want to copy queries
    StatementCache *m_outer;
};

} // namespace cd::sql
