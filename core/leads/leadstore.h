#pragma once

// LeadStore: reads and writes leads. Every write (create, assign, accept, decline, convert, lose) is
// one transaction together with the timeline events of the partners involved.

#include "common/result.h"
#include "db/database.h"
#include "deal.h"
#include "lead.h"
#include "leadfilter.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <functional>

namespace cd {

class LeadStore
{
    Q_DECLARE_TR_FUNCTIONS(LeadStore)
public:
    explicit LeadStore(const Database &db);

    Result<Lead> get(qint64 id) const;

    // Validates and inserts. With submittedByDistributorId and assignedPartnerId set, the partner
    // must be one the distributor may see (NetworkScope: below it in the hierarchy, actively linked
    // through distributor_links, or below such a reseller); the lead is then created already assigned to that
    // reseller and attributed to both (dual attribution). Records "created" on the partners' timelines.
    Result<Lead> create(Lead lead) const;
    // Saves the editable fields (contact data, address, value, source, notes); status and
    // assignment change only through the actions below. Conflict when the version moved on.
    Result<Lead> update(const Lead &lead) const;

    // Manual assignment to any current partner that has not declined this lead (weight and
    // activation are the router's rules, not the user's). Clears a routing flag.
    Result<Lead> assign(qint64 leadId, qint64 partnerId, const QString &comment = {}) const;
    // The assigned partner takes the lead.
    Result<Lead> accept(qint64 leadId) const;
    // The assigned partner declines: recorded in lead_declines so the router never offers this
    // lead to it again; the lead goes back to "declined" without a partner, ready to be routed.
    Result<Lead> decline(qint64 leadId, qint64 partnerId, const QString &reason = {}) const;
    // Creates the deal for an assigned or accepted lead, copying the attribution chain (partner and
    // submitting distributor) onto the deal; the lead becomes "converted". An invalid value takes
    // the lead's estimated value; an invalid stage the first open stage of the pipeline.
    Result<Deal> convert(
        qint64 leadId, const Money &value = {}, const QDate &expectedClose = {}, qint64 stageId = 0) const;
    Result<Lead> markLost(qint64 leadId, const QString &reason = {}) const;

    // Partner ids that declined this lead, ascending.
    Result<QList<qint64>> declinedPartners(qint64 leadId) const;
    // Whether the distributor may submit leads for this partner (in its NetworkScope, not itself).
    Result<bool> canSubmitFor(qint64 distributorId, qint64 partnerId) const;

    // Lists in SQL with paging.
    Result<qint64> count(const LeadFilter &filter) const;
    // Rows [offset, offset + limit) in `sort` order; `total` (the count, -1 = not known) lets a
    // deep page be read from the far end.
    Result<QList<Lead>> page(
        const LeadFilter &filter, const LeadSort &sort, qint64 offset, int limit, qint64 total = -1) const;
    // The first `limit` rows from `offset`, newest first.
    Result<QList<Lead>> list(const LeadFilter &filter, int limit, qint64 offset = 0) const;

    static QString selectColumns(); // for "SELECT <columns> FROM leads l ..."
    static Lead fromRow(const QSqlQuery &row);

private:
    Status checkUsable(const Lead &lead) const;
    // Reads the lead and runs `change` on it in one transaction (its writes and timeline events);
    // the lead as stored afterwards, or the error that took the change back.
    Result<Lead> changeLead(qint64 leadId, const std::function<Status(const Lead &)> &change) const;
    Database m_db;
};

} // namespace cd
