#pragma once

// NetworkScope: what one distributor may see: itself, the partners below it, the resellers it is
// actively linked to and the partners below those (sub-resellers, seed 003), and their customers.
// Never another distributor's network: links are not followed onwards, so a linked reseller's own
// distributors and their other resellers stay out of scope.

#include "common/result.h"
#include "db/database.h"
#include "networknode.h"

#include <QList>

namespace cd {

// A partner a distributor works with directly: a child in the hierarchy, a linked reseller, or both.
struct ScopedReseller
{
    NetworkNode node;
    bool child = false; // parent_id is the distributor
    bool linked = false; // an active distributor link
    QString focus; // the link's focus note
};

class NetworkScope
{
public:
    explicit NetworkScope(const Database &db);

    // Every partner id the distributor may see, the distributor included, ascending.
    Result<QList<qint64>> visiblePartnerIds(qint64 distributorId) const;
    Result<qint64> visiblePartnerCount(qint64 distributorId) const;
    Result<bool> canSee(qint64 distributorId, qint64 partnerId) const;
    Result<qint64> visibleCustomerCount(qint64 distributorId) const;
    // Ids of current customers whose primary partner is in scope, ascending, one page.
    Result<QList<qint64>> visibleCustomerIds(qint64 distributorId, int limit, int offset = 0) const;

    // Children and linked resellers of the distributor, by name, one page.
    Result<QList<ScopedReseller>> directResellers(
        qint64 distributorId, int limit = 1000, int offset = 0) const;
    // Partners of kind "distributor" (current ones), by name, one page.
    Result<QList<NetworkNode>> distributors(int limit = 1000, int offset = 0) const;

    // Reusable SQL for scoping other tables (leads, deals). Put it after "WITH RECURSIVE " and bind
    // the distributor id once, as the first positional parameter; it defines
    // scope_partners(id), the visible partner ids (may hold duplicates: use IN / EXISTS). Example:
    //   "WITH RECURSIVE " + NetworkScope::cteSql() +
    //   " SELECT ... FROM leads WHERE assigned_partner_id IN (SELECT id FROM scope_partners)"
    static QString cteSql();
    // Fills the connection's temporary table temp.network_scope(partner_id PRIMARY KEY) with the
    // visible partner ids (replacing what it held), for queries that join scope many times.
    Status fillTempTable(qint64 distributorId) const;

private:
    Database m_db;
};

} // namespace cd
