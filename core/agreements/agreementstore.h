#pragma once

// AgreementStore: creates, reads and changes agreements, their periods and stages. Every write is
// one transaction together with its history rows and the partner's timeline events.

#include "agreement.h"
#include "agreementworkflow.h"
#include "common/result.h"
#include "db/database.h"

namespace cd {

class AgreementStore
{
public:
    explicit AgreementStore(const Database &db);

    Result<Agreement> get(qint64 id) const;
    Result<Agreement> findByNumber(const QString &number) const; // NotFound when there is none

    // Validates, assigns the next number of the year (AGR-YYYY-NNNNN from a counter row, so no two
    // writers ever hand out the same one), inserts in stage Prepared; `firstPeriod`, when given, is
    // stored as period 1. Records "created" on the partner's timeline.
    Result<Agreement> create(
        Agreement agreement, const std::optional<AgreementPeriod> &firstPeriod = {}) const;
    // Saves the editable fields (type, owner, rate, terms, notes); not the stage. Conflict when the
    // stored version is not agreement.version.
    Result<Agreement> update(const Agreement &agreement) const;

    // A person's move: checked against the workflow table and its guards, then written with its
    // history row and timeline event. Fails with the failed guard's message.
    Result<Agreement> move(qint64 agreementId, const AgreementMove &move) const;
    // The facts the guards look at, for showing what is missing before a move.
    Result<AgreementFacts> facts(qint64 agreementId) const;

    // Oldest first; the last one is current.
    Result<QList<AgreementPeriod>> periods(qint64 agreementId) const;
    Result<std::optional<AgreementPeriod>> currentPeriod(qint64 agreementId) const;
    // Adds a period after the current one (it must start after the current one's end). Allowed in
    // Prepared, Pending Return and Renewal; changes nothing else.
    Result<AgreementPeriod> addPeriod(AgreementPeriod period) const;
    // Replaces the dates and terms of the current period while the agreement is not signed yet.
    Result<AgreementPeriod> updatePeriod(const AgreementPeriod &period) const;

    // The stage history, oldest first.
    Result<QList<AgreementTransition>> history(qint64 agreementId) const;

    Result<QList<AgreementType>> types() const;
    Result<AgreementType> saveType(AgreementType type) const;
    // 0 when there is none.
    Result<qint64> typeId(const QString &key) const;

private:
    Database m_db;
};

} // namespace cd
