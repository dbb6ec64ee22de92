#include "partnerdirectory.h"

#include "db/dialect.h"
#include "db/fulltext.h"
#include "db/pagedquery.h"
#include "db/rowreader.h"
#include "db/sql.h"
#include "partnerstore.h"

namespace cd {

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
    // Lookup columns sort by the entry's name (lookupSort, checked first by orderBy); their terms
    // here only keep every column answered.
    const QString term = c(orderColumn(column).toLatin1().constData());
    const bool caseless = column == PartnerColumn::Name || column == PartnerColumn::LegalName
        || column == PartnerColumn::City;
    return caseless ? d.caseless(term) : term;
}

} // namespace

// A column that shows a lookup entry's name (level, activation, area, account manager): the
// partner's column, the lookup table, and the name as its index orders it.
struct PartnerLookupSort
{
    QString column;
    QString table;
    QString name;
    QString index; // the partners' index by the column (archived_at, column, id)
    QString indexedBy = {}; // for the walk, when the planner would rather sort a small table
    // The index that holds one country's partners in this column's order (archived_at, country,
    // column, id), for the lookups that go with countries (areas, schema 11).
    QString countryIndex = {};
    QString partnersIndexedBy = {}; // the walk's index of the partners, when not the planner's
};

namespace {

using LookupSort = PartnerLookupSort;

std::optional<LookupSort> lookupSort(const sql::Dialect &d, PartnerColumn column)
{
    switch (column) {
    case PartnerColumn::Level:
        return LookupSort {QStringLiteral("level_id"), QStringLiteral("partner_levels"),
            QStringLiteral("x.name"), QStringLiteral("partners_level")};
    case PartnerColumn::Activation:
        return LookupSort {QStringLiteral("activation_id"), QStringLiteral("partner_activations"),
            QStringLiteral("x.name"), QStringLiteral("partners_activation")};
    case PartnerColumn::Area:
        return LookupSort {QStringLiteral("area_id"), QStringLiteral("areas"), QStringLiteral("x.name"),
            QStringLiteral("partners_area"), {}, QStringLiteral("partners_country_area")};
    case PartnerColumn::AccountManager:
        // The label as the list shows it; users_label indexes exactly this expression.
        return LookupSort {QStringLiteral("account_manager_id"), QStringLiteral("users"),
            d.caseless(QStringLiteral("coalesce(nullif(x.display_name, ''), x.login)")),
            QStringLiteral("partners_manager"), d.useIndex(QStringLiteral("users_label"))};
    default:
        return std::nullopt;
    }
}

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
        break; // sorted through their lookup (lookupSort)
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
    if (const auto lookup = lookupSort(d, sort.column))
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

// One criterion's matches gathered into a set from this many on, rather than sorted (see page()).
constexpr qint64 kGatherPartnersFrom = 5000;
// Combined filters' matches found along the sort index with each row tested from this many on,
// rather than probed in a set of them (see page()): about where building the set (0.6 µs a
// match) costs as much as the rows a page passes (128 × 1,000,000 / n, 4 µs each).
constexpr qint64 kTestRowsFrom = 30000;

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

// The index whose range of one of the filter's criteria holds its partners in the order of
// `column`, when there is one: (archived_at, criterion, ...) followed by the sort keys; and the
// criterion's column, which the walk seeks on.
struct OrderingIndex
{
    QString index;
    const char *column = "";
};

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
    const bool combined = isCombined(d, f) || gathered;
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
                             isCombined(d, f) ? QStringLiteral("partners_filters") : criterionIndex(f)),
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
    if (!isCombined(d, filter))
        return query(filter, {}, false);
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
    const bool archivedOnly = filter.archived == PartnerFilter::Archived::Only && criteriaCount(filter) == 0
        && d.searchQuery(filter.search).isEmpty();
    if (const QString index = sortIndex(sort.column); (gathered || testRows || archivedOnly)
        && !index.isEmpty() && filter.archived != PartnerFilter::Archived::Include)
        q.walkFrom = q.table + d.useIndex(index);
    // A search alone, counted or sorted by name, reads its matches' ids, states and names from a
    // narrow index (schema 12) rather than their rows, which lie spread over the whole file: a
    // hundred and more partners to a page, which the connection's cache keeps ("Esposito", 4,753
    // matches: 10–20 → 4–8 ms).
    if (!walk && !gathered && !testRows && criteriaCount(filter) == 0 && sort.column == PartnerColumn::Name
        && !d.searchQuery(filter.search).isEmpty())
        q.walkFrom = q.table + d.useIndex(QStringLiteral("partners_search_sort"));
    q.orderBy = [&d, sort, sortMatches](bool reversed) { return orderBy(d, sort, reversed, sortMatches); };
    if (const auto lookup = lookupSort(d, sort.column))
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
    if (isCombined(d, filter)) {
        auto n = countQuery(filter).countUpTo(m_db, fulltext::kQuickCountCap);
        if (!n)
            return n.error();
        if (n.value() >= fulltext::kQuickCountCap)
            return std::pair {fulltext::kQuickCountCap, false};
        return std::pair {n.value(), true};
    }
    return fulltext::quickCount(m_db, QStringLiteral("partner"), d.searchQuery(filter.search),
        [&](qint64 cap) { return query(filter, {}, false).countUpTo(m_db, cap); });
}

