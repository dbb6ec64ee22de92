#pragma once

// DistributorLink: a distributor serving a reseller, with its focus note; removed links stay as history.

#include <QDateTime>
#include <QString>

namespace cd {

struct DistributorLink
{
    qint64 id = 0;
    qint64 distributorId = 0;
    QString distributorCode;
    QString distributorName;
    qint64 resellerId = 0;
    QString resellerCode;
    QString resellerName;
    QString focus; // territory or product focus, free text
    QDateTime createdAt; // UTC
    QString createdBy;
    QDateTime removedAt; // invalid while the link is active
    QString removedBy;

    bool isActive() const { return !removedAt.isValid(); }
};

} // namespace cd
