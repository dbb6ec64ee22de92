#include "settlement_p.h"

#include "commissiontext_p.h"

#include "db/sql.h"

namespace cd {

namespace settlement {

namespace {

// Codes and names of partners, read in chunks.
Status loadPartnerNames(const QSqlDatabase &db, const QSet<qint64> &ids, SettlementRun &run)
{
    QList<qint64> missing;
    for (qint64 id : ids) {
        if (id > 0 && !run.partnerCodes.contains(id))
            missing.append(id);
    }
    for (qsizetype at = 0; at < missing.size(); at += 500) {
        const QList<qint64> chunk = missing.mid(at, 500);
        QStringList marks;
        QVariantList binds;
        for (qint64 id : chunk) {
            marks << QStringLiteral("?");
            binds << id;
        }
        auto q = sql::exec(db,
            QStringLiteral("SELECT id, code, name FROM partners WHERE id IN (%1)")
                .arg(marks.join(QLatin1Char(','))),
            binds);
        if (!q)
            return q.error();
        while (q.value().next()) {
            run.partnerCodes.insert(q.value().value(0).toLongLong(), q.value().value(1).toString());
            run.partnerNames.insert(q.value().value(0).toLongLong(), q.value().value(2).toString());
        }
    }
    return {};
}

Status loadPlanNames(const QSqlDatabase &db, SettlementRun &run)
{
    auto q = sql::exec(db, QStringLiteral("SELECT id, name FROM commission_plans"));
    if (!q)
        return q.error();
    while (q.value().next())
        run.planNames.insert(q.value().value(0).toLongLong(), q.value().value(1).toString());
    return {};
}

} // namespace

Status loadNames(const QSqlDatabase &db, const QSet<qint64> &ids, SettlementRun &run)
{
    if (Status s = loadPartnerNames(db, ids, run); !s)
        return s;
    if (Status s = loadPlanNames(db, run); !s)
        return s;
    for (CommissionStatement &st : run.statements) {
        st.partnerCode = run.partnerCodes.value(st.partnerId);
        st.partnerName = run.partnerNames.value(st.partnerId);
    }
    return {};
}

CommissionLine readStoredLine(const QSqlQuery &r)
{
    CommissionLine l;
    int i = 0;
    l.source = r.value(i++).toString() == QLatin1String("deal") ? LineSource::Deal : LineSource::Sale;
    l.sourceId = r.value(i++).toLongLong();
    l.partnerId = r.value(i++).toLongLong();
    l.role = CommissionLine::roleFromKey(r.value(i++).toString()).value_or(LineRole::Direct);
    l.depth = r.value(i++).toInt();
    l.fromPartnerId = r.value(i++).toLongLong();
    l.period = r.value(i++).toString();
    l.lineDate = QDate::fromString(r.value(i++).toString(), Qt::ISODate);
    l.adjustment = r.value(i++).toBool();
    l.settledMinor = r.value(i++).toLongLong();
    l.baseMinor = r.value(i++).toLongLong();
    if (const QVariant share = r.value(i++); !share.isNull())
        l.share = Decimal::parse(share.toString()).valueOr(Rate());
    l.rule = CommissionLine::ruleFromKey(r.value(i++).toString());
    l.planId = r.value(i++).toLongLong();
    l.detail = r.value(i++).toString();
    l.rate = Decimal::parse(r.value(i++).toString()).valueOr(Rate());
    l.capped = r.value(i++).toBool();
    l.amountMinor = r.value(i++).toLongLong();
    l.currency = r.value(i++).toString();
    l.documentNumber = r.value(i++).toString();
    l.credit = r.value(i++).toString() == QLatin1String("credit");
    l.documentDate = QDate::fromString(r.value(i++).toString(), Qt::ISODate);
    const qint64 amount = r.value(i++).toLongLong();
    l.documentMinor = l.credit ? -amount : amount;
    l.customerId = r.value(i++).toLongLong();
    l.category = r.value(i++).toString();
    if (l.lineDate != l.documentDate)
        l.timing = PayTiming::OnPayment;
    return l;
}

QString storedLineColumns()
{
    return QStringLiteral(
        "l.source, l.source_id, l.partner_id, l.role, l.depth, coalesce(l.from_partner_id, 0), "
        "l.line_period, "
        "l.line_date, "
        "l.adjustment, l.settled_minor, l.base_minor, l.share, l.rule, coalesce(l.plan_id, 0), l.bracket, "
        "l.rate, "
        "l.capped, l.amount_minor, l.currency, coalesce(s.number, 'deal ' || l.source_id), coalesce(s.kind, "
        "'invoice'), "
        "coalesce(s.issued_on, substr(d.closed_at, 1, 10)), coalesce(s.amount_minor, d.value_minor, 0), "
        "coalesce(s.customer_id, 0), coalesce(s.category, '') "
        "FROM commission_lines l JOIN commission_statements st ON st.id = l.statement_id "
        "LEFT JOIN sales s ON l.source = 'sale' AND s.id = l.source_id "
        "LEFT JOIN deals d ON l.source = 'deal' AND d.id = l.source_id");
}

CommissionStatement readStatement(const QSqlQuery &r)
{
    CommissionStatement s;
    int i = 0;
    s.id = r.value(i++).toLongLong();
    s.partnerId = r.value(i++).toLongLong();
    s.partnerCode = r.value(i++).toString();
    s.partnerName = r.value(i++).toString();
    s.period = r.value(i++).toString();
    s.currency = r.value(i++).toString();
    s.linesMinor = r.value(i++).toLongLong();
    s.carriedInMinor = r.value(i++).toLongLong();
    s.totalMinor = r.value(i++).toLongLong();
    s.payableMinor = r.value(i++).toLongLong();
    s.carriedOutMinor = r.value(i++).toLongLong();
    s.lineCount = r.value(i++).toInt();
    s.status = CommissionStatement::statusFromKey(r.value(i++).toString());
    s.payoutId = r.value(i++).toLongLong();
    return s;
}

// The statements of a period, or one partner's of it (`alias` prefixes the columns).
QString statementsWhere(
    const QString &alias, const CommissionPeriod &period, qint64 partnerId, QVariantList &binds)
{
    binds << period.key;
    if (partnerId <= 0)
        return alias + QStringLiteral("period = ?");
    binds << partnerId;
    return alias + QStringLiteral("period = ? AND ") + alias + QStringLiteral("partner_id = ?");
}

} // namespace settlement

QString CommissionStatement::statusKey(StatementStatus status)
{
    switch (status) {
    case StatementStatus::Preview:
        return QStringLiteral("preview");
    case StatementStatus::Draft:
        return QStringLiteral("draft");
    case StatementStatus::Approved:
        return QStringLiteral("approved");
    case StatementStatus::Paid:
        return QStringLiteral("paid");
    }
    return {};
}

StatementStatus CommissionStatement::statusFromKey(const QString &key)
{
    if (key == QLatin1String("draft"))
        return StatementStatus::Draft;
    if (key == QLatin1String("approved"))
        return StatementStatus::Approved;
    if (key == QLatin1String("paid"))
        return StatementStatus::Paid;
    return StatementStatus::Preview;
}

QString CommissionStatement::statusLabel(StatementStatus status)
{
    switch (status) {
    case StatementStatus::Preview:
        return CommissionText::tr("preview");
    case StatementStatus::Draft:
        return CommissionText::tr("draft");
    case StatementStatus::Approved:
        return CommissionText::tr("approved");
    case StatementStatus::Paid:
        return CommissionText::tr("paid");
    }
    return {};
}

QString SettlementRun::explain(const CommissionLine &line) const
{
    return line.explain([this](qint64 id) { return partnerCodes.value(id); },
        [this](qint64 id) { return planNames.value(id); });
}

QList<CommissionLine> SettlementRun::linesOf(qint64 partnerId, const QString &currency) const
{
    QList<CommissionLine> out;
    for (const CommissionLine &l : lines) {
        if (l.partnerId == partnerId && l.currency == currency)
            out.append(l);
    }
    return out;
}

} // namespace cd
