#pragma once

// Deal: a converted lead being closed by a partner, carrying the lead's whole attribution chain.

#include "common/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cd {

enum class DealOutcome { Open, Won, Lost };

struct Deal
{
    qint64 id = 0;
    qint64 leadId = 0;
    qint64 partnerId = 0; // the reseller working the deal
    qint64 distributorId = 0; // the distributor that submitted the lead; 0 = none
    qint64 stageId = 0;
    Money value;
    QDate expectedClose;
    DealOutcome outcome = DealOutcome::Open; // follows the stage's won/lost flags
    QDateTime createdAt; // UTC
    QDateTime closedAt; // when it reached a won or lost stage
    int version = 0;

    // Joined for display.
    QString company;
    QString partnerCode;
    QString partnerName;
    QString distributorCode;
    QString stageName;

    static QString outcomeKey(DealOutcome outcome); // "open", "won", "lost"
    static std::optional<DealOutcome> outcomeFromKey(const QString &key);
    static QString outcomeLabel(DealOutcome outcome);
};

} // namespace cd
