#include "networkscope.h"

#include "db/dialect.h"
#include "db/sql.h"
#include "networktree.h"

#include <QSqlQuery>

namespace cd {

NetworkScope::NetworkScope(const Database &db)
    : m_db(db)
{}

QString NetworkScope::cteSql()
{
    // UNION (not UNION ALL) drops partners reached twice (a linked reseller inside the distributor's
    // own subtree) and so also ends any walk over a hand-made cycle.
    return QStringLiteral(
        "scope_root(id) AS (SELECT ?),"
        " scope_partners(id) AS ("
        " SELECT id FROM scope_root"
        " UNION"
        " SELECT l.reseller_id FROM distributor_links l JOIN scope_root r ON l.distributor_id = r.id"
        " WHERE l.removed_at IS NULL"
        " UNION"
        " SELECT p.id FROM partners p JOIN scope_partners s ON p.parent_id = s.id)");
}

Result<QList<qint64>> NetworkScope::visiblePartnerIds(qint64 distributorId) const
{
    return sql::ids(m_db.sql(),
        QStringLiteral("WITH RECURSIVE ") + cteSql()
            + QStringLiteral(
                " SELECT DISTINCT s.id FROM scope_partners s JOIN partners p ON p.id = s.id ORDER BY s.id"),
        {distributorId});
}

Result<qint64> NetworkScope::visiblePartnerCount(qint64 distributorId) const
{
    auto v = sql::scalar(m_db.sql(),
        QStringLiteral("WITH RECURSIVE ") + cteSql()
            + QStringLiteral(
                " SELECT count(DISTINCT s.id) FROM scope_partners s JOIN partners p ON p.id = s.id"),
        {distributorId});
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<bool> NetworkScope::canSee(qint64 distributorId, qint64 partnerId) const
{
    // Upwards from the partner: visible when the distributor or one of its active resellers is the
    // partner or above it. Cheaper than the whole scope for a single question.
    auto v = sql::scalar(m_db.sql(),
        QStringLiteral("WITH RECURSIVE up(id, lvl) AS ("
                       " SELECT id, 0 FROM partners WHERE id = ?"
                       " UNION ALL"
                       " SELECT a.parent_id, up.lvl + 1 FROM partners a JOIN up ON a.id = up.id"
                       " WHERE a.parent_id IS NOT NULL AND up.lvl < 10000)"
                       " SELECT EXISTS (SELECT 1 FROM up WHERE up.id = ?"
                       " OR EXISTS (SELECT 1 FROM distributor_links l WHERE l.distributor_id = ?"
                       " AND l.reseller_id = up.id AND l.removed_at IS NULL))"),
        {partnerId, distributorId, distributorId});
    if (!v)
        return v.error();
    return v.value().toBool();
}

Result<qint64> NetworkScope::visibleCustomerCount(qint64 distributorId) const
{
    auto v = sql::scalar(m_db.sql(),
        QStringLiteral("WITH RECURSIVE ") + cteSql()
            + QStringLiteral(" SELECT count(*) FROM customers c WHERE c.archived_at IS NULL"
                             " AND c.partner_id IN (SELECT id FROM scope_partners)"),
        {distributorId});
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<QList<qint64>> NetworkScope::visibleCustomerIds(qint64 distributorId, int limit, int offset) const
{
    return sql::ids(m_db.sql(),
        QStringLiteral("WITH RECURSIVE ") + cteSql()
            + QStringLiteral(
                " SELECT c.id FROM customers c WHERE c.archived_at IS NULL"
                " AND c.partner_id IN (SELECT id FROM scope_partners) ORDER BY c.id LIMIT ? OFFSET ?"),
        {distributorId, limit, offset});
}

Result<QList<ScopedReseller>> NetworkScope::directResellers(qint64 distributorId, int limit, int offset) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1, max(x.child), max(x.linked), max(x.focus) FROM ("
                       " SELECT c.id AS pid, 1 AS child, 0 AS linked, '' AS focus FROM partners c"
                       " WHERE c.parent_id = ? AND c.archived_at IS NULL"
                       " UNION ALL"
                       " SELECT l.reseller_id, 0, 1, l.focus FROM distributor_links l"
                       " WHERE l.distributor_id = ? AND l.removed_at IS NULL"
                       ") x JOIN partners p ON p.id = x.pid"
                       " GROUP BY p.id ORDER BY %2, p.id LIMIT ? OFFSET ?")
            .arg(NetworkTree::nodeColumns(), sql::dialect(m_db.sql()).caseless(QStringLiteral("p.name"))),
        {distributorId, distributorId, limit, offset});
    if (!q)
        return q.error();
    QList<ScopedReseller> list;
    while (q.value().next()) {
        ScopedReseller r;
        r.node = NetworkTree::nodeFromRow(q.value());
        r.child = q.value().value(9).toBool();
        r.linked = q.value().value(10).toBool();
        r.focus = q.value().value(11).toString();
        list.append(r);
    }
    return list;
}

Result<QList<NetworkNode>> NetworkScope::distributors(int limit, int offset) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM partners p WHERE p.archived_at IS NULL AND p.kind = 'distributor'"
                       " ORDER BY %2, p.id LIMIT ? OFFSET ?")
            .arg(NetworkTree::nodeColumns(), sql::dialect(m_db.sql()).caseless(QStringLiteral("p.name"))),
        {limit, offset});
    if (!q)
        return q.error();
    QList<NetworkNode> list;
    while (q.value().next())
        list.append(NetworkTree::nodeFromRow(q.value()));
    return list;
}

Status NetworkScope::fillTempTable(qint64 distributorId) const
{
    if (Status s = sql::run(m_db.sql(),
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS network_scope (partner_id INTEGER PRIMARY KEY)"));
        !s)
        return s;
    if (Status s = sql::run(m_db.sql(), QStringLiteral("DELETE FROM temp.network_scope")); !s)
        return s;
    return sql::run(m_db.sql(),
        QStringLiteral("WITH RECURSIVE ") + cteSql()
            + QStringLiteral(
                " INSERT OR IGNORE INTO temp.network_scope (partner_id) SELECT id FROM scope_partners"),
        {distributorId});
}

} // namespace cd
