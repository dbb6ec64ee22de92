// The lead list: LeadStore's filter, sort and pages (see PagedQuery).

#include "leadstore.h"

#include "db/dialect.h"
#include "db/pagedquery.h"
#include "network/networkscope.h"

namespace cd {

namespace {

// WHERE clause and binds for a filter. With scoping, the statement starts with the scope CTE whose
// distributor id is the first bind.
struct Where
{
    QString with;
    QString clause;
    QVariantList binds;
};

Where whereFor(const LeadFilter &f)
{
    Where w;
    QStringList parts;
    if (f.scopeDistributorId != 0) {
        w.with = QStringLiteral("WITH RECURSIVE ") + NetworkScope::cteSql() + QLatin1Char(' ');
        w.binds.append(f.scopeDistributorId);
        // Two index seeks (leads_distributor, leads_partner) instead of an OR that would scan leads.
        parts << QStringLiteral(
            "l.id IN (SELECT id FROM leads WHERE submitted_by_distributor_id = ? UNION "
            "SELECT id FROM leads WHERE assigned_partner_id IN (SELECT id FROM scope_partners))");
        w.binds.append(f.scopeDistributorId);
    }
    if (f.status) {
        parts << QStringLiteral("l.status = ?");
        w.binds.append(Lead::statusKey(*f.status));
    }
    if (f.partnerId != 0) {
        parts << QStringLiteral("l.assigned_partner_id = ?");
        w.binds.append(f.partnerId);
    }
    if (f.distributorId != 0) {
        parts << QStringLiteral("l.submitted_by_distributor_id = ?");
        w.binds.append(f.distributorId);
    }
    if (f.flaggedOnly)
        parts << QStringLiteral("l.flag_reason <> ''");
    if (!f.country.isEmpty()) {
        parts << QStringLiteral("l.country = ?");
        w.binds.append(f.country);
    }
    if (f.areaId != 0) {
        parts << QStringLiteral("l.area_id = ?");
        w.binds.append(f.areaId);
    }
    if (f.createdFrom.isValid()) {
        parts << QStringLiteral("l.created_at >= ?");
        w.binds.append(f.createdFrom.toString(Qt::ISODate));
    }
    if (f.createdTo.isValid()) {
        parts << QStringLiteral("l.created_at < ?");
        w.binds.append(f.createdTo.addDays(1).toString(Qt::ISODate));
    }
    if (!parts.isEmpty())
        w.clause = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

} // namespace

namespace {

const QString kLeadPartnerJoin = QStringLiteral(" LEFT JOIN partners ap ON ap.id = l.assigned_partner_id");
const QString kDistributorJoin
    = QStringLiteral(" LEFT JOIN partners dp ON dp.id = l.submitted_by_distributor_id");
const QString kAreaJoin = QStringLiteral(" LEFT JOIN areas a ON a.id = l.area_id");

// ORDER BY terms with the id as the tie-break; all but the partner names walk an index.
QString orderBy(const sql::Dialect &d, const LeadSort &sort, bool reversed)
{
    const bool ascending = (sort.order == Qt::AscendingOrder) != reversed;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString terms;
    switch (sort.column) {
    case LeadColumn::Company:
        terms = d.caseless(QStringLiteral("l.company")) + dir;
        break;
    case LeadColumn::Country:
        terms = QStringLiteral("l.country") + dir;
        break;
    case LeadColumn::Value:
        // Amounts compare within a currency only: grouped by currency, then by amount.
        terms = QStringLiteral("l.currency") + dir + QStringLiteral(", l.estimated_value_minor") + dir;
        break;
    case LeadColumn::Status:
        terms = QStringLiteral("l.status") + dir;
        break;
    case LeadColumn::Partner:
        terms = d.caseless(QStringLiteral("ap.name")) + dir;
        break;
    case LeadColumn::Distributor:
        terms = d.caseless(QStringLiteral("dp.name")) + dir;
        break;
    case LeadColumn::Created:
        // Not the id: imported leads keep the date they were created elsewhere.
        terms = QStringLiteral("l.created_at") + dir;
        break;
    }
    return QStringLiteral(" ORDER BY ") + terms + QStringLiteral(", l.id") + dir;
}

PagedQuery leadQuery(const sql::Dialect &d, const LeadFilter &filter, const LeadSort &sort)
{
    const Where w = whereFor(filter);
    PagedQuery q;
    q.with = w.with;
    q.columns = LeadStore::selectColumns();
    q.table = QStringLiteral("leads l");
    q.id = QStringLiteral("l.id");
    // A partner's name is joined for every row walked only when the list is sorted by it.
    if (sort.column == LeadColumn::Partner)
        q.filterJoins = kLeadPartnerJoin;
    else
        q.rowJoins = kLeadPartnerJoin;
    if (sort.column == LeadColumn::Distributor)
        q.filterJoins += kDistributorJoin;
    else
        q.rowJoins += kDistributorJoin;
    q.rowJoins += kAreaJoin;
    q.where = w.clause;
    q.binds = w.binds;
    q.orderBy = [&d, sort](bool reversed) { return orderBy(d, sort, reversed); };
    return q;
}

} // namespace

Result<qint64> LeadStore::count(const LeadFilter &filter) const
{
    return leadQuery(sql::dialect(m_db.sql()), filter, {}).count(m_db.sql());
}

Result<QList<Lead>> LeadStore::page(
    const LeadFilter &filter, const LeadSort &sort, qint64 offset, int limit, qint64 total) const
{
    return leadQuery(sql::dialect(m_db.sql()), filter, sort)
        .page<Lead>(m_db.sql(), offset, limit, total, fromRow);
}

Result<QList<Lead>> LeadStore::list(const LeadFilter &filter, int limit, qint64 offset) const
{
    return page(filter, {}, offset, limit);
}

} // namespace cd
