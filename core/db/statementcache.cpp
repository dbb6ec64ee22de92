#include "statementcache.h"

#include "sql.h"

namespace cd::sql {

namespace {
thread_local StatementCache *t_innermost = nullptr;
} // namespace

StatementCache::StatementCache(const QSqlDatabase &db)
    : m_db(db)
    , m_outer(t_innermost)
{
    t_innermost = this;
}

StatementCache::~StatementCache()
{
    t_innermost = m_outer;
}

StatementCache *StatementCache::active(const QSqlDatabase &db)
{
    for (StatementCache *cache = t_innermost; cache; cache = cache->m_outer) {
        if (cache->m_db.connectionName() == db.connectionName())
            return cache;
    }
    return nullptr;
}

Result<QSqlQuery *> StatementCache::query(const QString &statement)
{
    auto it = m_queries.find(statement);
    if (it == m_queries.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(statement))
            return errorFrom(query.lastError(), statement.left(80));
        it = m_queries.emplace(statement, std::move(query)).first;
    }
    return &it->second;
}

} // namespace cd::sql