Result<QList<PartnerRow>> PartnerDirectory::page(
    const PartnerFilter &filter, const PartnerSort &sort, qint64 offset, int limit, qint64 total) const
{
    const sql::Dialect &d = sql::dialect(m_db);
    const QString match = d.searchQuery(filter.search);
    // Walk the sort index against the set of matches (see where()) rather than sort them?
    auto walk = fulltext::isBroad(m_db, QStringLiteral("partner"), QStringLiteral("partners"), match);
    if (!walk)
        return walk.error();
    const bool combined = isCombined(d, filter);
    bool testRows = false;
    if (combined) {
        // Combined filters: walk the sort index when they keep a thousandth of the partners or
        // more (a page then passes at most some hundred thousand index entries), else sort them.
        // From kTestRowsFrom matches on, the walk reads and tests each row instead of probing a
        // set of them: building the set costs about 0.6 µs a match (resellers in DE, 125,093:
        // 75 ms), the rows a page passes at that density a few ms.
        auto n = countQuery(filter).matchesUpTo(m_db, total, kTestRowsFrom);
        if (!n)
            return n.error();
        walk = n.value() >= fulltext::kQuickCountCap;
        testRows = n.value() >= kTestRowsFrom && filter.archived != PartnerFilter::Archived::Include;
    }
    // Sorted by a lookup the filter fixes (Gold partners by level): one entry, so the order is the
    // partners' id order, which that column's index gives (seeking the entry), or for combined
    // filters the set of their matches, read in id order.
    const auto lookup = lookupSort(d, sort.column);
    if (lookup && match.isEmpty() && lookupIdOf(filter, sort.column) != 0) {
        const QByteArray seek = lookup->column.toLatin1();
        PagedQuery q = query(filter, sort, false, false, false, testRows ? seek.constData() : nullptr);
        q.filterJoins.clear();
        q.orderBy = [sort](bool reversed) -> QString {
            const bool ascending = (sort.order == Qt::AscendingOrder) != reversed;
            return ascending ? QStringLiteral(" ORDER BY p.id ASC") : QStringLiteral(" ORDER BY p.id DESC");
        };
        if (filter.archived != PartnerFilter::Archived::Include && (!combined || testRows))
            q.walkFrom = q.table + d.useIndex(lookup->index);
        return q.page<PartnerRow>(m_db, offset, limit, total, partnerRowFrom);
    }
    const bool single = criteriaCount(filter) == 1 && match.isEmpty();
    const OrderingIndex ordering = orderingIndex(filter, sort.column);
    // A country sorted by a lookup that goes with countries (areas): each entry's partners in the
    // country are one range of the country's index by that column, so the walk reads no partner
    // it does not show and needs no count (all of DE by area, archived too: 1.2 s → 2 ms). Combined
    // filters test their other criteria on those rows.
    if (lookup && (single || testRows) && !filter.country.isEmpty() && !lookup->countryIndex.isEmpty()) {
        LookupSort inCountry = *lookup;
        inCountry.index = inCountry.partnersIndexedBy = inCountry.countryIndex;
        return pageByLookup(
            filter, sort, inCountry, false, false, offset, limit, total, testRows ? "country" : nullptr);
    }
    // Along the sort index, or the index of a criterion that gives the order (a country by city or
    // country, a kind by kind, a status by status), seeking on that criterion: one criterion's
    // range is then walked with nothing to count or sort; combined filters test the others on each
    // row (resellers in DE by city: DE's range of the country index). Other lookup orders of
    // combined filters keep the set.
    if (testRows && !lookup) {
        PagedQuery q = query(filter, sort, false, false, false, ordering.column);
        if (!ordering.index.isEmpty())
            q.walkFrom = q.table + d.useIndex(ordering.index);
        return q.page<PartnerRow>(m_db, offset, limit, total, partnerRowFrom);
    }
    if (single && !ordering.index.isEmpty() && filter.archived != PartnerFilter::Archived::Include) {
        PagedQuery q = query(filter, sort, false);
        q.walkFrom = q.table + d.useIndex(ordering.index);
        return q.page<PartnerRow>(m_db, offset, limit, total, partnerRowFrom);
    }
    // One criterion without a search: few matches are sorted, more are gathered into a set from
    // the criterion's index that the walk along the sort index looks each row up in (rather than
    // read each row it passes: "area Benelux" by country 166 → 25 ms, "country DE" by area 866 →
    // 95 ms), and many are found along the sort index, which soon passes a page's rows.
    bool sortMatches = false;
    bool gathered = false;
    if (single) {
        // A lookup's order that goes with the filter (a country's account managers) gathers up to
        // more matches: the walk along its entries would pass every other region's partners.
        // Others (a country by level) test each row along the lookup's walk, which soon finds a
        // page at their density, rather than gather 178,466 matches (75 → 5 ms).
        const qint64 gatherBelow = lookup && goesWith(filter, sort.column)
            ? PagedQuery::kGatherCorrelatedBelow
            : PagedQuery::kGatherMatchesBelow;
        auto n = countQuery(filter).matchesUpTo(m_db, total, gatherBelow);
        if (!n)
            return n.error();
        // Where they can be gathered, from a few thousand matches on: sorting reads each match's
        // row (19,719 suspended partners: 60–170 ms), while the set comes from the criterion's
        // index (4 ms) and the walk probing it passes about 128 × 1,000,000 / 5,000 = 25,600
        // entries for a page when the matches are spread (5 ms). Not where the order goes with
        // the criterion (one account manager's partners by city): the walk would pass every
        // other region first.
        const qint64 sortBelow
            = filter.archived != PartnerFilter::Archived::Include && !goesWith(filter, sort.column)
            ? kGatherPartnersFrom
            : PagedQuery::kSortMatchesBelow;
        sortMatches = n.value() < sortBelow;
        // The set comes from the criterion's index, which leads with the archived state.
        gathered
            = !sortMatches && n.value() < gatherBelow && filter.archived != PartnerFilter::Archived::Include;
    }
    // Walking the lookup's entries in name order pays when the filter keeps many partners; a narrow
    // search or a filter that keeps few sorts its matches instead. Telling them apart needs a count
    // only up to that limit (a combined filter's full count takes seconds at a million partners).
    if (lookup && (match.isEmpty() || walk.value())) {
        bool many = walk.value() || (single && !sortMatches);
        if (!many && !single) {
            auto few = countQuery(filter).hasFewMatches(m_db, total);
            if (!few)
                return few.error();
            many = !few.value();
        }
        if (many) {
            // One criterion tested on each row: each entry's partners through the column's index,
            // named (the criterion's index is as good a match to the planner, and would not give
            // the entry's partners in id order).
            LookupSort entries = *lookup;
            if (single && !gathered)
                entries.partnersIndexedBy = entries.index;
            return pageByLookup(
                filter, sort, entries, walk.value() || gathered, gathered, offset, limit, total);
        }
    }
    return query(filter, sort, walk.value() || gathered, sortMatches, gathered)
        .page<PartnerRow>(m_db, offset, limit, total, partnerRowFrom);
}

