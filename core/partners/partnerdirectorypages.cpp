// How the partner directory reads a page: which index to walk, what to gather into a set and what
// to sort, chosen from the filter, the order and the number of matches (see BENCHMARKS.md, "Every
// list filter in every sort order"). The SQL parts come from partnerdirectory.cpp.

#include "db/dialect.h"
#include "db/fulltext.h"
#include "db/pagedquery.h"
#include "partnerdirectory.h"
#include "partnerdirectory_p.h"

namespace cd {

namespace pq = partnerquery;

Result<QList<PartnerRow>> PartnerDirectory::page(
    const PartnerFilter &filter, const PartnerSort &sort, qint64 offset, int limit, qint64 total) const
{
    const sql::Dialect &d = sql::dialect(m_db);
    const QString match = d.searchQuery(filter.search);
    // Walk the sort index against the set of matches (see where()) rather than sort them?
    auto walk = fulltext::isBroad(m_db, QStringLiteral("partner"), QStringLiteral("partners"), match);
    if (!walk)
        return walk.error();
    const bool combined = pq::isCombined(d, filter);
    bool testRows = false;
    if (combined) {
        // Combined filters: walk the sort index when they keep a thousandth of the partners or
        // more (a page then passes at most some hundred thousand index entries), else sort them.
        // From pq::kTestRowsFrom matches on, the walk reads and tests each row instead of probing a
        // set of them: building the set costs about 0.6 µs a match (resellers in DE, 125,093:
        // 75 ms), the rows a page passes at that density a few ms.
        auto n = countQuery(filter).matchesUpTo(m_db, total, pq::kTestRowsFrom);
        if (!n)
            return n.error();
        walk = n.value() >= fulltext::kQuickCountCap;
        testRows = n.value() >= pq::kTestRowsFrom && filter.archived != PartnerFilter::Archived::Include;
    }
    // Sorted by a lookup the filter fixes (Gold partners by level): one entry, so the order is the
    // partners' id order, which that column's index gives (seeking the entry), or for combined
    // filters the set of their matches, read in id order.
    const auto lookup = pq::lookupSort(d, sort.column);
    if (lookup && match.isEmpty() && pq::lookupIdOf(filter, sort.column) != 0) {
        const QByteArray seek = lookup->column.toLatin1();
        PagedQuery q = query(filter, sort, false, false, false, testRows ? seek.constData() : nullptr);
        q.filterJoins.clear();
        q.orderBy = [sort](bool reversed) -> QString {
            const bool ascending = (sort.order == Qt::AscendingOrder) != reversed;
            return ascending ? QStringLiteral(" ORDER BY p.id ASC") : QStringLiteral(" ORDER BY p.id DESC");
        };
        if (filter.archived != PartnerFilter::Archived::Include && (!combined || testRows))
            q.walkFrom = q.table + d.useIndex(lookup->index);
        return q.page<PartnerRow>(m_db, offset, limit, total, pq::partnerRowFrom);
    }
    const bool single = pq::criteriaCount(filter) == 1 && match.isEmpty();
    const pq::OrderingIndex ordering = pq::orderingIndex(filter, sort.column);
    // A country sorted by a lookup that goes with countries (areas): each entry's partners in the
    // country are one range of the country's index by that column, so the walk reads no partner
    // it does not show and needs no count (all of DE by area, archived too: 1.2 s → 2 ms). Combined
    // filters test their other criteria on those rows.
    if (lookup && (single || testRows) && !filter.country.isEmpty() && !lookup->countryIndex.isEmpty()) {
        PartnerLookupSort inCountry = *lookup;
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
        return q.page<PartnerRow>(m_db, offset, limit, total, pq::partnerRowFrom);
    }
    if (single && !ordering.index.isEmpty() && filter.archived != PartnerFilter::Archived::Include) {
        PagedQuery q = query(filter, sort, false);
        q.walkFrom = q.table + d.useIndex(ordering.index);
        return q.page<PartnerRow>(m_db, offset, limit, total, pq::partnerRowFrom);
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
        const qint64 gatherBelow = lookup && pq::goesWith(filter, sort.column)
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
            = filter.archived != PartnerFilter::Archived::Include && !pq::goesWith(filter, sort.column)
            ? pq::kGatherPartnersFrom
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
            PartnerLookupSort entries = *lookup;
            if (single && !gathered)
                entries.partnersIndexedBy = entries.index;
            return pageByLookup(
                filter, sort, entries, walk.value() || gathered, gathered, offset, limit, total);
        }
    }
    return query(filter, sort, walk.value() || gathered, sortMatches, gathered)
        .page<PartnerRow>(m_db, offset, limit, total, pq::partnerRowFrom);
}

Result<bool> PartnerDirectory::sortsMatches(const PartnerFilter &filter, qint64 total) const
{
    // A search and combined filters have their own ways (see where()); without criteria there is
    // nothing to sort apart, and a lookup order sorts through its lookup.
    const sql::Dialect &d = sql::dialect(m_db);
    if (pq::criteriaCount(filter) == 0 || pq::isCombined(d, filter)
        || !d.searchQuery(filter.search).isEmpty())
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
        auto rows = first.page<PartnerRow>(m_db, 0, limit, -1, pq::partnerRowFrom);
        if (!rows)
            return rows.error();
        if (rows->size() < limit) {
            auto more = second.page<PartnerRow>(m_db, 0, limit - int(rows->size()), -1, pq::partnerRowFrom);
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
            m_db, offset, int(std::min<qint64>(limit, firstCount - offset)), firstCount, pq::partnerRowFrom);
        if (!part)
            return part.error();
        rows = part.value();
    }
    if (rows.size() < limit && offset + rows.size() >= firstCount) {
        auto part = second.page<PartnerRow>(m_db, offset + rows.size() - firstCount, limit - int(rows.size()),
            secondCount, pq::partnerRowFrom);
        if (!part)
            return part.error();
        rows += part.value();
    }
    return rows;
}

} // namespace cd
