#pragma once

// LeadRouter: automatic lead assignment in the way of Odoo's partner assignment. Candidates are
// current, active partners with weight > 0 (override, else level weight) and an enabled activation
// that have not declined the lead; the nearest group wins (same area, then rings around the lead's
// coordinates within its country, then the country, then rings anywhere), and inside it the
// partner is drawn at random in proportion to weight. A lead without candidates is flagged.

#include "common/result.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>
#include <functional>
#include <optional>

namespace cd {

// Which group a candidate came from, nearest first.
enum class RoutingTier { Area, CountryRing, Country, AnyRing, None };

struct RoutingCandidate
{
    qint64 partnerId = 0;
    int weight = 0;
};

struct RoutingChoice
{
    qint64 leadId = 0;
    qint64 partnerId = 0; // 0 = flagged
    RoutingTier tier = RoutingTier::None;
    QString flagReason; // key, see Lead::flagReasonLabel
};

struct RoutingOptions
{
    std::optional<quint64> seed; // same seed + same data = same assignments; none = random
    int batchSize = 5000; // leads per transaction
    bool dryRun = false; // choose but write nothing
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr; // stops between batches; finished batches stay
};

struct RoutingReport
{
    qint64 considered = 0;
    qint64 assigned = 0;
    qint64 flagged = 0;
    // Chosen for, but left alone: someone else assigned or closed the lead meanwhile.
    qint64 skipped = 0;
    QList<RoutingChoice> choices; // filled only for small runs (ids given) and dry runs
    bool cancelled = false;
};

class LeadRouter
{
    Q_DECLARE_TR_FUNCTIONS(LeadRouter)
public:
    // Flag reasons stored on leads.
    static constexpr const char *NoLocation = "no-location"; // neither area, country nor coordinates
    static constexpr const char *NoCandidate = "no-candidate";

    // Ring half-widths in degrees of latitude/longitude, as Odoo widens its search.
    static QList<double> ringDegrees();

    explicit LeadRouter(const Database &db);

    // Routes every lead waiting for a partner (status new or declined, no partner), flagged ones
    // included, in batches of one transaction each; candidate groups are built once per run.
    Result<RoutingReport> assignWaiting(const RoutingOptions &options = {}) const;
    // Routes these leads (each must be waiting for a partner).
    Result<RoutingReport> assignLeads(const QList<qint64> &leadIds, const RoutingOptions &options = {}) const;

    // The candidate group the router would draw from for this lead, and its tier (for the UI's
    // "why this partner" and for tests).
    Result<QPair<RoutingTier, QList<RoutingCandidate>>> candidates(qint64 leadId) const;

private:
    Database m_db;
};

} // namespace cd
