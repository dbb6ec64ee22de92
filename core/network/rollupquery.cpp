#include "rollupquery.h"

#include "db/sql.h"

#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace cd {

namespace {

// Lead statuses that still wait for an outcome (see 0004_leads.sql): everything but converted and lost.
const QString kOpenLeadStatuses = QStringLiteral("'new', 'assigned', 'accepted', 'declined'");

} // namespace

RollUpQuery::RollUpQuery(const Database &db)
    : m_db(db)
{}

Result<QHash<qint64, RollUp>> RollUpQuery::run(const QString &seedSql, const QVariantList &binds) const
{
    const QString archived = m_includeArchived ? QString() : QStringLiteral(" WHERE p.archived_at IS NULL");
    const QString openLeads = QStringLiteral(
        "(SELECT count(*) FROM leads l WHERE l.assigned_partner_id = sub.id AND l.status IN (%1))")
                                  .arg(kOpenLeadStatuses);
    // Walk the subtrees once (sub is used twice, so SQLite materializes it), then count per subtree
    // and sum won deals per subtree and currency; rows of the second kind carry a currency.
    QString statement = QStringLiteral(
        "WITH RECURSIVE sub(root, id) AS (%1"
        " UNION ALL"
        " SELECT sub.root, p.id FROM partners p JOIN sub ON p.parent_id = sub.id%2),"
        " figures AS (SELECT root,"
        " count(*) AS partners,"
        " sum((SELECT count(*) FROM customers c WHERE c.partner_id = sub.id AND c.archived_at IS NULL))"
        " AS customers,"
        " sum(%3) AS open_leads"
        " FROM sub GROUP BY root)"
        " SELECT root, partners, customers, open_leads, NULL, NULL FROM figures")
                            .arg(seedSql, archived, openLeads);
    statement += QStringLiteral(" UNION ALL SELECT sub.root, NULL, NULL, NULL, d.currency, sum(d.value_minor)"
                                " FROM sub JOIN deals d ON d.partner_id = sub.id AND d.outcome = 'won'"
                                " GROUP BY sub.root, d.currency");
    auto q = sql::exec(m_db.sql(), statement, binds);
    if (!q)
        return q.error();
    QHash<qint64, RollUp> result;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        RollUp &u = result[r.value(0).toLongLong()];
        u.partnerId = r.value(0).toLongLong();
        if (r.value(4).isNull()) {
            u.partners = r.value(1).toLongLong();
            u.customers = r.value(2).toLongLong();
            u.openLeads = r.value(3).toLongLong();
        } else {
            u.wonValue.append(Money(r.value(5).toLongLong(), r.value(4).toString()));
        }
    }
    for (RollUp &u : result)
        std::sort(u.wonValue.begin(), u.wonValue.end(),
            [](const Money &a, const Money &b) { return a.currency() < b.currency(); });
    return result;
}

Result<RollUp> RollUpQuery::forSubtree(qint64 partnerId) const
{
    Result<QHash<qint64, RollUp>> all = partnerId == 0
        ? run(QStringLiteral("SELECT 0, p.id FROM partners p WHERE p.parent_id IS NULL%1")
                  .arg(m_includeArchived ? QString() : QStringLiteral(" AND p.archived_at IS NULL")),
            {})
        : forPartners({partnerId});
    if (!all)
        return all.error();
    if (partnerId != 0 && !all.value().contains(partnerId))
        return Error::make(Error::Code::NotFound,
            QCoreApplication::translate("RollUpQuery", "There is no partner with id %1.").arg(partnerId));
    RollUp u = all.value().value(partnerId);
    u.partnerId = partnerId;
    return u;
}

Result<QHash<qint64, RollUp>> RollUpQuery::forPartners(const QList<qint64> &partnerIds) const
{
    if (partnerIds.isEmpty())
        return QHash<qint64, RollUp>();
    // Ids are integers, so they go into the statement as literals: no limit on bound parameters.
    QStringList ids;
    ids.reserve(partnerIds.size());
    for (qint64 id : partnerIds)
        ids.append(QString::number(id));
    return run(QStringLiteral("SELECT p.id, p.id FROM partners p WHERE p.id IN (%1)")
                   .arg(ids.join(QLatin1Char(','))),
        {});
}

Result<QHash<qint64, RollUp>> RollUpQuery::forChildren(qint64 parentId) const
{
    const QString archived = m_includeArchived ? QString() : QStringLiteral(" AND p.archived_at IS NULL");
    if (parentId == 0)
        return run(
            QStringLiteral("SELECT p.id, p.id FROM partners p WHERE p.parent_id IS NULL%1").arg(archived),
            {});
    return run(QStringLiteral("SELECT p.id, p.id FROM partners p WHERE p.parent_id = ?%1").arg(archived),
        {parentId});
}

} // namespace cd
