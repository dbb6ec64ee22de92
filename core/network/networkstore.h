#pragma once

// NetworkStore: the writes of the partner network: re-parenting with cycle refusal, and linking
// distributors to resellers. Each write is one transaction with timeline events on every partner
// involved.

#include "common/result.h"
#include "db/database.h"
#include "distributorlink.h"

#include <QList>

namespace cd {

class NetworkStore
{
public:
    explicit NetworkStore(const Database &db);

    // Moves `partnerId` under `newParentId` (0 = to the top level). Refused with a Validation error
    // naming both partners and the path when the new parent is the partner itself or below it.
    // Records "moved" on the partner and "child-removed" / "child-added" on the old and new parent.
    // Moving to the current parent is a no-op that records nothing.
    Status setParent(qint64 partnerId, qint64 newParentId, const QString &comment = {}) const;
    // The same check without writing: ok when the move is legal.
    Status checkMove(qint64 partnerId, qint64 newParentId) const;

    // Links a distributor (a partner of kind "distributor") to a reseller with a focus note;
    // Duplicate when the pair is already actively linked. Records "distributor-linked" on both.
    Result<DistributorLink> link(qint64 distributorId, qint64 resellerId, const QString &focus = {}) const;
    // Ends the active link of the pair, keeping it as history; NotFound when there is none.
    // Records "distributor-unlinked" on both. Leads keep their stored attribution.
    Status unlink(qint64 distributorId, qint64 resellerId, const QString &comment = {}) const;
    // Changes the focus note of an active link; records "distributor-focus" on both.
    Result<DistributorLink> setFocus(qint64 distributorId, qint64 resellerId, const QString &focus) const;

    Result<DistributorLink> activeLink(qint64 distributorId, qint64 resellerId) const; // NotFound if none
    // A reseller's distributors / a distributor's linked resellers, by name; removed links (history)
    // only when asked for, newest removal first after the active ones.
    Result<QList<DistributorLink>> distributorsOf(qint64 resellerId, bool includeRemoved = false) const;
    Result<QList<DistributorLink>> resellersOf(
        qint64 distributorId, bool includeRemoved = false, int limit = 1000, int offset = 0) const;
    Result<qint64> resellerCount(qint64 distributorId) const; // active links
    Result<QString> label(qint64 partnerId) const; // "CODE Name"

private:
    Result<QList<DistributorLink>> readLinks(
        const QString &where, const QVariantList &binds, const QString &order, int limit, int offset) const;
    Database m_db;
};

} // namespace cd
