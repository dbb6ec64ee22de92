#pragma once

// LeadFilter: which leads a list, count or export shows; every criterion is applied in SQL.

#include "lead.h"

#include <QDate>

#include <optional>

namespace cd {

struct LeadFilter
{
    std::optional<LeadStatus> status;
    qint64 partnerId = 0; // assigned partner; 0 = any
    qint64 distributorId = 0; // submitting distributor; 0 = any
    // Only what this distributor may see (NetworkScope): leads it submitted and leads assigned to
    // partners in its network. 0 = no scoping (back office).
    qint64 scopeDistributorId = 0;
    bool flaggedOnly = false;
    QString country;
    qint64 areaId = 0;
    QDate createdFrom; // inclusive, UTC date of created_at; invalid = open
    QDate createdTo; // inclusive

    bool operator==(const LeadFilter &) const = default;
};

// The columns a lead list shows and sorts by.
enum class LeadColumn { Company, Country, Value, Status, Partner, Distributor, Created };

struct LeadSort
{
    LeadColumn column = LeadColumn::Created;
    Qt::SortOrder order = Qt::DescendingOrder; // newest first
    bool operator==(const LeadSort &) const = default;
};

} // namespace cd
