#include "leadreports.h"

#include "db/dialect.h"
#include "db/rowreader.h"
#include "db/sql.h"

namespace cd {

namespace {

// Conditions on leads (alias l) for a filter. The segment is the kind of the partner the lead is
// assigned to, joined as sp.
struct LeadWhere
{
    QString join;
    QStringList parts;
    QVariantList binds;

    QString where() const
    {
        return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }
};

LeadWhere leadWhere(const ReportFilter &f)
{
    LeadWhere w;
    if (!f.segment.isEmpty()) {
        w.join = QStringLiteral(" JOIN partners sp ON sp.id = l.assigned_partner_id AND sp.kind = ?");
        w.binds << f.segment;
    }
    if (f.from.isValid()) {
        w.parts << QStringLiteral("l.created_at >= ?");
        w.binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        w.parts << QStringLiteral("l.created_at < ?");
        w.binds << f.to.addDays(1).toString(Qt::ISODate);
    }
    if (f.distributorId != 0) {
        w.parts << QStringLiteral("l.submitted_by_distributor_id = ?");
        w.binds << f.distributorId;
    }
    if (f.status) {
        w.parts << QStringLiteral("l.status = ?");
        w.binds << Lead::statusKey(*f.status);
    }
    return w;
}

ReportTable::Column column(const char *key, const QString &label, ReportTable::ColumnType type)
{
    return {QString::fromLatin1(key), label, type};
}

Result<QList<ConversionRow>> conversion(const QSqlDatabase &db, const ReportFilter &filter, bool byReseller)
{
    LeadWhere w = leadWhere(filter);
    const QString group = byReseller ? QStringLiteral("l.assigned_partner_id")
                                     : QStringLiteral("l.submitted_by_distributor_id");
    w.parts << group + QStringLiteral(" IS NOT NULL") << QStringLiteral("l.assigned_at IS NOT NULL");
    auto q = sql::exec(db,
        QStringLiteral("SELECT g.id, g.code, g.name, r.leads, r.converted FROM (SELECT ") + group
            + QStringLiteral(
                " AS id, count(*) AS leads, sum(l.status = 'converted') AS converted FROM leads l")
            + w.join + w.where() + QStringLiteral(" GROUP BY ") + group
            + QStringLiteral(") r JOIN partners g ON g.id = r.id ORDER BY ")
            + sql::dialect(db).caseless(QStringLiteral("g.name")) + QStringLiteral(", g.id"),
        w.binds);
    if (!q)
        return q.error();
    QList<ConversionRow> rows;
    while (q.value().next()) {
        ConversionRow row;
        sql::RowReader {q.value()}(row.partnerId, row.partnerCode, row.partnerName, row.leads, row.converted);
        row.rate = LeadReports::ratio(row.converted, row.leads);
        rows.append(row);
    }
    return rows;
}

Result<QList<WonValueRow>> wonValue(const QSqlDatabase &db, const ReportFilter &f, bool byArea)
{
    QStringList parts {QStringLiteral("d.outcome = 'won'")};
    QVariantList binds;
    if (f.from.isValid()) {
        parts << QStringLiteral("d.closed_at >= ?");
        binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("d.closed_at < ?");
        binds << f.to.addDays(1).toString(Qt::ISODate);
    }
    if (f.distributorId != 0) {
        parts << QStringLiteral("d.distributor_id = ?");
        binds << f.distributorId;
    }
    if (!f.segment.isEmpty()) {
        parts << QStringLiteral("p.kind = ?");
        binds << f.segment;
    }
    if (f.status) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM leads l WHERE l.id = d.lead_id AND l.status = ?)");
        binds << Lead::statusKey(*f.status);
    }
    const QString group = byArea ? QStringLiteral("p.area_id") : QStringLiteral("p.level_id");
    const QString names = byArea ? QStringLiteral("areas") : QStringLiteral("partner_levels");
    auto q = sql::exec(db,
        QStringLiteral("SELECT r.gid, coalesce(n.name, ''), r.currency, r.total, r.deals FROM (SELECT ")
            + group
            + QStringLiteral(
                " AS gid, d.currency, sum(d.value_minor) AS total, count(*) AS deals FROM deals d "
                "JOIN partners p ON p.id = d.partner_id WHERE ")
            + parts.join(QStringLiteral(" AND ")) + QStringLiteral(" GROUP BY ") + group
            + QStringLiteral(", d.currency) r LEFT JOIN ") + names
            + QStringLiteral(" n ON n.id = r.gid ORDER BY r.gid IS NULL, ")
            + sql::dialect(db).caseless(QStringLiteral("n.name")) + QStringLiteral(", r.gid, r.currency"),
        binds);
    if (!q)
        return q.error();
    QList<WonValueRow> rows;
    while (q.value().next()) {
        WonValueRow row;
        row.groupId = q->value(0).toLongLong();
        row.groupName = q->value(1).toString();
        row.value = Money(q->value(3).toLongLong(), q->value(2).toString());
        row.deals = q->value(4).toLongLong();
        rows.append(row);
    }
    return rows;
}

} // namespace

