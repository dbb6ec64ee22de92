#pragma once

// Lead: one sales opportunity to be worked by a partner, with its routing state and attribution.

#include "common/error.h"
#include "common/money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

enum class LeadStatus { New, Assigned, Accepted, Declined, Converted, Lost };

struct Lead
{
    qint64 id = 0;
    QString company;
    QString contactName;
    QString email;
    QString phone;
    QString street;
    QString city;
    QString postcode;
    QString country; // ISO 3166-1 alpha-2
    qint64 areaId = 0;
    std::optional<double> latitude; // coordinates, not money: double is fine here
    std::optional<double> longitude;
    Money estimatedValue; // invalid (no currency) = no estimate
    QString source; // free text: "website", "fair", "distributor", ...
    LeadStatus status = LeadStatus::New;
    qint64 assignedPartnerId = 0;
    // The distributor that submitted the lead for one of its resellers. Kept on the lead itself so
    // that removing the distributor link later never changes who the lead is attributed to.
    qint64 submittedByDistributorId = 0;
    // Set by automatic routing when no partner qualified; the lead waits for a manual decision.
    QString flagReason; // empty = not flagged; see LeadRouter for the keys
    QDateTime flaggedAt;
    QDateTime createdAt; // UTC
    QDateTime assignedAt;
    QDateTime acceptedAt;
    QDateTime closedAt; // converted or lost
    QString notes;
    int version = 0;

    // Joined for display by LeadStore::get / LeadDirectory, not stored on the lead row.
    QString assignedPartnerCode;
    QString assignedPartnerName;
    QString distributorCode;
    QString distributorName;
    QString areaName;

    bool isFlagged() const { return !flagReason.isEmpty(); }
    bool isOpen() const { return status != LeadStatus::Converted && status != LeadStatus::Lost; }

    // Every rule a lead must satisfy on its own; one Error per broken field.
    QList<Error> validate() const;

    static QString statusKey(LeadStatus status); // "new", "assigned", ...
    static std::optional<LeadStatus> statusFromKey(const QString &key);
    static QString statusLabel(LeadStatus status); // translated
    static QList<LeadStatus> allStatuses();
    // Translated text for a flag reason key.
    static QString flagReasonLabel(const QString &key);
};

} // namespace cd
