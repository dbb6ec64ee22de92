#include "commissionreports.h"

#include "common/money.h"
#include "db/sql.h"

#include <QCoreApplication>

namespace cd {

CommissionReports::CommissionReports(const Database &db)
    : m_db(db)
{}

Result<ReportTable> CommissionReports::distribution(By by, const ReportFilter &f) const
{
    QStringList where;
    QVariantList binds;
    if (f.from.isValid()) {
        where << QStringLiteral("l.line_date >= ?");
        binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("l.line_date <= ?");
        binds << f.to.toString(Qt::ISODate);
    }
    ReportTable t;
    QString group;
    QString select;
    QString joins = QStringLiteral(" JOIN partners p ON p.id = l.partner_id");
    QString order = QStringLiteral(" ORDER BY sum(l.amount_minor) DESC, 1");
    switch (by) {
    case By::Distributor:
    case By::Reseller:
        t.title = by == By::Distributor ? CommissionReports::tr("Commission by distributor")
                                        : CommissionReports::tr("Commission by reseller");
        t.columns
            = {{QStringLiteral("partner_code"), CommissionReports::tr("Code"), ReportTable::ColumnType::Text},
                {QStringLiteral("partner"), CommissionReports::tr("Partner"), ReportTable::ColumnType::Text}};
        select = QStringLiteral("p.code, p.name");
        group = QStringLiteral("l.partner_id");
        where << (by == By::Distributor ? QStringLiteral("p.kind = 'distributor'")
                                        : QStringLiteral("p.kind IN ('reseller', 'dealer', 'agent')"));
        break;
    case By::Level:
        t.title = CommissionReports::tr("Commission by partner level");
        t.columns
            = {{QStringLiteral("level"), CommissionReports::tr("Level"), ReportTable::ColumnType::Text}};
        select = QStringLiteral("coalesce(lv.name, '')");
        joins += QStringLiteral(" LEFT JOIN partner_levels lv ON lv.id = p.level_id");
        group = QStringLiteral("lv.id");
        break;
    case By::Period:
        t.title = CommissionReports::tr("Commission by period");
        t.columns
            = {{QStringLiteral("period"), CommissionReports::tr("Period"), ReportTable::ColumnType::Text}};
        select = QStringLiteral("st.period");
        joins += QStringLiteral(" JOIN commission_statements st ON st.id = l.statement_id");
        group = QStringLiteral("st.period");
        order = QStringLiteral(" ORDER BY st.period, l.currency");
        break;
    }
    t.columns << ReportTable::Column {QStringLiteral("partners"), CommissionReports::tr("Partners"),
        ReportTable::ColumnType::Count}
              << ReportTable::Column {QStringLiteral("commission"), CommissionReports::tr("Commission"),
                     ReportTable::ColumnType::Amount}
              << ReportTable::Column {QStringLiteral("commission_currency"),
                     CommissionReports::tr("Currency"), ReportTable::ColumnType::Text};
    t.chartKey = QStringLiteral("commission");
    const bool partnerRows = by == By::Distributor || by == By::Reseller;
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1, count(DISTINCT l.partner_id), sum(l.amount_minor), l.currency FROM "
                       "commission_lines l")
                .arg(select)
            + joins
            + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
            + QStringLiteral(" GROUP BY %1, l.currency").arg(group) + order + QStringLiteral(" LIMIT 10000"),
        binds);
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        QVariantList row;
        int i = 0;
        row << r.value(i++).toString();
        if (partnerRows)
            row << r.value(i++).toString();
        else if (by == By::Level && row.first().toString().isEmpty())
            row.first() = CommissionReports::tr("(no level)");
        const qint64 partners = r.value(i++).toLongLong();
        const qint64 minor = r.value(i++).toLongLong();
        const QString currency = r.value(i++).toString();
        row << partners << Money(minor, currency).toString() << currency;
        t.rows.append(row);
    }
    return t;
}

} // namespace cd
