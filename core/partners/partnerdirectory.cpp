#include "partnerdirectory.h"
#include "partnerdirectory_p.h"

#include "db/dialect.h"
#include "db/fulltext.h"
#include "db/pagedquery.h"
#include "db/rowreader.h"
#include "db/sql.h"
#include "partnerstore.h"

namespace cd {

namespace pq = partnerquery;

namespace partnerquery {

OrderingIndex orderingIndex(const PartnerFilter &f, PartnerColumn column)
{
    if (!f.country.isEmpty() && (column == PartnerColumn::City || column == PartnerColumn::Country))
        return {QStringLiteral("partners_country"), "country"}; // country, city, id (schema 10)
    if (f.kind && column == PartnerColumn::Kind)
        return {QStringLiteral("partners_kind"), "kind"};
    if (f.status && column == PartnerColumn::Status)
        return {QStringLiteral("partners_status"), "status"};
    return {};
}

// How many of the filter's criteria (not the search, not the archived state) are set.
int criteriaCount(const PartnerFilter &f)
{
    return int(f.kind.has_value()) + int(f.status.has_value()) + int(f.levelId != 0)
        + int(f.activationId != 0) + int(f.areaId != 0) + int(f.accountManagerId != 0)
        + int(!f.country.isEmpty());
}

// Two or more criteria without a search: matched from partners_filters, which holds every filter
// column, instead of one criterion's index and a row read per entry for the others.
bool isCombined(const sql::Dialect &d, const PartnerFilter &f)
{
    return criteriaCount(f) >= 2 && d.searchQuery(f.search).isEmpty();
}

// The entry the filter fixes for a lookup column (0: none).
qint64 lookupIdOf(const PartnerFilter &f, PartnerColumn column)
{
    switch (column) {
    case PartnerColumn::Level:
        return f.levelId;
    case PartnerColumn::Activation:
        return f.activationId;
    case PartnerColumn::Area:
        return f.areaId;
    case PartnerColumn::AccountManager:
        return f.accountManagerId;
    default:
        return 0;
    }
}

// Whether the order goes together with the filter: places (city, country, area) and the account
// managers who look after them.
bool goesWith(const PartnerFilter &f, PartnerColumn column)
{
    const bool place = !f.country.isEmpty() || f.areaId != 0 || f.accountManagerId != 0;
    return place
        && (column == PartnerColumn::City || column == PartnerColumn::Country || column == PartnerColumn::Area
            || column == PartnerColumn::AccountManager);
}

std::optional<PartnerLookupSort> lookupSort(const sql::Dialect &d, PartnerColumn column)
{
    switch (column) {
    case PartnerColumn::Level:
        return PartnerLookupSort {QStringLiteral("level_id"), QStringLiteral("partner_levels"),
            QStringLiteral("x.name"), QStringLiteral("partners_level")};
    case PartnerColumn::Activation:
        return PartnerLookupSort {QStringLiteral("activation_id"), QStringLiteral("partner_activations"),
            QStringLiteral("x.name"), QStringLiteral("partners_activation")};
    case PartnerColumn::Area:
        return PartnerLookupSort {QStringLiteral("area_id"), QStringLiteral("areas"),
            QStringLiteral("x.name"), QStringLiteral("partners_area"), {},
            QStringLiteral("partners_country_area")};
    case PartnerColumn::AccountManager:
        // The label as the list shows it; users_label indexes exactly this expression.
        return PartnerLookupSort {QStringLiteral("account_manager_id"), QStringLiteral("users"),
            d.caseless(QStringLiteral("coalesce(nullif(x.display_name, ''), x.login)")),
            QStringLiteral("partners_manager"), d.useIndex(QStringLiteral("users_label"))};
    default:
        return std::nullopt;
    }
}

PartnerRow partnerRowFrom(const QSqlQuery &q)
{
    PartnerRow r;
    sql::RowReader row(q);
    row(r.id, r.code, r.name, r.legalName)
        .key(r.kind, Partner::kindFromKey, PartnerKind::Reseller)
        .key(r.status, Partner::statusFromKey, PartnerStatus::Active);
    row(r.level, r.activation, r.area, r.city, r.country, r.accountManager, r.updatedAt, r.archived,
        r.commissionRate, r.marginBased);
    return r;
}

} // namespace partnerquery

namespace {

// The partners column a sort column orders by.
QString orderColumn(PartnerColumn column)
{
    switch (column) {
    case PartnerColumn::Code:
        return QStringLiteral("code");
    case PartnerColumn::Name:
        return QStringLiteral("name");
    case PartnerColumn::LegalName:
        return QStringLiteral("legal_name");
    case PartnerColumn::Kind:
        return QStringLiteral("kind");
    case PartnerColumn::Status:
        return QStringLiteral("status");
    case PartnerColumn::Level:
        return QStringLiteral("level_id");
    case PartnerColumn::Activation:
        return QStringLiteral("activation_id");
    case PartnerColumn::Area:
        return QStringLiteral("area_id");
    case PartnerColumn::City:
        return QStringLiteral("city");
    case PartnerColumn::Country:
        return QStringLiteral("country");
    case PartnerColumn::AccountManager:
        return QStringLiteral("account_manager_id");
    case PartnerColumn::Updated:
        return QStringLiteral("updated_at");
    }
    return QStringLiteral("id");
}

// ORDER BY terms that match an index, ascending, through `c` (the column as such, or kept from
// the planner's index choice when the matches are sorted); the row id breaks ties so paging is
// stable.
QString orderTerm(const sql::Dialect &d, PartnerColumn column, const std::function<QString(const char *)> &c)
{
    // Lookup columns sort by the entry's name (pq::lookupSort, checked first by orderBy); their terms
    // here only keep every column answered.
    const QString term = c(orderColumn(column).toLatin1().constData());
    const bool caseless = column == PartnerColumn::Name || column == PartnerColumn::LegalName
        || column == PartnerColumn::City;
    return caseless ? d.caseless(term) : term;
}

} // namespace

namespace {

// For a list of current and archived partners (see PagedQuery::Halves): the sort column, whether
// it is compared without case, and its index. Lookup columns sort through their own walk.
// The index of a column's order (archived_at, column, id), for the columns that have one.
QString sortIndex(PartnerColumn column)
{
    switch (column) {
    case PartnerColumn::Code:
        return QStringLiteral("partners_code_dir");
    case PartnerColumn::Name:
        return QStringLiteral("partners_name");
    case PartnerColumn::LegalName:
        return QStringLiteral("partners_legal_name");
    case PartnerColumn::Kind:
        return QStringLiteral("partners_kind");
    case PartnerColumn::Status:
        return QStringLiteral("partners_status");
    case PartnerColumn::City:
        return QStringLiteral("partners_city");
    case PartnerColumn::Country:
        return QStringLiteral("partners_country");
    case PartnerColumn::Updated:
        return QStringLiteral("partners_updated");
    case PartnerColumn::Level:
    case PartnerColumn::Activation:
    case PartnerColumn::Area:
    case PartnerColumn::AccountManager:
        break; // sorted through their lookup (pq::lookupSort)
    }
    return {};
}

// For a list of current and archived partners (see PagedQuery::Halves): the sort columns, whether
// they are compared without case, and their index. Lookup columns sort through their own walk.
std::optional<PagedQuery::Halves> halvesFor(const sql::Dialect &d, const PartnerSort &sort, bool criteria)
{
    const QString index = sortIndex(sort.column);
    if (index.isEmpty())
        return std::nullopt;
    QList<PagedQuery::SortKey> keys;
    switch (sort.column) {
    case PartnerColumn::Name:
    case PartnerColumn::LegalName:
    case PartnerColumn::City:
        keys = {{QStringLiteral("p.") + orderColumn(sort.column), true}};
        break;
    case PartnerColumn::Country:
        keys = {{QStringLiteral("p.country")}, {QStringLiteral("p.city"), true}};
        break;
    default:
        keys = {{QStringLiteral("p.") + orderColumn(sort.column)}};
        break;
    }
    return PagedQuery::archivedHalves(d, QStringLiteral("p"), keys, index, sort.order, criteria);
}

// `sortMatches`: the sort columns are kept from the planner's index choice, so that the filter's
// index finds the rows and they are sorted (see PagedQuery::kSortMatchesBelow).
QString orderBy(const sql::Dialect &d, const PartnerSort &sort, bool reversed, bool sortMatches = false)
{
    const bool ascending = (sort.order == Qt::AscendingOrder) != reversed;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const auto c = [&](const char *column) {
        const QString name = QStringLiteral("p.") + QLatin1String(column);
        return sortMatches ? d.unindexed(name) : name;
    };
    if (sort.column == PartnerColumn::Code)
        return QStringLiteral(" ORDER BY ") + c("code") + dir;
    if (const auto lookup = pq::lookupSort(d, sort.column))
        return QStringLiteral(" ORDER BY ") + lookup->name + dir + QStringLiteral(", x.id") + dir
            + QStringLiteral(", p.id") + dir;
    if (sort.column == PartnerColumn::Country) // then by city: partners_country holds both (schema 10)
        return QStringLiteral(" ORDER BY ") + c("country") + dir + QStringLiteral(", ")
            + d.caseless(c("city")) + dir + QStringLiteral(", p.id") + dir;
    return QStringLiteral(" ORDER BY ") + orderTerm(d, sort.column, c) + dir + QStringLiteral(", p.id") + dir;
}

const QString kPartnerRowColumns
    = QStringLiteral("p.id, p.code, p.name, p.legal_name, p.kind, p.status, l.name, a.name, ar.name, p.city, "
                     "p.country, coalesce(nullif(u.display_name, ''), u.login), p.updated_at, "
                     "p.archived_at IS NOT NULL, p.commission_rate, p.margin_based");
const QString kPartnerRowJoins = QStringLiteral(" LEFT JOIN partner_levels l ON l.id = p.level_id "
                                                "LEFT JOIN partner_activations a ON a.id = p.activation_id "
                                                "LEFT JOIN areas ar ON ar.id = p.area_id "
                                                "LEFT JOIN users u ON u.id = p.account_manager_id");

// The archived state and the criteria as conditions on the columns `column` names.
QStringList criteriaTerms(
    const PartnerFilter &f, QVariantList &binds, const std::function<QString(const char *)> &column)
{
    QStringList terms;
    switch (f.archived) {
    case PartnerFilter::Archived::Hide:
        terms << column("archived_at") + QStringLiteral(" IS NULL");
        break;
    case PartnerFilter::Archived::Only:
        terms << column("archived_at") + QStringLiteral(" IS NOT NULL");
        break;
    case PartnerFilter::Archived::Include:
        break;
    }
    if (f.kind) {
        terms << column("kind") + QStringLiteral(" = ?");
        binds << Partner::kindKey(*f.kind);
    }
    if (f.status) {
        terms << column("status") + QStringLiteral(" = ?");
        binds << Partner::statusKey(*f.status);
    }
    const auto idTerm = [&](qint64 id, const char *name) {
        if (id != 0) {
            terms << column(name) + QStringLiteral(" = ?");
            binds << id;
        }
    };
    idTerm(f.levelId, "level_id");
    idTerm(f.activationId, "activation_id");
    idTerm(f.areaId, "area_id");
    idTerm(f.accountManagerId, "account_manager_id");
    if (!f.country.isEmpty()) {
        terms << column("country") + QStringLiteral(" = ?");
        binds << f.country.toUpper();
    }
    return terms;
}

// The index of a filter's one criterion.
QString criterionIndex(const PartnerFilter &f)
{
    if (f.kind)
        return QStringLiteral("partners_kind");
    if (f.status)
        return QStringLiteral("partners_status");
    if (f.levelId != 0)
        return QStringLiteral("partners_level");
    if (f.activationId != 0)
        return QStringLiteral("partners_activation");
    if (f.areaId != 0)
        return QStringLiteral("partners_area");
    if (f.accountManagerId != 0)
        return QStringLiteral("partners_manager");
    return QStringLiteral("partners_country");
}

} // namespace

PartnerDirectory::PartnerDirectory(const Database &db)
    : m_db(db.sql())
{}

QString PartnerDirectory::where(
    const PartnerFilter &f, QVariantList &binds, bool walk, bool gathered, const char *testRows) const
{
    const sql::Dialect &d = sql::dialect(m_db);
    const QString fts = d.searchQuery(f.search);
    if (testRows) {
        // Combined filters that keep many partners: each row tested, no set (see page()); only the
        // column the walk seeks on is left to its index.
        return QStringLiteral(" WHERE ") + criteriaTerms(f, binds, [&](const char *column) -> QString {
            const QString name = QStringLiteral("p.") + QLatin1String(column);
            return qstrcmp(column, "archived_at") == 0 || qstrcmp(column, testRows) == 0 ? name
                                                                                         : d.unindexed(name);
        }).join(QStringLiteral(" AND "));
    }
    // One criterion gathered into a set like combined ones, from its own index.
    const bool combined = pq::isCombined(d, f) || gathered;
    // With a search (or two or more filters) the matches drive the query (rowid lookups, then a
    // sort of the matches); the other columns are kept from the planner's index choice so that it
    // does not walk a column index instead and probe every row against them. When the matches are
    // many (`walk`) it is the opposite: the matches are gathered once into a set, and the sort
    // index is walked and each row looked up in that set, so the first page needs a few hundred
    // lookups rather than a sort of 400,000 matches. (Asking the search index row by row instead
    // costs a merge of every word with the prefix per row when the prefix is longer than the
    // index's prefixes: 18 s for "North".)
    const auto col = [&](const char *column) {
        const QString name = QStringLiteral("p.") + QLatin1String(column);
        return (fts.isEmpty() && !combined) || walk ? name : d.unindexed(name);
    };
    const QString id = walk ? d.unindexed(QStringLiteral("p.id")) : QStringLiteral("p.id");
    QStringList terms;
    if (!fts.isEmpty()) {
        terms << QStringLiteral("%1 IN (%2)").arg(id, d.searchIds(QStringLiteral("partner")));
        binds << fts;
    }
    if (combined) {
        // The matching ids from partners_filters alone; the archived state stays on the list's
        // own rows too, for the sort index's leading column.
        QVariantList inner;
        const QStringList matching = criteriaTerms(f, inner,
            [](const char *column) -> QString { return QStringLiteral("f.") + QLatin1String(column); });
        QVariantList none;
        terms << criteriaTerms(PartnerFilter {.archived = f.archived}, none, col);
        terms << QStringLiteral("%1 IN (SELECT f.id FROM partners f%2 WHERE %3)")
                     .arg(id,
                         d.useIndex(
                             pq::isCombined(d, f) ? QStringLiteral("partners_filters") : criterionIndex(f)),
                         matching.join(QStringLiteral(" AND ")));
        binds << inner;
    } else {
        terms << criteriaTerms(f, binds, col);
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

PagedQuery PartnerDirectory::countQuery(const PartnerFilter &filter) const
{
    const sql::Dialect &d = sql::dialect(m_db);
    // In name order, the order a search alone is counted in from the narrow index (see query()).
    if (!pq::isCombined(d, filter))
        return query(filter, {PartnerColumn::Name}, false);
    // Counted in partners_filters alone: every criterion is a column of it.
    PagedQuery q;
    q.table = QStringLiteral("partners p") + d.useIndex(QStringLiteral("partners_filters"));
    q.id = QStringLiteral("p.id");
    const QStringList terms = criteriaTerms(filter, q.binds,
        [](const char *column) -> QString { return QStringLiteral("p.") + QLatin1String(column); });
    q.where = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return q;
}

PagedQuery PartnerDirectory::query(const PartnerFilter &filter, const PartnerSort &sort, bool walk,
    bool sortMatches, bool gathered, const char *testRows) const
{
    PagedQuery q;
    q.columns = kPartnerRowColumns;
    q.table = QStringLiteral("partners p");
    q.id = QStringLiteral("p.id");
    q.rowJoins = kPartnerRowJoins;
    q.where = where(filter, q.binds, walk, gathered, testRows);
    const sql::Dialect &d = sql::dialect(m_db);
    // The walk along the sort index probing the gathered set or testing each row: named, since
    // the planner would rather take the unique code index and read each row for its archived
    // state, or the filters' index and sort every match.
    // The archived partners alone (and nothing else asked) are read from the sort index's
    // archived end and sorted there, without a row read: the planner took another index and read
    // each row (9,977 archived partners by name: 120 ms).
    const bool archivedOnly = filter.archived == PartnerFilter::Archived::Only
        && pq::criteriaCount(filter) == 0 && d.searchQuery(filter.search).isEmpty();
    if (const QString index = sortIndex(sort.column); (gathered || testRows || archivedOnly)
        && !index.isEmpty() && filter.archived != PartnerFilter::Archived::Include)
        q.walkFrom = q.table + d.useIndex(index);
    // A search alone, counted or sorted by name, reads its matches' ids, states and names from a
    // narrow index (schema 12) rather than their rows, which lie spread over the whole file: a
    // hundred and more partners to a page, which the connection's cache keeps ("Esposito", 4,753
    // matches: 10–20 → 4–8 ms).
    if (!walk && !gathered && !testRows && pq::criteriaCount(filter) == 0
        && sort.column == PartnerColumn::Name && !d.searchQuery(filter.search).isEmpty())
        q.walkFrom = q.table + d.useIndex(QStringLiteral("partners_search_sort"));
    q.orderBy = [&d, sort, sortMatches](bool reversed) { return orderBy(d, sort, reversed, sortMatches); };
    if (const auto lookup = pq::lookupSort(d, sort.column))
        q.filterJoins = QStringLiteral(" LEFT JOIN %1 x ON x.id = p.%2").arg(lookup->table, lookup->column);
    else if (filter.archived == PartnerFilter::Archived::Include && !sortMatches
        && d.searchQuery(filter.search).isEmpty())
        q.halves = halvesFor(d, sort, !q.where.isEmpty());
    return q;
}

Result<qint64> PartnerDirectory::count(const PartnerFilter &filter) const
{
    return countQuery(filter).count(m_db);
}

Result<std::pair<qint64, bool>> PartnerDirectory::quickCount(const PartnerFilter &filter) const
{
    // Two or more criteria are counted in partners_filters; at a million partners that is still a
    // walk over hundreds of thousands of entries, so up to "1,000+" at once and exactly on the
    // model's worker afterwards. One criterion counts its own index's entries.
    const sql::Dialect &d = sql::dialect(m_db);
    if (pq::isCombined(d, filter)) {
        auto n = countQuery(filter).countUpTo(m_db, fulltext::kQuickCountCap);
        if (!n)
            return n.error();
        if (n.value() >= fulltext::kQuickCountCap)
            return std::pair {fulltext::kQuickCountCap, false};
        return std::pair {n.value(), true};
    }
    return fulltext::quickCount(m_db, QStringLiteral("partner"), d.searchQuery(filter.search),
        [&](qint64 cap) { return countQuery(filter).countUpTo(m_db, cap); });
}

Status PartnerDirectory::forEach(const PartnerFilter &filter, const PartnerSort &sort,
    const std::function<bool(const PartnerRow &)> &onRow) const
{
    // One forward-only statement streams the rows; SQLite keeps only the current one in memory.
    auto few = sortsMatches(filter, -1);
    if (!few)
        return few.error();
    return query(filter, sort, false, few.value()).forEach(m_db, [&](const QSqlQuery &q) {
        return onRow(pq::partnerRowFrom(q));
    });
}

Status PartnerDirectory::forEachPartner(const PartnerFilter &filter, const PartnerSort &sort,
    const std::function<bool(const Partner &)> &onPartner) const
{
    auto few = sortsMatches(filter, -1);
    if (!few)
        return few.error();
    // The list's own query, reading whole records: with the lookup its order joins (sorting by
    // level referred to a lookup table the statement did not join, and the export failed).
    PagedQuery list = query(filter, sort, false, few.value());
    list.columns = sql::qualified(PartnerStore::selectColumns(), QStringLiteral("p"));
    list.rowJoins.clear();
    return list.forEach(m_db, [&](const QSqlQuery &q) { return onPartner(PartnerStore::fromRow(q)); });
}

} // namespace cd
