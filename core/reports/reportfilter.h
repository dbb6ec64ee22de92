#pragma once

// ReportFilter: the filters shared by the lead and deal reports, applied in SQL.

#include "leads/lead.h"

#include <QDate>

#include <optional>

namespace cd {

struct ReportFilter
{
    // Leads count by their creation date, deals by their closing date (won value); both inclusive,
    // UTC. Invalid = open.
    QDate from;
    QDate to;
    qint64 distributorId = 0; // only leads submitted by this distributor; 0 = all
    // Segment = the kind of the partner a lead is assigned to ("dealer", "reseller", "distributor",
    // "agent", Partner::kindKey); empty = all. Leads without a partner have no segment.
    QString segment;
    std::optional<LeadStatus> status; // only leads in this status now
};

} // namespace cd
