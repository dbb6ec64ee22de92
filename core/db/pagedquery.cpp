#include "pagedquery.h"

#include "dialect.h"
#include "sql.h"

namespace cd {

PagedQuery::Halves PagedQuery::archivedHalves(const sql::Dialect &dialect, const QString &alias,
    const QList<SortKey> &keys, const QString &index, Qt::SortOrder order, bool criteria)
{
    Halves h;
    h.first = alias + QStringLiteral(".archived_at IS NULL");
    h.second = alias + QStringLiteral(".archived_at IS NOT NULL");
    // Alone, the archived half is read from the sort index and sorted; with other criteria the
    // planner picks the index of one of them.
    if (!criteria)
        h.secondIndex = dialect.useIndex(index);
    QStringList columns;
    for (qsizetype i = 0; i < keys.size(); ++i)
        columns << QStringLiteral("%1 AS sort_key%2").arg(keys.at(i).column).arg(i);
    columns << QStringLiteral("%1.id AS sort_id").arg(alias);
    h.keys = columns.join(QStringLiteral(", "));
    h.orderBy = [&dialect, order, keys](bool reversed) -> QString {
        const bool ascending = (order == Qt::AscendingOrder) != reversed;
        const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
        QStringList terms;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QString key = QStringLiteral("sort_key%1").arg(i);
            terms << (keys.at(i).caseless ? dialect.caseless(key) : key) + dir;
        }
        terms << QStringLiteral("sort_id") + dir;
        return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
    };
    return h;
}

Result<bool> PagedQuery::hasFewMatches(const QSqlDatabase &db, qint64 total) const
{
    auto n = matchesUpTo(db, total, kSortMatchesBelow);
    if (!n)
        return n.error();
    return n.value() < kSortMatchesBelow;
}

Result<qint64> PagedQuery::matchesUpTo(const QSqlDatabase &db, qint64 total, qint64 cap) const
{
    if (total >= 0)
        return total;
    return countUpTo(db, cap);
}

QString PagedQuery::halfFrom(const QString &index, const QString &condition) const
{
    return QStringLiteral(" FROM ") + (walkFrom.isEmpty() ? table + index : walkFrom)
        + (where.isEmpty() ? QStringLiteral(" WHERE ") : where + QStringLiteral(" AND ")) + condition;
}

Result<qint64> PagedQuery::count(const QSqlDatabase &db) const
{
    return countUpTo(db, -1);
}

Result<qint64> PagedQuery::countUpTo(const QSqlDatabase &db, qint64 cap) const
{
    const QString limit = cap < 0 ? QString() : QStringLiteral(" LIMIT ?");
    QVariantList all = binds;
    if (cap >= 0)
        all << cap;
    QString statement;
    if (readsHalves()) {
        // Each half through its own index: without the archived state the list's indexes, which
        // lead with it, would not serve the criteria at all.
        all += all;
        const auto half = [&](const QString &index, const QString &condition) -> QString {
            return QStringLiteral("(SELECT count(*) FROM (SELECT 1") + halfFrom(index, condition) + limit
                + QStringLiteral("))");
        };
        statement = QStringLiteral("SELECT ") + half(halves->firstIndex, halves->first)
            + QStringLiteral(" + ") + half(halves->secondIndex, halves->second);
    } else if (cap < 0) {
        statement = QStringLiteral("SELECT count(*) FROM ") + walk() + where;
    } else {
        statement = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM ") + walk() + where + limit
            + QStringLiteral(")");
    }
    auto v = sql::scalar(db, with + statement, all);
    if (!v)
        return v.error();
    const qint64 n = v.value().toLongLong();
    return cap < 0 ? n : std::min(n, cap);
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
    if (readsHalves()) {
        const auto half = [&](const QString &index, const QString &condition) -> QString {
            return QStringLiteral("SELECT ") + id + QStringLiteral(" AS page_id, ") + halves->keys
                + halfFrom(index, condition);
        };
        inner = half(halves->firstIndex, halves->first) + QStringLiteral(" UNION ALL ")
            + half(halves->secondIndex, halves->second) + halves->orderBy(*reversed);
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
