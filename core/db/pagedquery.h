#pragma once

// PagedQuery: one list query in parts (the row's columns, its table, the joins its filter and its
// columns need, the filter and the order) so that every list reads the same three ways: counted,
// one page at a time, or streamed. A directory (partners, customers, agreements, leads, tasks)
// builds one from its filter and sort and keeps only its columns and its WHERE builder.
//
// A page is read in two steps: an inner query walks only the ids (the covering index of the
// order) to the page's offset, and the columns and joins are read for the page's rows alone. A
// page past the middle of a known count is read backwards from the far end, so the last page is as
// quick as the first.

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <optional>

namespace cd {

namespace sql {
class Dialect;
}

struct PagedQuery
{
    QString with; // a WITH clause the filter needs, or empty
    QString columns; // the row's select list: "p.id, p.code, ..."
    QString table; // "partners p"
    QString id; // the row id: "p.id"
    // The FROM clause that walks the rows in order, when it is not `table` + `filterJoins`: a lookup
    // table in name order driving a nested loop over the rows of each entry. It must hold what the
    // WHERE and ORDER BY use; `filterJoins` then joins only what the page's ORDER BY needs to the
    // page's rows.
    QString walkFrom;
    QString filterJoins; // joins the WHERE or the ORDER BY use (read for every row the page walks)
    QString rowJoins; // joins only the columns use (read for the page's rows alone)
    QString where; // " WHERE ..." or empty
    QVariantList binds; // the WHERE's
    // " ORDER BY ..." in the list's order, or in the opposite order when `reversed`; ends with the id
    // so that pages are stable.
    std::function<QString(bool reversed)> orderBy;

    // A list of current and archived rows at once, when every sort index leads with archived_at
    // (NULL for current rows): no index gives the whole list in order, so sorting it would read
    // every row. Instead each half walks its own index in order and SQLite merges the two
    // (a compound SELECT with ORDER BY): the current rows through the index, the few archived
    // ones sorted. Set by a directory for such a list; with walkFrom each half walks that.
    struct Halves
    {
        QString first; // the first half's extra condition: "p.archived_at IS NULL"
        QString second; // the other half's: "p.archived_at IS NOT NULL"
        QString firstIndex = {}; // a hint after the first half's table, when the planner is not to choose
        QString secondIndex; // a hint after the second half's table, to walk the sort index
        QString keys; // the order's columns as result columns: "p.name AS sort_key0, p.id AS sort_id"
        std::function<QString(bool reversed)> orderBy; // over them: " ORDER BY sort_key0 ..., sort_id ..."
    };
    std::optional<Halves> halves;
    // One column of a sort order: "p.city", compared without case when `caseless`.
    struct SortKey
    {
        QString column;
        bool caseless = false;
    };
    // The halves of a list of `alias`'s current and archived rows sorted by `keys` then id: the
    // archived half is read from `index` (the order's index) when `criteria` is false, else from
    // the index the planner picks for them.
    static Halves archivedHalves(const sql::Dialect &dialect, const QString &alias,
        const QList<SortKey> &keys, const QString &index, Qt::SortOrder order, bool criteria);

    // A filtered list finds its first page one of two ways: along the sort column's index, testing
    // each row against the filter (quick when many rows match, hopeless when few do: a country
    // without customers passed all 5 M of them, 17 s), or through the filter's own index, sorting
    // what matches (a row read per match, about 4 µs at millions of rows). Fewer matches than this
    // are sorted: at most about 80 ms.
    static constexpr qint64 kSortMatchesBelow = 20000;
    // Whether this query (a filter, in any order) matches fewer than kSortMatchesBelow rows:
    // decided by `total` when the count is known (>= 0), else by counting up to that limit through
    // the filter's index.
    Result<bool> hasFewMatches(const QSqlDatabase &db, qint64 total) const;
    // Between kSortMatchesBelow and this many, the matches are gathered once into a set that the
    // walk along the sort index looks each row up in, rather than reading each row it passes
    // (gathering costs about half a microsecond a match: 180,000 partners in DE, 90 ms). More
    // matches lie close enough together along the sort index that reading the rows passed is
    // cheaper, unless the order and the filter go together, as names and areas with countries do:
    // a walk in such an order gathers up to kGatherCorrelatedBelow.
    static constexpr qint64 kGatherMatchesBelow = 100000;
    static constexpr qint64 kGatherCorrelatedBelow = 200000;
    // The count when known (`total` >= 0), else the count up to `cap`.
    Result<qint64> matchesUpTo(const QSqlDatabase &db, qint64 total, qint64 cap) const;

    // The count (of each half apart, with halves).
    Result<qint64> count(const QSqlDatabase &db) const;
    // The count, stopping at `cap` (a quick "at least" for filters that would visit many rows).
    Result<qint64> countUpTo(const QSqlDatabase &db, qint64 cap) const;

    // Rows [offset, offset + limit) through `fromRow`. `total` (the count, or -1 when not known
    // exactly) lets a deep page be read from the far end.
    template<typename Row>
    Result<QList<Row>> page(const QSqlDatabase &db, qint64 offset, int limit, qint64 total,
        const std::function<Row(const QSqlQuery &)> &fromRow) const
    {
        bool reversed = false;
        auto q = pageQuery(db, offset, limit, total, &reversed);
        if (!q)
            return q.error();
        QList<Row> rows;
        while (q.value().next())
            rows.append(fromRow(q.value()));
        if (reversed)
            std::reverse(rows.begin(), rows.end());
        return rows;
    }

    // Every row in order, one statement that SQLite streams; stops when `onRow` returns false.
    Status forEach(const QSqlDatabase &db, const std::function<bool(const QSqlQuery &)> &onRow) const;

private:
    QString walk() const { return walkFrom.isEmpty() ? table + filterJoins : walkFrom; }
    // Halves walk `walkFrom` when it is set (it holds what their WHERE and order use), else the
    // table with each half's index.
    bool readsHalves() const { return halves && (!walkFrom.isEmpty() || filterJoins.isEmpty()); }
    // One half's rows: "FROM table WHERE ... AND condition".
    QString halfFrom(const QString &index, const QString &condition) const;
    // The executed page statement (no rows when the range is empty); `reversed` when it reads
    // backwards.
    Result<QSqlQuery> pageQuery(
        const QSqlDatabase &db, qint64 offset, int limit, qint64 total, bool *reversed) const;
};

} // namespace cd
