#include "networktree.h"

#include "db/dialect.h"
#include "db/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cd {

namespace {

// A stored cycle cannot be created through NetworkStore, but a file edited by hand could hold one;
// walks stop at this depth instead of looping.
constexpr int kMaxTreeDepth = 10000;

Error nodeNotFound(qint64 id)
{
    return Error::make(Error::Code::NotFound,
        QCoreApplication::translate("NetworkTree", "There is no partner with id %1.").arg(id));
}

} // namespace

NetworkTree::NetworkTree(const Database &db)
    : m_db(db)
{}

QString NetworkTree::nodeColumns(bool includeArchived)
{
    return QStringLiteral("p.id, p.code, p.name, p.kind, p.status, p.country, p.parent_id, "
                          "p.archived_at IS NOT NULL, "
                          "EXISTS (SELECT 1 FROM partners c WHERE c.parent_id = p.id%1)")
        .arg(includeArchived ? QString() : QStringLiteral(" AND c.archived_at IS NULL"));
}

NetworkNode NetworkTree::nodeFromRow(const QSqlQuery &row, int first)
{
    NetworkNode n;
    int i = first;
    n.id = row.value(i++).toLongLong();
    n.code = row.value(i++).toString();
    n.name = row.value(i++).toString();
    n.kind = row.value(i++).toString();
    n.status = row.value(i++).toString();
    n.country = row.value(i++).toString();
    n.parentId = row.value(i++).toLongLong();
    n.archived = row.value(i++).toBool();
    n.hasChildren = row.value(i++).toBool();
    return n;
}

QString NetworkTree::archivedFilter(const QString &alias) const
{
    return m_includeArchived ? QString() : QStringLiteral(" AND %1.archived_at IS NULL").arg(alias);
}

Result<NetworkNode> NetworkTree::node(qint64 id) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM partners p WHERE p.id = ?").arg(nodeColumns(m_includeArchived)), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return nodeNotFound(id);
    return nodeFromRow(q.value());
}

namespace {

// "p.parent_id IS NULL" for the top level so the index is sought on NULL; "= ?" otherwise.
QString parentClause(qint64 parentId, QVariantList &binds)
{
    if (parentId == 0)
        return QStringLiteral("p.parent_id IS NULL");
    binds.append(parentId);
    return QStringLiteral("p.parent_id = ?");
}

Result<QList<NetworkNode>> readNodes(
    const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    auto q = sql::exec(db, statement, binds);
    if (!q)
        return q.error();
    QList<NetworkNode> nodes;
    while (q.value().next())
        nodes.append(NetworkTree::nodeFromRow(q.value()));
    return nodes;
}

} // namespace

Result<QList<NetworkNode>> NetworkTree::children(qint64 parentId, int limit, int offset) const
{
    QVariantList binds;
    const QString where = parentClause(parentId, binds);
    binds << limit << offset;
    const QString name = sql::dialect(m_db.sql()).caseless(QStringLiteral("p.name"));
    return readNodes(m_db.sql(),
        QStringLiteral("SELECT %1 FROM partners p WHERE %2%3 ORDER BY %4, p.id LIMIT ? OFFSET ?")
            .arg(nodeColumns(m_includeArchived), where, archivedFilter(QStringLiteral("p")), name),
        binds);
}

Result<QList<NetworkNode>> NetworkTree::childrenAfter(
    qint64 parentId, const NetworkNode &after, int limit) const
{
    QVariantList binds;
    const QString where = parentClause(parentId, binds);
    binds << after.name << after.name << after.id << limit;
    const QString name = sql::dialect(m_db.sql()).caseless(QStringLiteral("p.name"));
    return readNodes(m_db.sql(),
        QStringLiteral("SELECT %1 FROM partners p WHERE %2%3 AND (%4 > ? OR (%4 = ? AND p.id > ?)) "
                       "ORDER BY %4, p.id LIMIT ?")
            .arg(nodeColumns(m_includeArchived), where, archivedFilter(QStringLiteral("p")), name),
        binds);
}

Result<qint64> NetworkTree::childCount(qint64 parentId) const
{
    QVariantList binds;
    const QString where = parentClause(parentId, binds);
    auto v = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT count(*) FROM partners p WHERE %1%2")
            .arg(where, archivedFilter(QStringLiteral("p"))),
        binds);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<bool> NetworkTree::hasChildren(qint64 id) const
{
    auto v = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM partners p WHERE p.parent_id = ?%1)")
            .arg(archivedFilter(QStringLiteral("p"))),
        {id});
    if (!v)
        return v.error();
    return v.value().toBool();
}

