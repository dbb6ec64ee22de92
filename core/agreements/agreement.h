#pragma once

// Agreement: a partner's agreement, its contract periods, its stage history and its type, as plain
// values. Stores read and write them; the workflow decides which stage may follow which.

#include "agreementstage.h"
#include "common/decimal.h"
#include "common/error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

// One of the configurable agreement kinds (dealer, reseller, distributor, agency, ...).
struct AgreementType
{
    qint64 id = 0;
    QString key; // "dealer"
    QString name; // "Dealer agreement"
    bool active = true;
    int sequence = 0;
};

// One contract period. An agreement keeps all of its periods; the latest one is the current one.
struct AgreementPeriod
{
    qint64 id = 0;
    qint64 agreementId = 0;
    int sequence = 0; // 1 for the first period, +1 for each renewal
    QDate start;
    QDate end; // last day in force (inclusive)
    int noticeDays = 0; // notice before the end; renewal tasks fall due at end - noticeDays
    bool autoRenew = false;
    int renewalMonths = 12; // length of the next period when it renews
    QDateTime createdAt;

    QList<Error> validate() const;
    // The period that follows this one when it renews: starts the day after the end and lasts
    // renewalMonths (month ends and 29 February handled by QDate::addMonths).
    AgreementPeriod next() const;
};

// One recorded stage change.
struct AgreementTransition
{
    qint64 id = 0;
    qint64 agreementId = 0;
    AgreementStage from = AgreementStage::Prepared;
    AgreementStage to = AgreementStage::Prepared;
    QString user; // login; "run-jobs" changes carry the login of whoever ran them
    QDateTime at; // UTC
    QDate effectiveOn; // the business date of the change (signing date, termination date, job day)
    bool automatic = false; // made by the daily job, not by a person
    QString comment;
};

struct Agreement
{
    qint64 id = 0;
    QString number; // "AGR-2026-00042", assigned on create
    qint64 partnerId = 0;
    qint64 typeId = 0;
    qint64 ownerId = 0; // users.id; 0 = nobody yet
    AgreementStage stage = AgreementStage::Prepared;
    Rate commissionRate; // default commission rate for the partner (exact)
    QString terms;
    QString notes;
    QDate signedOn;
    QDate terminatedOn;
    QString terminationReason;
    QDate currentEnd; // end of the current period (kept on the row for sorting and filtering)
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    // Days from today (Clock::today()) to the current end; negative once past; 0 when no period.
    int daysToExpiry() const;
    bool hasPeriod() const { return currentEnd.isValid(); }

    // Field rules on their own (partner and type set, rate within 0..1, texts not too long).
    QList<Error> validate() const;
};

} // namespace cd
