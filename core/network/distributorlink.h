#pragma once

// DistributorLink: a distributor serving a reseller, with its focus note; removed links stay as history.

#include <QDateTime>
#include <QString>

namespace cd {

// The two partners a link joins, as lists show them; also the key of a reseller's results for one
// distributor (LeadReports::resellerPerformance).
struct LinkEnds
{
    qint64 distributorId = 0;
    QString distributorCode;
    QString distributorName;
    qint64 resellerId = 0;
    QString resellerCode;
    QString resellerName;
};

struct DistributorLink : LinkEnds
{
    qint64 id = 0;
    QString focus; // territory or product focus, free text
    QDateTime createdAt; // UTC
    QString createdBy;
    QDateTime removedAt; // invalid while the link is active
    QString removedBy;

    bool isActive() const { return !removedAt.isValid(); }
};

} // namespace cd
