#include "pagedquery.h"

#include "dialect.h"
#include "sql.h"

namespace cd {

PagedQuery::Halves PagedQuery::archivedHalves(const sql::Dialect &dialect, const QString &alias,
    const QString &column, bool caseless, const QString &index, Qt::SortOrder order, bool criteria)
{
    Halves h;
    h.first = alias + QStringLiteral(".archived_at IS NULL");
    h.second = alias + QStringLiteral(".archived_at IS NOT NULL");
    // Alone, the archived half is read from the sort index and sorted; with other criteria the
    // planner picks the index of one of them.
    if (!criteria)
        h.secondIndex = dialect.useIndex(index);
    h.keys = QStringLiteral("%1 AS sort_key, %2.id AS sort_id").arg(column, alias);
    h.orderBy = [&dialect, order, caseless](bool reversed) -> QString {
        const bool ascending = (order == Qt::AscendingOrder) != reversed;
        const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        const QString key = QStringLiteral("sort_key");
        return QStringLiteral(" ORDER BY ") + (caseless ? dialect.caseless(key) : key) + dir
            + QStringLiteral(", sort_id") + dir;
    };
    return h;
}

Result<qint64> PagedQuery::count(const QSqlDatabase &db) const
{
    auto v = sql::scalar(db, with + QStringLiteral("SELECT count(*) FROM ") + walk() + where, binds);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<qint64> PagedQuery::countUpTo(const QSqlDatabase &db, qint64 cap) const
{
    QVariantList all = binds;
    all << cap;
    auto v = sql::scalar(db,
        with + QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM ") + walk() + where
            + QStringLiteral(" LIMIT ?)"),
        all);
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

Result<QSqlQuery> PagedQuery::pageQuery(
    const QSqlDatabase &db, qint64 offset, int limit, qint64 total, bool *reversed) const
{
    *reversed = total > 0 && offset > total / 2;
    qint64 sqlOffset = std::max<qint64>(0, offset);
    qint64 sqlLimit = std::max(0, limit);
    if (*reversed) {
        // Row k of n is row n-1-k backwards.
        const qint64 end = std::min(total, offset + limit);
        sqlOffset = total - end;
        sqlLimit = std::max<qint64>(0, end - offset);
    }
    const QString order = orderBy(*reversed);
    QVariantList all = binds;
    QString inner;
    if (halves && walkFrom.isEmpty() && filterJoins.isEmpty()) {
        const auto half = [&](const QString &from, const QString &condition) -> QString {
            return QStringLiteral("SELECT ") + id + QStringLiteral(" AS page_id, ") + halves->keys
                + QStringLiteral(" FROM ") + from
                + (where.isEmpty() ? QStringLiteral(" WHERE ") : where + QStringLiteral(" AND ")) + condition;
        };
        inner = half(table, halves->first) + QStringLiteral(" UNION ALL ")
            + half(table + halves->secondIndex, halves->second) + halves->orderBy(*reversed);
        all += binds; // the WHERE is in both halves
    } else {
        inner = QStringLiteral("SELECT ") + id + QStringLiteral(" AS page_id FROM ") + walk() + where + order;
    }
    all << sqlLimit << sqlOffset;
    // The inner query walks ids only; the outer one joins the page's rows to their columns.
    const QString statement = with + QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM (") + inner
        + QStringLiteral(" LIMIT ? OFFSET ?) pg JOIN ") + table + QStringLiteral(" ON ") + id
        + QStringLiteral(" = pg.page_id") + filterJoins + rowJoins + order;
    return sql::exec(db, statement, all);
}

Status PagedQuery::forEach(const QSqlDatabase &db, const std::function<bool(const QSqlQuery &)> &onRow) const
{
    auto q = sql::exec(db,
        with + QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + walk() + rowJoins + where
            + orderBy(false),
        binds);
    if (!q)
        return q.error();
    while (q.value().next()) {
        if (!onRow(q.value()))
            break;
    }
    return {};
}

} // namespace cd