Result<bool> PartnerDirectory::sortsMatches(const PartnerFilter &filter, qint64 total) const
{
    // A search and combined filters have their own ways (see where()); without criteria there is
    // nothing to sort apart, and a lookup order sorts through its lookup.
    const sql::Dialect &d = sql::dialect(m_db);
    if (criteriaCount(filter) == 0 || isCombined(d, filter) || !d.searchQuery(filter.search).isEmpty())
        return false;
    return countQuery(filter).hasFewMatches(m_db, total);
}

Result<QList<PartnerRow>> PartnerDirectory::pageByLookup(const PartnerFilter &filter, const PartnerSort &sort,
    const PartnerLookupSort &lookup, bool walk, bool gathered, qint64 offset, int limit, qint64 total,
    const char *testRows) const
{
    // Partners without an entry come first in ascending order (as NULL sorts) and last in
    // descending; they are read through the column's index by id.
    // The column's own index finds them, named: by its statistics the planner took a criterion's
    // index instead and read every agent's row to find none without an area (250 ms).
    PagedQuery none = query(filter, sort, walk, false, gathered, testRows);
    none.filterJoins.clear();
    none.walkFrom = none.table + sql::dialect(m_db).useIndex(lookup.index);
    none.where += (none.where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
        + QStringLiteral("p.%1 IS NULL").arg(lookup.column);
    none.orderBy = [sort](bool reversed) -> QString {
        const bool ascending = (sort.order == Qt::AscendingOrder) != reversed;
        return QStringLiteral(" ORDER BY p.id")
            + (ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    };
    // The others through the lookup's name index, each entry's partners through the column's index:
    // a nested loop that yields them in order without sorting a million rows.
    PagedQuery named = query(filter, sort, walk, false, gathered, testRows);
    named.walkFrom
        = QStringLiteral("%1 x%2 CROSS JOIN partners p%3 ON p.%4 = x.id")
              .arg(lookup.table, lookup.indexedBy,
                  lookup.partnersIndexedBy.isEmpty() ? QString()
                                                     : sql::dialect(m_db).useIndex(lookup.partnersIndexedBy),
                  lookup.column);
    named.filterJoins = QStringLiteral(" JOIN %1 x ON x.id = p.%2").arg(lookup.table, lookup.column);
    // Current and archived partners: the column's index leads with the archived state, so without
    // it neither query could find an entry's partners (all of DE by area: 1.1 s). Each half is
    // read on its own and SQLite merges them.
    if (filter.archived == PartnerFilter::Archived::Include
        && sql::dialect(m_db).searchQuery(filter.search).isEmpty()) {
        const sql::Dialect &d = sql::dialect(m_db);
        none.halves = PagedQuery::archivedHalves(d, QStringLiteral("p"), {}, QString(), sort.order, true);
        named.halves = PagedQuery::archivedHalves(
            d, QStringLiteral("p"), {{lookup.name}, {QStringLiteral("x.id")}}, QString(), sort.order, true);
    }

    const bool noneFirst = sort.order == Qt::AscendingOrder;
    const PagedQuery &first = noneFirst ? none : named;
    const PagedQuery &second = noneFirst ? named : none;
    if (offset == 0) {
        // The first page needs no count: what the first group lacks comes from the second.
        auto rows = first.page<PartnerRow>(m_db, 0, limit, -1, partnerRowFrom);
        if (!rows)
            return rows.error();
        if (rows->size() < limit) {
            auto more = second.page<PartnerRow>(m_db, 0, limit - int(rows->size()), -1, partnerRowFrom);
            if (!more)
                return more.error();
            rows.value() += more.value();
        }
        return rows;
    }
    auto noneCount = none.count(m_db);
    if (!noneCount)
        return noneCount.error();
    if (total < 0) {
        auto all = count(filter);
        if (!all)
            return all.error();
        total = all.value();
    }
    const qint64 firstCount = noneFirst ? noneCount.value() : total - noneCount.value();
    const qint64 secondCount = total - firstCount;
    QList<PartnerRow> rows;
    if (offset < firstCount) {
        auto part = first.page<PartnerRow>(
            m_db, offset, int(std::min<qint64>(limit, firstCount - offset)), firstCount, partnerRowFrom);
        if (!part)
            return part.error();
        rows = part.value();
    }
    if (rows.size() < limit && offset + rows.size() >= firstCount) {
        auto part = second.page<PartnerRow>(
            m_db, offset + rows.size() - firstCount, limit - int(rows.size()), secondCount, partnerRowFrom);
        if (!part)
            return part.error();
        rows += part.value();
    }
    return rows;
}

Status PartnerDirectory::forEach(const PartnerFilter &filter, const PartnerSort &sort,
    const std::function<bool(const PartnerRow &)> &onRow) const
{
    // One forward-only statement streams the rows; SQLite keeps only the current one in memory.
    auto few = sortsMatches(filter, -1);
    if (!few)
        return few.error();
    return query(filter, sort, false, few.value()).forEach(m_db, [&](const QSqlQuery &q) {
        return onRow(partnerRowFrom(q));
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
