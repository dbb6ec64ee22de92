#pragma once

// AgreementDirectory: agreements as list and kanban queries: counts per stage, one page of a stage
// or of the whole list, sorted and filtered by the database. Built for hundreds of thousands of rows.

#include "agreementstage.h"
#include "common/result.h"
#include "db/database.h"
#include "partners/partner.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace cd {

struct PagedQuery;

struct AgreementFilter
{
    std::optional<AgreementStage> stage; // the kanban asks once per column
    qint64 ownerId = 0;
    qint64 partnerId = 0;
    std::optional<PartnerKind> partnerKind;
    qint64 areaId = 0; // the partner's area
    qint64 typeId = 0;
    int expiringWithinDays = -1; // >= 0: current end between today and today + N (inclusive)
    QString search; // prefix of the agreement number, or words of the partner's name/code

    bool operator==(const AgreementFilter &) const = default;
};

enum class AgreementColumn {
    Number,
    Partner,
    Type,
    Owner,
    Stage,
    End, // current period end; the kanban's default order
    Updated,
};

struct AgreementSort
{
    AgreementColumn column = AgreementColumn::End;
    Qt::SortOrder order = Qt::AscendingOrder;
    bool operator==(const AgreementSort &) const = default;
};

// What a card or a list row shows.
struct AgreementRow
{
    qint64 id = 0;
    QString number;
    qint64 partnerId = 0;
    QString partnerCode;
    QString partnerName;
    QString type; // type name
    QString owner; // display name or login; empty = nobody
    AgreementStage stage = AgreementStage::Prepared;
    QDate currentEnd; // invalid when there is no period
    int daysToExpiry = 0; // from Clock::today(); meaningful only when currentEnd is valid
    int documentCount = 0;
    QDateTime updatedAt;
    int version = 0;
};

class AgreementDirectory
{
public:
    explicit AgreementDirectory(const Database &db);

    Result<qint64> count(const AgreementFilter &filter) const;
    // Every stage's count under the filter (its stage field ignored), in one query; stages with no
    // agreement are present with 0.
    Result<QHash<AgreementStage, qint64>> stageCounts(const AgreementFilter &filter) const;
    // Rows [offset, offset + limit) in sort order; `total` (the count, -1 = not known) lets a deep
    // page be read from the far end.
    Result<QList<AgreementRow>> page(const AgreementFilter &filter, const AgreementSort &sort, qint64 offset,
        int limit, qint64 total = -1) const;
    Result<std::optional<AgreementRow>> row(qint64 agreementId) const;
    // Every matching row in order, streamed by one forward-only query (CSV export); `onRow` returns
    // false to stop.
    Status forEach(const AgreementFilter &filter, const AgreementSort &sort,
        const std::function<bool(const AgreementRow &)> &onRow) const;

private:
    PagedQuery query(const AgreementFilter &filter, const AgreementSort &sort) const;
    QString where(const AgreementFilter &filter, QVariantList &binds) const;
    QSqlDatabase m_db;
};

} // namespace cd
