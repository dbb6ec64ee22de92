#pragma once

// PartnerDirectory: the partner list as queries: count, one page, or every row of a search/filter,
// sorted by the database. Never loads the whole table; built for a million partners.

#include "common/result.h"
#include "db/database.h"
#include "partner.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace cd {

struct PagedQuery;
struct PartnerLookupSort;

struct PartnerFilter
{
    enum class Archived { Hide, Only, Include };

    QString search; // words matched as prefixes over code, names, city, area, contacts
    std::optional<PartnerKind> kind;
    std::optional<PartnerStatus> status;
    qint64 levelId = 0;
    qint64 activationId = 0;
    qint64 areaId = 0;
    qint64 accountManagerId = 0;
    QString country;
    Archived archived = Archived::Hide;

    bool operator==(const PartnerFilter &) const = default;
};

enum class PartnerColumn {
    Code,
    Name,
    LegalName,
    Kind,
    Status,
    Level,
    Activation,
    Area,
    City,
    Country,
    AccountManager,
    Updated,
};

struct PartnerSort
{
    PartnerColumn column = PartnerColumn::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    bool operator==(const PartnerSort &) const = default;
};

// What a directory row shows: the partner's list columns with names resolved.
struct PartnerRow
{
    qint64 id = 0;
    QString code;
    QString name;
    QString legalName;
    PartnerKind kind = PartnerKind::Reseller;
    PartnerStatus status = PartnerStatus::Active;
    QString level;
    QString activation;
    QString area;
    QString city;
    QString country;
    QString accountManager;
    QDateTime updatedAt;
    bool archived = false;
    std::optional<Rate> commissionRate;
    bool marginBased = false;
};

class PartnerDirectory
{
public:
    explicit PartnerDirectory(const Database &db);

    Result<qint64> count(const PartnerFilter &filter) const;
    // The count when it comes quickly: exact, or {n, false}, "at least n", for a search with
    // fulltext::kBroadMatches matches or more, a narrower search with more than
    // fulltext::kQuickCountCap rows, or two or more filter criteria with kQuickCountCap rows or more.
    Result<std::pair<qint64, bool>> quickCount(const PartnerFilter &filter) const;
    // Rows [offset, offset + limit). `total` (from count()) lets deep pages be read from the other
    // end, so the last page is as quick as the first.
    Result<QList<PartnerRow>> page(const PartnerFilter &filter, const PartnerSort &sort, qint64 offset,
        int limit, qint64 total = -1) const;
    // Every matching row in order, in chunks; `onRow` returns false to stop.
    Status forEach(const PartnerFilter &filter, const PartnerSort &sort,
        const std::function<bool(const PartnerRow &)> &onRow) const;
    // Every matching partner in full (for export).
    Status forEachPartner(const PartnerFilter &filter, const PartnerSort &sort,
        const std::function<bool(const Partner &)> &onPartner) const;

private:
    // `sortMatches`: find the rows through the filter's index and sort them, rather than walk the
    // sort index (see PagedQuery::kSortMatchesBelow).
    // `gathered`: one criterion's matches gathered into a set from its index, for the walk to look
    // each row up in (with `walk`).
    // `testRows`: combined filters that keep many partners, found along the sort index with each
    // row read and tested; the walk seeks on `testRows` when it names a column the filter fixes
    // and the walk's index leads with ("" for none; see page()).
    PagedQuery query(const PartnerFilter &filter, const PartnerSort &sort, bool walk,
        bool sortMatches = false, bool gathered = false, const char *testRows = nullptr) const;
    // Whether one criterion keeps few enough partners to sort them; `total` when known.
    Result<bool> sortsMatches(const PartnerFilter &filter, qint64 total) const;
    // What count() counts: query() without its sort, or partners_filters alone for combined filters.
    PagedQuery countQuery(const PartnerFilter &filter) const;
    // A page sorted by a lookup entry's name (level, area, ...), without sorting every partner.
    Result<QList<PartnerRow>> pageByLookup(const PartnerFilter &filter, const PartnerSort &sort,
        const PartnerLookupSort &lookup, bool walk, bool gathered, qint64 offset, int limit, qint64 total,
        const char *testRows = nullptr) const;
    // `walk`: walk the sort index and look each row up in the set of the search's matches (for
    // broad searches, see fulltext::isBroad) instead of letting the matches drive the query.
    QString where(const PartnerFilter &filter, QVariantList &binds, bool walk = false, bool gathered = false,
        const char *testRows = nullptr) const;
    QSqlDatabase m_db;
};

} // namespace cd
