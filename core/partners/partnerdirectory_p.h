#pragma once

// What the partner directory's two files share: partnerdirectory.cpp builds the SQL of a list,
// partnerdirectorypages.cpp chooses the way a page is read (which index to walk, what to gather,
// what to sort) from the filter, the order and the number of matches.

#include "db/dialect.h"
#include "partnerdirectory.h"

#include <QSqlQuery>

#include <optional>

namespace cd {

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

namespace partnerquery {

// One criterion's matches gathered into a set from this many on, rather than sorted (see page()).
constexpr qint64 kGatherPartnersFrom = 5000;
// Combined filters' matches found along the sort index with each row tested from this many on,
// rather than probed in a set of them (see page()): about where building the set (0.6 µs a
// match) costs as much as the rows a page passes (128 × 1,000,000 / n, 4 µs each).
constexpr qint64 kTestRowsFrom = 30000;

// The index whose range of one of the filter's criteria holds its partners in the order of
// `column`, when there is one: (archived_at, criterion, ...) followed by the sort keys; and the
// criterion's column, which the walk seeks on.
struct OrderingIndex
{
    QString index;
    const char *column = "";
};

OrderingIndex orderingIndex(const PartnerFilter &f, PartnerColumn column);

// How many of the filter's criteria (not the search, not the archived state) are set.
int criteriaCount(const PartnerFilter &f);

// Two or more criteria without a search: matched from partners_filters, which holds every filter
// column, instead of one criterion's index and a row read per entry for the others.
bool isCombined(const sql::Dialect &d, const PartnerFilter &f);

// The entry the filter fixes for a lookup column (0: none).
qint64 lookupIdOf(const PartnerFilter &f, PartnerColumn column);

// Whether the order goes together with the filter: places (city, country, area) and the account
// managers who look after them.
bool goesWith(const PartnerFilter &f, PartnerColumn column);

// How a lookup column (level, activation, area, account manager) sorts by its entry's name; none
// for other columns.
std::optional<PartnerLookupSort> lookupSort(const sql::Dialect &d, PartnerColumn column);
PartnerRow partnerRowFrom(const QSqlQuery &q);

} // namespace partnerquery

} // namespace cd
