#include "customerdirectory.h"

#include "customerstore.h"
#include "db/dialect.h"
#include "db/fulltext.h"
#include "db/pagedquery.h"
#include "db/rowreader.h"
#include "db/sql.h"

namespace cd {

namespace {

// The criterion whose index finds a filter's customers (its driver): a partner's, a country's or a
// segment's customers without a partner, a country's with a segment, a country's, a segment's, or
// those with or without a partner, in that order (the most selective first). The others are tested on the
// rows it finds (or in the index itself: customers_country and customers_segment carry the partner and the
// segment, schema 10). Chosen by rule, not by the planner: SQLite's statistics count each NULL as a distinct
// value, so "without a partner" (a tenth of the customers) looked like a handful of rows and had 500,000
// sorted for a page.
enum class Driver { None, Partner, DirectCountry, DirectSegment, Country, CountrySegment, Segment, Binding };

Driver driverOf(const CustomerFilter &f)
{
    if (f.binding == CustomerFilter::Binding::Partner && f.partnerId != 0)
        return Driver::Partner;
    if (f.binding == CustomerFilter::Binding::Direct && !f.country.isEmpty())
        return Driver::DirectCountry; // with the segment too
    if (f.binding == CustomerFilter::Binding::Direct && !f.segment.isEmpty())
        return Driver::DirectSegment;
    if (!f.country.isEmpty())
        return f.segment.isEmpty() ? Driver::Country : Driver::CountrySegment;
    if (!f.segment.isEmpty())
        return Driver::Segment;
    if (f.binding != CustomerFilter::Binding::Any)
        return Driver::Binding;
    return Driver::None;
}

// A criterion whose index also gives the list's order, when there is one: it is then walked with
// nothing to sort (a column the filter fixes orders by what follows it in the index).
std::optional<Driver> orderingDriver(const CustomerFilter &f, CustomerColumn column)
{
    const bool partner = f.binding == CustomerFilter::Binding::Partner && f.partnerId != 0;
    if (partner && (column == CustomerColumn::Name || column == CustomerColumn::Partner))
        return Driver::Partner; // customers_partner_name, customers_partner
    if (!f.country.isEmpty()) {
        if (column == CustomerColumn::City || column == CustomerColumn::Country)
            return Driver::Country; // customers_country
        if (column == CustomerColumn::Name)
            return f.segment.isEmpty() ? Driver::Country : Driver::CountrySegment; // ..._name, ..._segment
        if (column == CustomerColumn::Segment) // segment, then name: names go with the country too
            return Driver::CountrySegment; // customers_country_segment
    }
    if (!f.segment.isEmpty() && (column == CustomerColumn::Segment || column == CustomerColumn::Name))
        return Driver::Segment; // customers_segment (schema 11)
    if (f.binding != CustomerFilter::Binding::Any && !partner && column == CustomerColumn::Partner)
        return Driver::Binding; // customers_partner_dir
    return std::nullopt;
}

// The index of `driver`'s rows in the order of `column` where it gives it.
QString driverIndex(Driver driver, CustomerColumn column)
{
    switch (driver) {
    case Driver::Partner:
        return column == CustomerColumn::Name ? QStringLiteral("customers_partner_name")
                                              : QStringLiteral("customers_partner");
    case Driver::Country:
        return column == CustomerColumn::City || column == CustomerColumn::Country
            ? QStringLiteral("customers_country")
            : QStringLiteral("customers_country_name");
    case Driver::CountrySegment:
        return QStringLiteral("customers_country_segment");
    case Driver::DirectCountry:
        return QStringLiteral("customers_direct_country");
    case Driver::DirectSegment:
        return QStringLiteral("customers_direct_segment");
    case Driver::Segment:
        return QStringLiteral("customers_segment");
    case Driver::Binding:
        return QStringLiteral("customers_partner_dir");
    case Driver::None:
        break;
    }
    return {};
}

// The index of the sort column.
QString sortIndex(CustomerColumn column)
{
    switch (column) {
    case CustomerColumn::Code:
        return QStringLiteral("customers_code_dir");
    case CustomerColumn::Name:
        return QStringLiteral("customers_name");
    case CustomerColumn::City:
        return QStringLiteral("customers_city");
    case CustomerColumn::Country:
        return QStringLiteral("customers_country");
    case CustomerColumn::Segment:
        return QStringLiteral("customers_segment");
    case CustomerColumn::Partner:
        return QStringLiteral("customers_partner_dir");
    case CustomerColumn::Updated:
        return QStringLiteral("customers_updated");
    }
    return {};
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
        // Then by city: customers_country holds both (schema 10).
        return QStringLiteral(" ORDER BY ") + c("country") + dir + QStringLiteral(", ")
            + d.caseless(c("city")) + dir + QStringLiteral(", c.id") + dir;
    case CustomerColumn::Segment:
        // Then by name: customers_segment holds both (schema 11).
        return QStringLiteral(" ORDER BY ") + c("segment") + dir + QStringLiteral(", ")
            + d.caseless(c("name")) + dir + QStringLiteral(", c.id") + dir;
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
    const auto halves = [&](QList<PagedQuery::SortKey> keys, const char *index) {
        return PagedQuery::archivedHalves(
            d, QStringLiteral("c"), keys, QLatin1String(index), sort.order, criteria);
    };
    switch (sort.column) {
    case CustomerColumn::Code:
        return halves({{QStringLiteral("c.code")}}, "customers_code_dir");
    case CustomerColumn::Name:
        break;
    case CustomerColumn::City:
        return halves({{QStringLiteral("c.city"), true}}, "customers_city");
    case CustomerColumn::Country:
        return halves({{QStringLiteral("c.country")}, {QStringLiteral("c.city"), true}}, "customers_country");
    case CustomerColumn::Segment:
        return halves({{QStringLiteral("c.segment")}, {QStringLiteral("c.name"), true}}, "customers_segment");
    case CustomerColumn::Partner:
        return halves({{QStringLiteral("c.partner_id")}}, "customers_partner_dir");
    case CustomerColumn::Updated:
        return halves({{QStringLiteral("c.updated_at")}}, "customers_updated");
    }
    return halves({{QStringLiteral("c.name"), true}}, "customers_name");
}

const QString kCustomerRowColumns = QStringLiteral(
    "c.id, c.code, c.name, c.city, c.country, c.segment, c.partner_id, p.code, p.name, c.updated_at, "
    "c.archived_at IS NOT NULL");

CustomerRow customerRowFrom(const QSqlQuery &q)
{
    CustomerRow r;
    sql::RowReader {q}(r.id, r.code, r.name, r.city, r.country, r.segment, r.partnerId, r.partnerCode,
        r.partnerName, r.updatedAt, r.archived);
    return r;
}

} // namespace

CustomerDirectory::CustomerDirectory(const Database &db)
    : m_db(db.sql())
{}

// The driver a path finds the rows with: on Path::Ordered the one whose index gives the order, on
// the others the most selective.
Driver pathDriver(const CustomerFilter &f, CustomerColumn sort, CustomerDirectory::Path path)
{
    if (path == CustomerDirectory::Path::Ordered)
        return orderingDriver(f, sort).value_or(Driver::None);
    return driverOf(f);
}

QString CustomerDirectory::where(
    const CustomerFilter &f, CustomerColumn sort, QVariantList &binds, bool walk, Path path) const
{
    const sql::Dialect &d = sql::dialect(m_db);
    const QString fts = d.searchQuery(f.search);
    // With a search the matches drive the query (rowid lookups, then a sort of the matches); the
    // other columns are kept from the planner's index choice so that it does not walk a column
    // index instead and probe every row against them. A broad search (`walk`) walks the sort
    // index and looks each row up in the set of matches, gathered once (see PartnerDirectory).
    // Without a search, only the driver's columns are left to the index on Path::Driver and
    // Path::Ordered, and no criterion on Path::SortIndex; on Path::Gathered the driver's matches
    // are gathered into a set once, and the sort index is walked and each row looked up in it.
    if (fts.isEmpty() && path == Path::Gathered) {
        QVariantList inner;
        const QString matching = where(f, sort, inner, false, Path::Driver);
        QStringList terms;
        if (f.archived != CustomerFilter::Archived::Include)
            terms << (f.archived == CustomerFilter::Archived::Hide
                    ? QStringLiteral("c.archived_at IS NULL")
                    : QStringLiteral("c.archived_at IS NOT NULL"));
        terms << QStringLiteral("%1 IN (SELECT c.id FROM customers c%2%3)")
                     .arg(d.unindexed(QStringLiteral("c.id")), d.useIndex(driverIndex(driverOf(f), sort)),
                         matching);
        binds << inner;
        return QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    }
    const Driver driver = pathDriver(f, sort, path);
    const auto col = [&](const char *column) {
        const QString name = QStringLiteral("c.") + QLatin1String(column);
        if (!fts.isEmpty())
            return walk ? name : d.unindexed(name);
        if (qstrcmp(column, "archived_at") == 0)
            return name;
        // The direct customers' indexes are partial (WHERE partner_id IS NULL): the term must stay
        // as it is for SQLite to use them.
        const bool direct = driver == Driver::DirectCountry || driver == Driver::DirectSegment;
        const bool drives = path != Path::SortIndex
            && ((qstrcmp(column, "partner_id") == 0
                    && (driver == Driver::Partner || driver == Driver::Binding || direct))
                || (qstrcmp(column, "country") == 0
                    && (driver == Driver::Country || driver == Driver::CountrySegment
                        || driver == Driver::DirectCountry))
                || (qstrcmp(column, "segment") == 0
                    && (driver == Driver::Segment || driver == Driver::CountrySegment || direct)));
        return drives ? name : d.unindexed(name);
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
        [&](qint64 cap) { return query(filter, {}, false, Path::Driver).countUpTo(m_db, cap); });
}

PagedQuery CustomerDirectory::query(
    const CustomerFilter &filter, const CustomerSort &sort, bool walk, Path path) const
{
    PagedQuery q;
    q.columns = kCustomerRowColumns;
    q.table = QStringLiteral("customers c");
    q.id = QStringLiteral("c.id");
    q.rowJoins = QStringLiteral(" LEFT JOIN partners p ON p.id = c.partner_id");
    q.where = where(filter, sort.column, q.binds, walk, path);
    const sql::Dialect &d = sql::dialect(m_db);
    const bool search = !d.searchQuery(filter.search).isEmpty();
    const Driver driver = pathDriver(filter, sort.column, path);
    // The index walked, named: the driver's, or the sort column's (also for a list without criteria:
    // the archived ones alone are read from its archived end and sorted there).
    const QString index = search                        ? QString()
        : path == Path::Driver || path == Path::Ordered ? driverIndex(driver, sort.column)
                                                        : sortIndex(sort.column);
    // These indexes lead with the archived state, except a partner's: a list of current and archived
    // customers reads each half apart.
    const bool bothHalves = filter.archived == CustomerFilter::Archived::Include;
    if (!index.isEmpty() && (!bothHalves || (driver == Driver::Partner && path != Path::SortIndex)))
        q.walkFrom = q.table + d.useIndex(index);
    // The driver's rows are sorted unless its index gives the order.
    const bool sortRows = path == Path::Driver && driver != Driver::None && !search;
    q.orderBy = [&d, sort, sortRows](bool reversed) { return orderBy(d, sort, reversed, sortRows); };
    if (bothHalves && q.walkFrom.isEmpty() && !search) {
        q.halves = halvesFor(d, sort, !q.where.isEmpty());
        if (!index.isEmpty())
            q.halves->firstIndex = d.useIndex(index);
        // The archived half through the driver's index, which tests the criteria before a row is
        // read: the planner took the sort index and read every archived customer (all in DE by
        // last update: 24,800 rows read for 4,500 German ones, 132 ms).
        // (Not a partial index: the criteria are written for the sort index, which SQLite does not
        // take as implying the partial index's condition.)
        const Driver halfDriver = driver == Driver::DirectCountry ? Driver::Country
            : driver == Driver::DirectSegment                     ? Driver::Segment
                                                                  : driver;
        // On Path::Ordered both halves walk the index that gives the order (all in DE by segment:
        // 0.8 s through the planner's choice).
        if (path == Path::Ordered && !index.isEmpty())
            q.halves->secondIndex = d.useIndex(index);
        else if (halfDriver != Driver::None && path != Path::Gathered)
            q.halves->secondIndex = d.useIndex(driverIndex(halfDriver, sort.column));
    }
    return q;
}

Result<CustomerDirectory::Path> CustomerDirectory::pathFor(
    const CustomerFilter &filter, const CustomerSort &sort, qint64 total) const
{
    // A search has its own way (see where()); without criteria the sort index is the only way.
    const Driver driver = driverOf(filter);
    if (driver == Driver::None || !sql::dialect(m_db).searchQuery(filter.search).isEmpty())
        return Path::SortIndex;
    const std::optional<Driver> ordering = orderingDriver(filter, sort.column);
    if (ordering == driver)
        return Path::Ordered;
    // Few matches are sorted; more are found along an index that gives the order, when a criterion
    // has one, or else gathered into a set that the walk along the sort index looks each row up in
    // (an in-memory probe instead of reading the row: "Healthcare in IT", 40,000 customers, by
    // code 70 → 22 ms); when they are many, the walk soon finds a page's rows and reading those is
    // cheaper than gathering every match.
    auto n = query(filter, {}, false, Path::Driver).matchesUpTo(m_db, total, PagedQuery::kGatherMatchesBelow);
    if (!n)
        return n.error();
    if (n.value() < PagedQuery::kSortMatchesBelow)
        return Path::Driver;
    if (ordering)
        return Path::Ordered;
    // The set is gathered from the driver's index, which leads with the archived state.
    const bool gather = filter.archived != CustomerFilter::Archived::Include;
    return gather && n.value() < PagedQuery::kGatherMatchesBelow ? Path::Gathered : Path::SortIndex;
}

Result<qint64> CustomerDirectory::count(const CustomerFilter &filter) const
{
    return query(filter, {}, false, Path::Driver).count(m_db);
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
    auto path = pathFor(filter, sort, total);
    if (!path)
        return path.error();
    return query(filter, sort, walk, path.value())
        .page<CustomerRow>(m_db, offset, limit, total, customerRowFrom);
}

Status CustomerDirectory::forEach(const CustomerFilter &filter, const CustomerSort &sort,
    const std::function<bool(const CustomerRow &)> &onRow) const
{
    auto path = pathFor(filter, sort, -1);
    if (!path)
        return path.error();
    return query(filter, sort, false, path.value()).forEach(m_db, [&](const QSqlQuery &q) {
        return onRow(customerRowFrom(q));
    });
}

Status CustomerDirectory::forEachCustomer(const CustomerFilter &filter, const CustomerSort &sort,
    const std::function<bool(const Customer &)> &onCustomer) const
{
    auto path = pathFor(filter, sort, -1);
    if (!path)
        return path.error();
    // The list's own query (its index, order and halves), reading whole records.
    PagedQuery list = query(filter, sort, false, path.value());
    list.columns = sql::qualified(CustomerStore::selectColumns(), QStringLiteral("c"));
    list.rowJoins.clear();
    return list.forEach(m_db, [&](const QSqlQuery &q) { return onCustomer(CustomerStore::fromRow(q)); });
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