LeadReports::LeadReports(const Database &db)
    : m_db(db)
{}

Decimal LeadReports::ratio(qint64 converted, qint64 total)
{
    if (total <= 0)
        return Decimal();
    // micros = converted * 10^6 / total, rounded half-even. Counts stay far below 9 * 10^12, so the
    // product fits in 64 bits.
    const qint64 numerator = converted * Decimal::unit;
    qint64 quotient = numerator / total;
    const qint64 remainder = numerator % total;
    if (remainder * 2 > total || (remainder * 2 == total && (quotient % 2) != 0))
        ++quotient;
    return Decimal::fromMicros(quotient);
}

Result<QList<LeadFlowRow>> LeadReports::leadFlow(const ReportFilter &filter) const
{
    const LeadWhere w = leadWhere(filter);
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "SELECT r.did, coalesce(dp.code, ''), coalesce(dp.name, ''), r.submitted, r.assigned, "
            "r.accepted, r.declined, r.converted, r.lost FROM (SELECT "
            "coalesce(l.submitted_by_distributor_id, 0) AS did, count(*) AS submitted, "
            "sum(l.assigned_at IS NOT NULL) AS assigned, sum(l.accepted_at IS NOT NULL) AS accepted, "
            "sum(EXISTS (SELECT 1 FROM lead_declines x WHERE x.lead_id = l.id)) AS declined, "
            "sum(l.status = 'converted') AS converted, sum(l.status = 'lost') AS lost FROM leads l")
            + w.join + w.where()
            + QStringLiteral(" GROUP BY 1) r LEFT JOIN partners dp ON dp.id = r.did "
                             "ORDER BY r.did = 0, ")
            + sql::dialect(m_db.sql()).caseless(QStringLiteral("dp.name")) + QStringLiteral(", r.did"),
        w.binds);
    if (!q)
        return q.error();
    QList<LeadFlowRow> rows;
    while (q.value().next()) {
        LeadFlowRow row;
        sql::RowReader {q.value()}(row.distributorId, row.distributorCode, row.distributorName, row.submitted,
            row.assigned, row.accepted, row.declined, row.converted, row.lost);
        rows.append(row);
    }
    return rows;
}

Result<QList<ConversionRow>> LeadReports::conversionByDistributor(const ReportFilter &filter) const
{
    return conversion(m_db.sql(), filter, false);
}

Result<QList<ConversionRow>> LeadReports::conversionByReseller(const ReportFilter &filter) const
{
    return conversion(m_db.sql(), filter, true);
}

Result<QList<PerformanceRow>> LeadReports::resellerPerformance(const ReportFilter &filter) const
{
    LeadWhere w = leadWhere(filter);
    w.parts << QStringLiteral("l.submitted_by_distributor_id IS NOT NULL")
            << QStringLiteral("l.assigned_partner_id IS NOT NULL");
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "SELECT r.did, dp.code, dp.name, r.rid, rp.code, rp.name, r.leads, r.accepted, r.converted, "
            "r.won, r.lost FROM (SELECT l.submitted_by_distributor_id AS did, l.assigned_partner_id AS rid, "
            "count(*) AS leads, sum(l.accepted_at IS NOT NULL) AS accepted, "
            "sum(l.status = 'converted') AS converted, sum(d.outcome = 'won') AS won, "
            "sum(d.outcome = 'lost') AS lost FROM leads l")
            + w.join + QStringLiteral(" LEFT JOIN deals d ON d.lead_id = l.id") + w.where()
            + QStringLiteral(
                " GROUP BY 1, 2) r JOIN partners dp ON dp.id = r.did JOIN partners rp ON rp.id = r.rid "
                "ORDER BY ")
            + sql::dialect(m_db.sql()).caseless(QStringLiteral("dp.name")) + QStringLiteral(", r.did, ")
            + sql::dialect(m_db.sql()).caseless(QStringLiteral("rp.name")) + QStringLiteral(", r.rid"),
        w.binds);
    if (!q)
        return q.error();
    QList<PerformanceRow> rows;
    while (q.value().next()) {
        PerformanceRow row;
        sql::RowReader {q.value()}(row.distributorId, row.distributorCode, row.distributorName,
            row.resellerId, row.resellerCode, row.resellerName, row.leads, row.accepted, row.converted,
            row.dealsWon, row.dealsLost);
        row.conversionRate = ratio(row.converted, row.leads);
        rows.append(row);
    }
    return rows;
}

