#include "customerdirectory.h"

#include "customerstore.h"
#include "db/dialect.h"
#include "db/fulltext.h"
#include "db/pagedquery.h"
#include "db/sql.h"

namespace cd {

namespace {

// A filter that leaves few rows out of millions (one partner's customers; a country and a segment
// together): its index finds them and they are sorted, rather than walking the sort column's index
// over every customer and testing each. The unary + keeps SQLite from ordering through an index.
// By name, both selective filters have an index that also gives the order (schema 5).
bool sortsAfterFilter(const CustomerFilter &f, const CustomerSort &sort)
{
    const bool selective = (f.binding == CustomerFilter::Binding::Partner && f.partnerId != 0)
        || (!f.country.isEmpty() && !f.segment.isEmpty());
    return selective && sort.column != CustomerColumn::Name;
}

QString orderBy(const sql::Dialect &d, const CustomerSort &sort, bool reversed, bool sortAfterFilter = false)
{
    const bool ascending = (sort.order == Qt::AscendingOrder) != reversed;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // Sorting after the filter: the filter's index finds the rows, and no sort index may.
    const auto c = [&](const char *column) {
        const QString name = QStringLiteral("c.") + QLatin1String(column);
        return sortAfterFilter ? d.unindexed(name) : name;
    };
    QString term;
    switch (sort.column) {
    case CustomerColumn::Code:
        return QStringLiteral(" ORDER BY ") + c("code") + dir;
    case CustomerColumn::Name:
        term = d.caseless(c("name"));
        break;
    case CustomerColumn::City:
        term = d.caseless(c("city"));
        break;
    case CustomerColumn::Country:
        term = c("country");
        break;
    case CustomerColumn::Segment:
        term = c("segment");
        break;
    case CustomerColumn::Partner:
        term = c("partner_id"); // groups by partner through the index
        break;
    case CustomerColumn::Updated:
        term = c("updated_at");
        break;
    }
    return QStringLiteral(" ORDER BY ") + term + dir + QStringLiteral(", c.id") + dir;
}

// For a list of current and archived customers (see PagedQuery::Halves): the sort column, whether
// it is compared without case, and its index.
PagedQuery::Halves halvesFor(const sql::Dialect &d, const CustomerSort &sort, bool criteria)
{
    const auto halves = [&](const char *column, bool caseless, const char *index) {
        return PagedQuery::archivedHalves(d, QStringLiteral("c"), QLatin1String(column), caseless,
            QLatin1String(index), sort.order, criteria);
    };
    switch (sort.column) {
    case CustomerColumn::Code:
        return halves("c.code", false, "customers_code_dir");
    case CustomerColumn::Name:
        break;
    case CustomerColumn::City:
        return halves("c.city", true, "customers_city");
    case CustomerColumn::Country:
        return halves("c.country", false, "customers_country");
    case CustomerColumn::Segment:
        return halves("c.segment", false, "customers_segment");
    case CustomerColumn::Partner:
        return halves("c.partner_id", false, "customers_partner_dir");
    case CustomerColumn::Updated:
        return halves("c.updated_at", false, "customers_updated");
    }
    return halves("c.name", true, "customers_name");
}

const QString kCustomerRowColumns = QStringLiteral(
    "c.id, c.code, c.name, c.city, c.country, c.segment, c.partner_id, p.code, p.name, c.updated_at, "
    "c.archived_at IS NOT NULL");

CustomerRow customerRowFrom(const QSqlQuery &q)
{
    CustomerRow r;
    r.id = q.value(0).toLongLong();
    r.code = q.value(1).toString();
    r.name = q.value(2).toString();
    r.city = q.value(3).toString();
    r.country = q.value(4).toString();
    r.segment = q.value(5).toString();
    r.partnerId = q.value(6).toLongLong();
    r.partnerCode = q.value(7).toString();
    r.partnerName = q.value(8).toString();
    r.updatedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    r.archived = q.value(10).toBool();
    return r;
}

} // namespace

CustomerDirectory::CustomerDirectory(const Database &db)
    : m_db(db.sql())
{}

QString CustomerDirectory::where(const CustomerFilter &f, QVariantList &binds, bool walk) const
{
    const sql::Dialect &d = sql::dialect(m_db);
    const QString fts = d.searchQuery(f.search);
    // With a search the matches drive the query (rowid lookups, then a sort of the matches); the
    // other columns are kept from the planner's index choice so that it does not walk a column
    // index instead and probe every row against them. A broad search (`walk`) walks the sort
    // index and looks each row up in the set of matches, gathered once (see PartnerDirectory).
    const auto col = [&](const char *column) {
        const QString name = QStringLiteral("c.") + QLatin1String(column);
        return fts.isEmpty() || walk ? name : d.unindexed(name);
    };
    QStringList terms;
    switch (f.archived) {
    case CustomerFilter::Archived::Hide:
        terms << col("archived_at") + QStringLiteral(" IS NULL");
        break;
    case CustomerFilter::Archived::Only:
        terms << col("archived_at") + QStringLiteral(" IS NOT NULL");
        break;
    case CustomerFilter::Archived::Include:
        break;
    }
    if (!fts.isEmpty()) {
        terms << QStringLiteral("%1 IN (%2)")
                     .arg(walk ? d.unindexed(QStringLiteral("c.id")) : QStringLiteral("c.id"),
                         d.searchIds(QStringLiteral("customer")));
        binds << fts;
    }
    switch (f.binding) {
    case CustomerFilter::Binding::Any:
        break;
    case CustomerFilter::Binding::Partner:
        if (f.partnerId == 0) {
            terms << col("partner_id") + QStringLiteral(" IS NOT NULL"); // served by any partner
        } else {
            terms << col("partner_id") + QStringLiteral(" = ?");
            binds << f.partnerId;
        }
        break;
    case CustomerFilter::Binding::Direct:
        terms << col("partner_id") + QStringLiteral(" IS NULL");
        break;
    }
    if (!f.country.isEmpty()) {
        terms << col("country") + QStringLiteral(" = ?");
        binds << f.country.toUpper();
    }
    if (!f.segment.isEmpty()) {
        terms << col("segment") + QStringLiteral(" = ?");
        binds << f.segment;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

Result<std::pair<qint64, bool>> CustomerDirectory::quickCount(const CustomerFilter &filter) const
{
    return fulltext::quickCount(m_db, QStringLiteral("customer"),
        sql::dialect(m_db).searchQuery(filter.search),
        [&](qint64 cap) { return query(filter, {}).countUpTo(m_db, cap); });
}

PagedQuery CustomerDirectory::query(const CustomerFilter &filter, const CustomerSort &sort, bool walk) const
{
    PagedQuery q;
    q.columns = kCustomerRowColumns;
    q.table = QStringLiteral("customers c");
    q.id = QStringLiteral("c.id");
    q.rowJoins = QStringLiteral(" LEFT JOIN partners p ON p.id = c.partner_id");
    q.where = where(filter, q.binds, walk);
    const bool afterFilter = sortsAfterFilter(filter, sort);
    const sql::Dialect &d = sql::dialect(m_db);
    q.orderBy = [&d, sort, afterFilter](bool reversed) { return orderBy(d, sort, reversed, afterFilter); };
    if (filter.archived == CustomerFilter::Archived::Include && !afterFilter
        && d.searchQuery(filter.search).isEmpty())
        q.halves = halvesFor(d, sort, !q.where.isEmpty());
    return q;
}

Result<qint64> CustomerDirectory::count(const CustomerFilter &filter) const
{
    return query(filter, {}).count(m_db);
}

Result<QList<CustomerRow>> CustomerDirectory::page(
    const CustomerFilter &filter, const CustomerSort &sort, qint64 offset, int limit, qint64 total) const
{
    // A broad search walks the sort index, unless a partner or a country with a segment selects
    // the customers (their own index finds them sooner).
    bool walk = false;
    const QString match = sql::dialect(m_db).searchQuery(filter.search);
    const bool selective = (filter.binding == CustomerFilter::Binding::Partner && filter.partnerId != 0)
        || (!filter.country.isEmpty() && !filter.segment.isEmpty());
    if (!match.isEmpty() && !selective) {
        auto broad = fulltext::isBroad(m_db, QStringLiteral("customer"), QStringLiteral("customers"), match);
        if (!broad)
            return broad.error();
        walk = broad.value();
    }
    return query(filter, sort, walk).page<CustomerRow>(m_db, offset, limit, total, customerRowFrom);
}

Status CustomerDirectory::forEach(const CustomerFilter &filter, const CustomerSort &sort,
    const std::function<bool(const CustomerRow &)> &onRow) const
{
    return query(filter, sort).forEach(m_db, [&](const QSqlQuery &q) { return onRow(customerRowFrom(q)); });
}

Status CustomerDirectory::forEachCustomer(const CustomerFilter &filter, const CustomerSort &sort,
    const std::function<bool(const Customer &)> &onCustomer) const
{
    QVariantList binds;
    const QString w = where(filter, binds);
    QString columns;
    for (const QString &c : CustomerStore::selectColumns().split(QStringLiteral(", ")))
        columns += (columns.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("c.") + c;
    auto q = sql::exec(m_db,
        QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM customers c") + w
            + orderBy(sql::dialect(m_db), sort, false, sortsAfterFilter(filter, sort)),
        binds);
    if (!q)
        return q.error();
    while (q.value().next()) {
        if (!onCustomer(CustomerStore::fromRow(q.value())))
            break;
    }
    return {};
}

Result<QStringList> CustomerDirectory::segments() const
{
    // One index probe per distinct segment (a skip scan written out) instead of DISTINCT over every
    // customer, which at five million customers sorted them all in a 200 MB temporary b-tree.
    auto q = sql::exec(m_db,
        QStringLiteral(
            "WITH RECURSIVE s(segment) AS (SELECT min(segment) FROM customers WHERE segment > '' "
            "UNION ALL SELECT (SELECT min(segment) FROM customers WHERE segment > s.segment) FROM s "
            "WHERE s.segment IS NOT NULL) SELECT segment FROM s WHERE segment IS NOT NULL"));
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

} // namespace cd
