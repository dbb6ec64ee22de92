#include "deferredsearchindex.h"

#include "fulltext.h"

#include <sqlite3.h>

namespace cd {

DeferredSearchIndex::DeferredSearchIndex(sqlite3 *handle)
    : m_handle(handle)
{}

DeferredSearchIndex::~DeferredSearchIndex()
{
    sqlite3_finalize(m_indexPartners);
    sqlite3_finalize(m_indexCustomers);
}

Error DeferredSearchIndex::error() const
{
    return Error::make(Error::Code::Database, QString::fromUtf8(sqlite3_errmsg(m_handle)));
}

Result<bool> DeferredSearchIndex::suspend(bool contacts)
{
    if (isSuspended())
        return true;
    const char *find = contacts
        ? "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
          "('partners_fts_insert', 'contacts_fts_insert', 'customers_fts_insert') ORDER BY name"
        : "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
          "('partners_fts_insert', 'customers_fts_insert') ORDER BY name";
    sqlite3_stmt *query = nullptr;
    if (sqlite3_prepare_v2(m_handle, find, -1, &query, nullptr) != SQLITE_OK)
        return error();
    std::vector<std::pair<std::string, std::string>> found;
    while (sqlite3_step(query) == SQLITE_ROW) {
        found.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(query, 0)),
            reinterpret_cast<const char *>(sqlite3_column_text(query, 1)));
    }
    sqlite3_finalize(query);
    if (found.size() != (contacts ? 3u : 2u))
        return false;
    const QByteArray indexPartners = QStringLiteral(
        "INSERT INTO partner_fts (rowid, code, name, legal_name, city, area, contacts, spelled) "
        "SELECT id, code, name, legal_name, city, area, contacts, %1 FROM ("
        "SELECT p.id, p.code, p.name, p.legal_name, p.city, (SELECT name FROM areas WHERE id = p.area_id) "
        "AS area, coalesce((SELECT group_concat(name || ' ' || email, ' ') FROM contacts WHERE "
        "partner_id = p.id), '') AS contacts FROM partners p WHERE p.id >= ?1 AND p.id < ?2 ORDER BY p.id)")
                                         .arg(fulltext::spelledOutSql(QStringLiteral(
                                             "(name || ' ' || legal_name || ' ' || city || ' ' || "
                                             "coalesce(area, '') || ' ' || contacts)")))
                                         .toUtf8();
    if (sqlite3_prepare_v3(
            m_handle, indexPartners.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_indexPartners, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v3(m_handle,
               "INSERT INTO customer_fts (rowid, code, name, city, spelled) SELECT id, code, name, city, "
               "spelled FROM customers WHERE id >= ?1 AND id < ?2 ORDER BY id",
               -1, SQLITE_PREPARE_PERSISTENT, &m_indexCustomers, nullptr)
            != SQLITE_OK)
        return error();
    for (const auto &[name, definition] : found) {
        const std::string drop = "DROP TRIGGER " + name;
        if (sqlite3_exec(m_handle, drop.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return error();
        m_triggers.emplace_back(name, definition);
    }
    return true;
}

Status DeferredSearchIndex::index(
    qint64 partnersFrom, qint64 partnersTo, qint64 customersFrom, qint64 customersTo)
{
    if (!isSuspended())
        return {};
    for (auto [statement, from, to] : {std::tuple {m_indexPartners, partnersFrom, partnersTo},
             std::tuple {m_indexCustomers, customersFrom, customersTo}}) {
        if (from >= to)
            continue;
        sqlite3_bind_int64(statement, 1, from);
        sqlite3_bind_int64(statement, 2, to);
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE)
            return error();
    }
    return {};
}

Status DeferredSearchIndex::restore()
{
    sqlite3_finalize(m_indexPartners);
    sqlite3_finalize(m_indexCustomers);
    m_indexPartners = m_indexCustomers = nullptr;
    for (const auto &[name, definition] : m_triggers) {
        if (sqlite3_exec(m_handle, definition.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return error();
    }
    m_triggers.clear();
    return {};
}

DeferredIndexes::DeferredIndexes(sqlite3 *handle)
    : m_handle(handle)
{}

Error DeferredIndexes::error() const
{
    return Error::make(Error::Code::Database, QString::fromUtf8(sqlite3_errmsg(m_handle)));
}

Status DeferredIndexes::suspend(const std::vector<std::string> &tables, bool keepUnique)
{
    for (const std::string &table : tables) {
        std::string find = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           "AND tbl_name = ?1";
        if (keepUnique)
            find += " AND sql NOT LIKE 'CREATE UNIQUE%'";
        find += " ORDER BY name";
        sqlite3_stmt *query = nullptr;
        if (sqlite3_prepare_v2(m_handle, find.c_str(), -1, &query, nullptr) != SQLITE_OK)
            return error();
        sqlite3_bind_text(query, 1, table.c_str(), int(table.size()), SQLITE_STATIC);
        std::vector<std::pair<std::string, std::string>> found;
        while (sqlite3_step(query) == SQLITE_ROW) {
            found.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(query, 0)),
                reinterpret_cast<const char *>(sqlite3_column_text(query, 1)));
        }
        sqlite3_finalize(query);
        for (auto &[name, definition] : found) {
            const std::string drop = "DROP INDEX \"" + name + "\"";
            if (sqlite3_exec(m_handle, drop.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return error();
            m_indexes.emplace_back(std::move(name), std::move(definition));
        }
    }
    return {};
}

Status DeferredIndexes::rebuild(qint64 cacheKiB, qint64 sortCacheKiB)
{
    if (m_indexes.empty())
        return {};
    const std::string sortCache = "PRAGMA cache_size = -" + std::to_string(sortCacheKiB);
    sqlite3_exec(m_handle, sortCache.c_str(), nullptr, nullptr, nullptr);
    for (const auto &[name, definition] : m_indexes) {
        if (sqlite3_exec(m_handle, definition.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return error();
    }
    m_indexes.clear();
    const std::string cache = "PRAGMA cache_size = -" + std::to_string(cacheKiB);
    sqlite3_exec(m_handle, cache.c_str(), nullptr, nullptr, nullptr);
    return {};
}

} // namespace cd