Result<qint64> NetworkTree::rowOf(qint64 id) const
{
    auto me
        = sql::exec(m_db.sql(), QStringLiteral("SELECT parent_id, name FROM partners WHERE id = ?"), {id});
    if (!me)
        return me.error();
    if (!me.value().next())
        return nodeNotFound(id);
    const qint64 parentId = me.value().value(0).toLongLong();
    const QString name = me.value().value(1).toString();
    QVariantList binds;
    const QString where = parentClause(parentId, binds);
    binds << name << name << id;
    const QString caseless = sql::dialect(m_db.sql()).caseless(QStringLiteral("p.name"));
    auto v = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT count(*) FROM partners p WHERE %1%2 AND (%3 < ? OR (%3 = ? AND p.id < ?))")
            .arg(where, archivedFilter(QStringLiteral("p")), caseless),
        binds);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<QList<NetworkNode>> NetworkTree::ancestors(qint64 id) const
{
    auto exists = sql::scalar(m_db.sql(), QStringLiteral("SELECT 1 FROM partners WHERE id = ?"), {id});
    if (!exists)
        return exists.error();
    if (!exists.value().isValid())
        return nodeNotFound(id);
    return readNodes(m_db.sql(),
        QStringLiteral(
            "WITH RECURSIVE up(id, parent_id, lvl) AS ("
            " SELECT id, parent_id, 0 FROM partners WHERE id = ?"
            " UNION ALL"
            " SELECT a.id, a.parent_id, up.lvl + 1 FROM partners a JOIN up ON a.id = up.parent_id"
            " WHERE up.lvl < %1)"
            " SELECT %2 FROM up JOIN partners p ON p.id = up.id WHERE up.lvl > 0 ORDER BY up.lvl DESC")
            .arg(kMaxTreeDepth)
            .arg(nodeColumns(m_includeArchived)),
        {id});
}

Result<QList<qint64>> NetworkTree::path(qint64 id) const
{
    auto up = ancestors(id);
    if (!up)
        return up.error();
    QList<qint64> ids;
    ids.reserve(up.value().size() + 1);
    for (const NetworkNode &n : up.value())
        ids.append(n.id);
    ids.append(id);
    return ids;
}

Result<int> NetworkTree::depth(qint64 id) const
{
    auto exists = sql::scalar(m_db.sql(), QStringLiteral("SELECT 1 FROM partners WHERE id = ?"), {id});
    if (!exists)
        return exists.error();
    if (!exists.value().isValid())
        return nodeNotFound(id);
    auto v = sql::scalar(m_db.sql(),
        QStringLiteral("WITH RECURSIVE up(parent_id, lvl) AS ("
                       " SELECT parent_id, 0 FROM partners WHERE id = ?"
                       " UNION ALL"
                       " SELECT a.parent_id, up.lvl + 1 FROM partners a JOIN up ON a.id = up.parent_id"
                       " WHERE up.lvl < %1)"
                       " SELECT max(lvl) FROM up")
            .arg(kMaxTreeDepth),
        {id});
    if (!v)
        return v.error();
    return v.value().toInt();
}

Result<QList<qint64>> NetworkTree::subtreeIds(qint64 id) const
{
    auto exists = sql::scalar(m_db.sql(), QStringLiteral("SELECT 1 FROM partners WHERE id = ?"), {id});
    if (!exists)
        return exists.error();
    if (!exists.value().isValid())
        return nodeNotFound(id);
    // UNION ALL walks breadth first (SQLite's queue is FIFO), which is the documented order.
    return sql::ids(m_db.sql(),
        QStringLiteral("WITH RECURSIVE down(id, lvl) AS ("
                       " SELECT ?, 0"
                       " UNION ALL"
                       " SELECT p.id, down.lvl + 1 FROM partners p JOIN down ON p.parent_id = down.id"
                       " WHERE down.lvl < %1%2)"
                       " SELECT id FROM down")
            .arg(kMaxTreeDepth)
            .arg(archivedFilter(QStringLiteral("p"))),
        {id});
}

Result<bool> NetworkTree::isInSubtree(qint64 id, qint64 ancestorId) const
{
    if (id == ancestorId)
        return true;
    auto v = sql::scalar(m_db.sql(),
        QStringLiteral("WITH RECURSIVE up(id, parent_id, lvl) AS ("
                       " SELECT id, parent_id, 0 FROM partners WHERE id = ?"
                       " UNION ALL"
                       " SELECT a.id, a.parent_id, up.lvl + 1 FROM partners a JOIN up ON a.id = up.parent_id"
                       " WHERE up.lvl < %1)"
                       " SELECT EXISTS (SELECT 1 FROM up WHERE id = ?)")
            .arg(kMaxTreeDepth),
        {id, ancestorId});
    if (!v)
        return v.error();
    return v.value().toBool();
}

} // namespace cd
