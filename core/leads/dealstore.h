#pragma once

// DealStore: the deal pipeline (stages) and the deals moving through it. Every write is one
// transaction with the timeline events of the deal's partner and distributor.

#include "common/result.h"
#include "db/database.h"
#include "deal.h"
#include "dealstage.h"

#include <QCoreApplication>

namespace cd {

struct DealFilter
{
    std::optional<DealOutcome> outcome;
    qint64 partnerId = 0;
    qint64 distributorId = 0;
    qint64 scopeDistributorId = 0; // only what this distributor may see; 0 = everything
    qint64 stageId = 0;
};

class DealStore
{
    Q_DECLARE_TR_FUNCTIONS(DealStore)
public:
    explicit DealStore(const Database &db);

    // The pipeline in sequence order. The default one: Qualification, Proposal, Negotiation, Won, Lost.
    Result<QList<DealStage>> stages() const;
    Result<DealStage> addStage(DealStage stage) const;
    Result<DealStage> updateStage(const DealStage &stage) const; // Conflict on a stale version
    // Refused while deals are in the stage.
    Status removeStage(qint64 stageId) const;

    Result<Deal> get(qint64 id) const;
    Result<Deal> forLead(qint64 leadId) const; // NotFound when the lead was not converted
    // Moves the deal; a won or lost stage closes it (closedAt), an open stage reopens it.
    Result<Deal> setStage(qint64 dealId, qint64 stageId, int version) const;
    Result<Deal> setValue(qint64 dealId, const Money &value, const QDate &expectedClose, int version) const;
    // Shortcuts to the first won / lost stage of the pipeline.
    Result<Deal> markWon(qint64 dealId, int version) const;
    Result<Deal> markLost(qint64 dealId, int version) const;

    Result<qint64> count(const DealFilter &filter) const;
    Result<QList<Deal>> list(const DealFilter &filter, int limit, qint64 offset = 0) const;

private:
    // The deal, or Conflict when it is no longer at `version` (someone else saved it since).
    Result<Deal> getAt(qint64 id, int version) const;

    Database m_db;
};

} // namespace cd