Result<QList<WonValueRow>> LeadReports::wonValueByLevel(const ReportFilter &filter) const
{
    return wonValue(m_db.sql(), filter, false);
}

Result<QList<WonValueRow>> LeadReports::wonValueByArea(const ReportFilter &filter) const
{
    return wonValue(m_db.sql(), filter, true);
}

ReportTable LeadReports::table(const QList<LeadFlowRow> &rows)
{
    using T = ReportTable::ColumnType;
    ReportTable t;
    t.title = tr("Lead flow by distributor");
    t.columns
        = {column("distributor_code", tr("Code"), T::Text), column("distributor", tr("Distributor"), T::Text),
            column("submitted", tr("Submitted"), T::Count), column("assigned", tr("Assigned"), T::Count),
            column("accepted", tr("Accepted"), T::Count), column("declined", tr("Declined"), T::Count),
            column("converted", tr("Converted"), T::Count), column("lost", tr("Lost"), T::Count)};
    for (const LeadFlowRow &r : rows) {
        t.rows.append({r.distributorCode, r.distributorId == 0 ? tr("(direct)") : r.distributorName,
            r.submitted, r.assigned, r.accepted, r.declined, r.converted, r.lost});
    }
    return t;
}

ReportTable LeadReports::table(const QList<ConversionRow> &rows, bool byReseller)
{
    using T = ReportTable::ColumnType;
    ReportTable t;
    t.title = byReseller ? tr("Conversion rate by reseller") : tr("Conversion rate by distributor");
    t.columns = {column("code", tr("Code"), T::Text),
        column("partner", byReseller ? tr("Reseller") : tr("Distributor"), T::Text),
        column("leads", tr("Leads"), T::Count), column("converted", tr("Converted"), T::Count),
        column("rate", tr("Conversion rate"), T::Ratio)};
    for (const ConversionRow &r : rows)
        t.rows.append({r.partnerCode, r.partnerName, r.leads, r.converted, r.rate.toString()});
    return t;
}

ReportTable LeadReports::table(const QList<PerformanceRow> &rows)
{
    using T = ReportTable::ColumnType;
    ReportTable t;
    t.title = tr("Reseller performance by distributor");
    t.columns = {column("distributor_code", tr("Distributor code"), T::Text),
        column("distributor", tr("Distributor"), T::Text),
        column("reseller_code", tr("Reseller code"), T::Text), column("reseller", tr("Reseller"), T::Text),
        column("leads", tr("Leads"), T::Count), column("accepted", tr("Accepted"), T::Count),
        column("converted", tr("Converted"), T::Count), column("won", tr("Deals won"), T::Count),
        column("lost", tr("Deals lost"), T::Count), column("rate", tr("Conversion rate"), T::Ratio)};
    for (const PerformanceRow &r : rows) {
        t.rows.append({r.distributorCode, r.distributorName, r.resellerCode, r.resellerName, r.leads,
            r.accepted, r.converted, r.dealsWon, r.dealsLost, r.conversionRate.toString()});
    }
    return t;
}

ReportTable LeadReports::table(const QList<WonValueRow> &rows, bool byArea)
{
    using T = ReportTable::ColumnType;
    ReportTable t;
    t.title = byArea ? tr("Won value by area") : tr("Won value by level");
    t.columns = {column(byArea ? "area" : "level", byArea ? tr("Area") : tr("Level"), T::Text),
        column("currency", tr("Currency"), T::Text), column("value", tr("Won value"), T::Amount),
        column("deals", tr("Deals won"), T::Count)};
    for (const WonValueRow &r : rows) {
        t.rows.append({r.groupId == 0 ? (byArea ? tr("(no area)") : tr("(no level)")) : r.groupName,
            r.value.currency(), r.value.toString(), r.deals});
    }
    return t;
}

} // namespace cd
