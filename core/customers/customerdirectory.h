#pragma once

// CustomerDirectory: the customer list as queries (count, page, stream), sorted and filtered by
// the database, for millions of customers.

#include "common/result.h"
#include "customer.h"
#include "db/database.h"

#include <QMetaType>
#include <QSqlDatabase>

#include <functional>

namespace cd {

struct PagedQuery;

struct CustomerFilter
{
    enum class Archived { Hide, Only, Include };
    enum class Binding { Any, Partner, Direct };

    QString search; // prefixes over code, name and city
    Binding binding = Binding::Any;
    qint64 partnerId = 0; // with Binding::Partner; 0 = any partner
    QString country;
    QString segment;
    Archived archived = Archived::Hide;

    bool operator==(const CustomerFilter &) const = default;
};

enum class CustomerColumn { Code, Name, City, Country, Segment, Partner, Updated };

struct CustomerSort
{
    CustomerColumn column = CustomerColumn::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    bool operator==(const CustomerSort &) const = default;
};

struct CustomerRow
{
    qint64 id = 0;
    QString code;
    QString name;
    QString city;
    QString country;
    QString segment;
    qint64 partnerId = 0;
    QString partnerCode;
    QString partnerName;
    QDateTime updatedAt;
    bool archived = false;
};

class CustomerDirectory
{
public:
    explicit CustomerDirectory(const Database &db);

    Result<qint64> count(const CustomerFilter &filter) const;
    // The count when it comes quickly: exact, or {n, false}, "at least n", for a search with
    // fulltext::kBroadMatches matches or more, a narrower search with more than
    // fulltext::kQuickCountCap rows (the model counts exactly later).
    Result<std::pair<qint64, bool>> quickCount(const CustomerFilter &filter) const;
    Result<QList<CustomerRow>> page(const CustomerFilter &filter, const CustomerSort &sort, qint64 offset,
        int limit, qint64 total = -1) const;
    Status forEach(const CustomerFilter &filter, const CustomerSort &sort,
        const std::function<bool(const CustomerRow &)> &onRow) const;
    Status forEachCustomer(const CustomerFilter &filter, const CustomerSort &sort,
        const std::function<bool(const Customer &)> &onCustomer) const;
    // Distinct segments in use, for filter lists.
    Result<QStringList> segments() const;

public:
    // How a page without a search finds its rows: through the index of the filter's most selective
    // criterion (counting; few matches, sorted: Driver), through a criterion's index that also
    // gives the order (Ordered), or along the sort column's index, each row looked up in the set of
    // the matches gathered once (Gathered) or tested itself (SortIndex; many matches). See
    // PagedQuery::kSortMatchesBelow.
    enum class Path { Driver, Ordered, Gathered, SortIndex };

private:
    Result<Path> pathFor(const CustomerFilter &filter, const CustomerSort &sort, qint64 total) const;
    PagedQuery query(const CustomerFilter &filter, const CustomerSort &sort, bool walk, Path path) const;
    // `walk`: walk the sort index and look each row up in the set of the search's matches.
    QString where(
        const CustomerFilter &filter, CustomerColumn sort, QVariantList &binds, bool walk, Path path) const;
    QSqlDatabase m_db;
};

} // namespace cd

Q_DECLARE_METATYPE(cd::CustomerFilter)
