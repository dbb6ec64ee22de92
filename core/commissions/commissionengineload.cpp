#include "commissionengine_p.h"

#include "commissionrulestore.h"
#include "db/sql.h"

namespace cd {

Status CommissionEngine::Private::load()
{
    const QSqlDatabase sqlDb = db.sql();
    partners.clear();
    plans.clear();
    byPartner.clear();
    byLevel.clear();
    overrides.clear();
    splits.clear();
    links.clear();
    movedPartners.clear();
    CommissionRuleStore rules(db);
    auto allPlans = rules.plans();
    if (!allPlans)
        return allPlans.error();
    anyDeals = false;
    for (const CommissionPlan &p : allPlans.value()) {
        plans.insert(p.id, p);
        anyDeals = anyDeals || p.includeDeals;
    }
    auto assignments = rules.assignments();
    if (!assignments)
        return assignments.error();
    for (const PlanAssignment &a : assignments.value()) {
        if (a.partnerId > 0)
            byPartner[a.partnerId].append({a.validFrom, a.planId});
        else
            byLevel[a.levelId].append({a.validFrom, a.planId});
    }
    auto q = sql::exec(sqlDb,
        QStringLiteral("SELECT customer_id, partner_id, valid_from, rate FROM commission_overrides ORDER BY "
                       "valid_from, id"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QVariant rate = q.value().value(3);
        std::optional<Rate> r;
        if (!rate.isNull())
            r = Decimal::parse(rate.toString()).valueOr(Rate());
        overrides[{q.value().value(0).toLongLong(), q.value().value(1).toLongLong()}].append(
            {QDate::fromString(q.value().value(2).toString(), Qt::ISODate), r});
    }
    q = sql::exec(sqlDb,
        QStringLiteral(
            "SELECT s.customer_id, s.valid_from, s.id, x.partner_id, x.share FROM commission_splits s "
            "LEFT JOIN commission_split_shares x ON x.split_id = s.id ORDER BY s.customer_id, s.valid_from, "
            "s.id, x.partner_id"));
    if (!q)
        return q.error();
    qint64 lastSplit = 0;
    while (q.value().next()) {
        const qint64 customer = q.value().value(0).toLongLong();
        const qint64 splitId = q.value().value(2).toLongLong();
        QList<SplitRule> &list = splits[customer];
        if (splitId != lastSplit) {
            list.append({QDate::fromString(q.value().value(1).toString(), Qt::ISODate), {}});
            lastSplit = splitId;
        }
        if (!q.value().value(3).isNull())
            list.last().shares.append({q.value().value(3).toLongLong(),
                Decimal::parse(q.value().value(4).toString()).valueOr(Rate()), {}});
    }
    q = sql::exec(sqlDb,
        QStringLiteral(
            "SELECT distributor_id, reseller_id, commission_rate, commission_share FROM distributor_links "
            "WHERE removed_at IS NULL AND (commission_rate IS NOT NULL OR commission_share IS NOT NULL)"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        LinkTerms t;
        if (!q.value().value(2).isNull())
            t.rate = Decimal::parse(q.value().value(2).toString()).valueOr(Rate());
        if (!q.value().value(3).isNull())
            t.share = Decimal::parse(q.value().value(3).toString()).valueOr(Rate());
        links.insert({q.value().value(0).toLongLong(), q.value().value(1).toLongLong()}, t);
    }
    auto moved = sql::ids(sqlDb, QStringLiteral("SELECT DISTINCT partner_id FROM partner_parent_changes"));
    if (!moved)
        return moved.error();
    for (qint64 id : moved.value())
        movedPartners.insert(id);
    partnerQuery.emplace(sqlDb);
    if (!partnerQuery->prepare(
            QStringLiteral("SELECT code, name, coalesce(level_id, 0), commission_rate, margin_based, "
                           "coalesce(parent_id, 0) FROM partners WHERE id = ?")))
        return sql::errorFrom(partnerQuery->lastError());
    parentQuery.emplace(sqlDb);
    if (!parentQuery->prepare(
            QStringLiteral("SELECT coalesce(old_parent_id, 0) FROM partner_parent_changes WHERE "
                           "partner_id = ? AND changed_on > ? ORDER BY changed_on, rowid LIMIT 1")))
        return sql::errorFrom(parentQuery->lastError());
    return {};
}

Result<QString> CommissionEngine::Private::focusPartners()
{
    const QSqlDatabase sqlDb = db.sql();
    // Parents a partner had before a move, as (old parent → partner).
    QMultiHash<qint64, qint64> formerChildren;
    auto moves = sql::exec(sqlDb,
        QStringLiteral("SELECT old_parent_id, partner_id FROM partner_parent_changes WHERE old_parent_id IS "
                       "NOT NULL"));
    if (!moves)
        return moves.error();
    while (moves.value().next())
        formerChildren.insert(moves.value().value(0).toLongLong(), moves.value().value(1).toLongLong());
    // Every partner below the focus now, and below it before a move, and so on down.
    QSet<qint64> below;
    QList<qint64> roots {focus};
    while (!roots.isEmpty()) {
        const qint64 root = roots.takeLast();
        if (below.contains(root))
            continue;
        auto tree = sql::ids(sqlDb,
            QStringLiteral("WITH RECURSIVE t(id) AS (SELECT ? UNION SELECT p.id FROM partners p JOIN t ON "
                           "p.parent_id = t.id) SELECT id FROM t"),
            {root});
        if (!tree)
            return tree.error();
        for (qint64 id : tree.value()) {
            if (below.contains(id))
                continue;
            below.insert(id);
            for (auto it = formerChildren.constFind(id); it != formerChildren.constEnd() && it.key() == id;
                 ++it)
                roots.append(it.value());
        }
    }
    // The sellers of the focus's distributor sales and deals (sales_distributor, schema 11).
    auto sellers = sql::ids(sqlDb,
        QStringLiteral(
            "SELECT partner_id FROM sales WHERE distributor_id = ? AND partner_id IS NOT NULL "
            "UNION SELECT x.partner_id FROM sales s JOIN commission_splits sp ON sp.customer_id = "
            "s.customer_id JOIN commission_split_shares x ON x.split_id = sp.id WHERE s.distributor_id = ? "
            "UNION SELECT partner_id FROM deals WHERE distributor_id = ?"),
        {focus, focus, focus});
    if (!sellers)
        return sellers.error();
    for (qint64 id : sellers.value())
        below.insert(id);
    QStringList ids;
    ids.reserve(below.size());
    for (qint64 id : std::as_const(below))
        ids << QString::number(id);
    return QString(QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']'));
}

Result<QList<SaleRow>> CommissionEngine::Private::readSales(const CommissionPeriod &period)
{
    const QString s = period.start.toString(Qt::ISODate);
    const QString e = period.end.toString(Qt::ISODate);
    QList<SaleRow> rows;
    const QString columns = QStringLiteral(
        "SELECT s.id, '', s.kind, s.issued_on, s.customer_id, coalesce(s.partner_id, 0), "
        "coalesce(s.distributor_id, 0), coalesce(s.invoice_id, 0), s.category, s.amount_minor, s.currency, "
        "s.cost_minor, s.paid_on, i.paid_on FROM sales s LEFT JOIN sales i ON i.id = s.invoice_id ");
    QString focused;
    if (focus > 0) {
        auto ids = focusPartners();
        if (!ids)
            return ids.error();
        focused = ids.value();
    }
    // The period's documents: issued or paid in it, and credit notes for an invoice paid in it.
    // With a focus, the documents its partners sell (their own, or a split's), and its
    // distributor sales, each tested for the period.
    auto q = focused.isEmpty()
        ? sql::exec(db.sql(),
            columns
                + QStringLiteral("WHERE s.id IN (SELECT id FROM sales WHERE issued_on BETWEEN ? AND ? "
                                 "UNION ALL SELECT id FROM sales WHERE paid_on BETWEEN ? AND ? "
                                 "UNION ALL SELECT c.id FROM sales c JOIN sales v ON v.id = c.invoice_id "
                                 "WHERE v.paid_on BETWEEN ? AND ?) ORDER BY s.id"),
            {s, e, s, e, s, e})
        : sql::exec(db.sql(),
            columns
                + QStringLiteral(
                    "WHERE s.id IN (SELECT id FROM sales WHERE partner_id IN (SELECT value FROM "
                    "json_each(?)) "
                    "UNION SELECT id FROM sales WHERE distributor_id = ? "
                    "UNION SELECT id FROM sales WHERE customer_id IN (SELECT sp.customer_id FROM "
                    "commission_splits sp JOIN commission_split_shares x ON x.split_id = sp.id WHERE "
                    "x.partner_id IN (SELECT value FROM json_each(?)))) "
                    "AND (s.issued_on BETWEEN ? AND ? OR s.paid_on BETWEEN ? AND ? OR i.paid_on BETWEEN ? "
                    "AND ?) ORDER BY s.id"),
            {focused, focus, focused, s, e, s, e, s, e});
    if (!q)
        return q.error();
    QSqlQuery &r = q.value();
    r.setForwardOnly(true);
    while (r.next()) {
        SaleRow row;
        row.id = r.value(0).toLongLong();
        row.credit = r.value(2).toString() == QLatin1String("credit");
        row.issued = QDate::fromString(r.value(3).toString(), Qt::ISODate);
        row.customer = r.value(4).toLongLong();
        row.partner = r.value(5).toLongLong();
        row.distributor = r.value(6).toLongLong();
        row.invoice = r.value(7).toLongLong();
        row.category = textId(r.value(8).toString());
        row.amount = r.value(9).toLongLong();
        row.currency = textId(r.value(10).toString());
        if (const QVariant cost = r.value(11); !cost.isNull())
            row.cost = cost.toLongLong();
        row.paid = QDate::fromString(r.value(12).toString(), Qt::ISODate);
        row.invoicePaid = QDate::fromString(r.value(13).toString(), Qt::ISODate);
        rows.append(row);
    }
    if (!anyDeals)
        return rows;
    QVariantList dealBinds {s, period.end.addDays(1).toString(Qt::ISODate)};
    if (!focused.isEmpty())
        dealBinds << focused << focus;
    auto deals = sql::exec(db.sql(),
        QStringLiteral(
            "SELECT id, partner_id, coalesce(distributor_id, 0), value_minor, currency, substr(closed_at, 1, "
            "10) FROM deals WHERE outcome = 'won' AND closed_at >= ? AND closed_at < ?%1 ORDER BY id")
            .arg(focused.isEmpty() ? QString()
                                   : QStringLiteral(" AND (partner_id IN (SELECT value FROM json_each(?)) OR "
                                                    "distributor_id = ?)")),
        dealBinds);
    if (!deals)
        return deals.error();
    while (deals.value().next()) {
        SaleRow row;
        row.source = LineSource::Deal;
        row.id = deals.value().value(0).toLongLong();
        row.partner = deals.value().value(1).toLongLong();
        row.distributor = deals.value().value(2).toLongLong();
        row.amount = deals.value().value(3).toLongLong();
        row.currency = textId(deals.value().value(4).toString());
        row.issued = QDate::fromString(deals.value().value(5).toString(), Qt::ISODate);
        if (row.amount > 0)
            rows.append(row);
    }
    return rows;
}

} // namespace cd
