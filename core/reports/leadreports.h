#pragma once

// LeadReports: the network reports (lead flow, conversion, reseller performance, won value) as
// grouped SQL over the leads and deals tables, with exact counts, Decimal rates and Money sums.

#include "common/decimal.h"
#include "common/money.h"
#include "common/result.h"
#include "db/database.h"
#include "network/distributorlink.h"
#include "reportfilter.h"
#include "reporttable.h"

#include <QCoreApplication>
#include <QList>

namespace cd {

// Leads per submitting distributor (distributorId 0 = leads without one: direct), by their state now.
struct LeadFlowRow
{
    qint64 distributorId = 0;
    QString distributorCode;
    QString distributorName;
    qint64 submitted = 0; // leads created in the range
    qint64 assigned = 0; // of those, ever assigned to a partner
    qint64 accepted = 0; // ever accepted
    qint64 declined = 0; // declined at least once
    qint64 converted = 0;
    qint64 lost = 0;
};

// Conversion of leads that reached a partner: converted / assigned, exact.
struct ConversionRow
{
    qint64 partnerId = 0; // the distributor (by distributor) or the reseller (by reseller)
    QString partnerCode;
    QString partnerName;
    qint64 leads = 0; // leads ever assigned
    qint64 converted = 0;
    Decimal rate; // converted / leads rounded half-even to 6 places; 0 when leads is 0
};

// One reseller's results for one distributor (leads the distributor submitted for it).
struct PerformanceRow : LinkEnds
{
    qint64 leads = 0;
    qint64 accepted = 0;
    qint64 converted = 0;
    qint64 dealsWon = 0;
    qint64 dealsLost = 0;
    Decimal conversionRate;
};

// Won deal value for one group and one currency (amounts in different currencies are never added).
struct WonValueRow
{
    qint64 groupId = 0; // level or area id; 0 = none
    QString groupName;
    Money value;
    qint64 deals = 0;
};

class LeadReports
{
    Q_DECLARE_TR_FUNCTIONS(LeadReports)
public:
    explicit LeadReports(const Database &db);

    Result<QList<LeadFlowRow>> leadFlow(const ReportFilter &filter) const;
    Result<QList<ConversionRow>> conversionByDistributor(const ReportFilter &filter) const;
    Result<QList<ConversionRow>> conversionByReseller(const ReportFilter &filter) const;
    Result<QList<PerformanceRow>> resellerPerformance(const ReportFilter &filter) const;
    // Deals won with closedAt in the range, grouped by the partner's level / area.
    Result<QList<WonValueRow>> wonValueByLevel(const ReportFilter &filter) const;
    Result<QList<WonValueRow>> wonValueByArea(const ReportFilter &filter) const;

    // The same rows as tables for views, charts, CSV and JSON.
    static ReportTable table(const QList<LeadFlowRow> &rows);
    static ReportTable table(const QList<ConversionRow> &rows, bool byReseller);
    static ReportTable table(const QList<PerformanceRow> &rows);
    static ReportTable table(const QList<WonValueRow> &rows, bool byArea);

    // converted / total, half-even to 6 places; 0 for total 0.
    static Decimal ratio(qint64 converted, qint64 total);

private:
    Database m_db;
};

} // namespace cd
