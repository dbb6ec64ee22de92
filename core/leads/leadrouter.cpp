#include "leadrouter.h"

#include "common/clock.h"
#include "db/sql.h"
#include "db/statementcache.h"
#include "db/transaction.h"
#include "lead.h"
#include "timeline/timelinestore.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace cd {

namespace {

// A partner that may receive leads, as the router keeps it in memory for one run.
struct Candidate
{
    qint64 id = 0;
    qint64 weight = 0;
    qint64 areaId = 0;
    int country = -1; // index into RoutingRun::m_countries
    double latitude = 0;
    double longitude = 0;
    bool hasCoordinates = false;
};

// Members of a candidate group with their running weight sum, so a weighted draw is one binary search.
struct Pool
{
    std::vector<int> members; // indices into RoutingRun::m_candidates
    std::vector<qint64> cumulative;

    bool empty() const { return members.empty(); }
    qint64 total() const { return cumulative.empty() ? 0 : cumulative.back(); }
};

struct WaitingLead
{
    qint64 id = 0;
    qint64 areaId = 0;
    QString country;
    double latitude = 0;
    double longitude = 0;
    bool hasCoordinates = false;
    qint64 distributorId = 0;
    QString company;
    QString flagReason; // as stored before this run
};

constexpr int kCellsPerDegree = 1;

qint64 cellKey(int latCell, int lonCell)
{
    return qint64(latCell + 1000) * 100000 + (lonCell + 1000);
}

int cellOf(double degrees)
{
    return int(std::floor(degrees * kCellsPerDegree));
}

// One routing run: the candidate groups are built once from the partners table, then every lead of
// every batch draws from them. Ring groups are built on first use and kept per (cell, ring).
class RoutingRun
{
public:
    RoutingRun(const Database &db, const RoutingOptions &options)
        : m_db(db)
        , m_options(options)
        , m_rng(options.seed ? *options.seed : std::random_device {}())
    {}

    Status loadCandidates();
    // The group a lead draws from, declined partners removed. Valid until the next call.
    QPair<RoutingTier, const Pool *> poolFor(const WaitingLead &lead, const QSet<qint64> &declined);
    RoutingChoice choose(const WaitingLead &lead, const QSet<qint64> &declined);
    Result<QHash<qint64, QSet<qint64>>> declinesFor(const std::vector<WaitingLead> &leads) const;
    // Returns how many assignments and flags were not written because someone else assigned or closed
    // the lead since it was read (they are neither counted nor put on the timeline).
    Result<QPair<qint64, qint64>> write(
        const std::vector<WaitingLead> &leads, const QList<RoutingChoice> &choices) const;

    const Candidate &candidate(int index) const { return m_candidates[size_t(index)]; }

private:
    void add(Pool &pool, int index) const
    {
        pool.members.push_back(index);
        pool.cumulative.push_back(pool.total() + m_candidates[size_t(index)].weight);
    }
    // The pool itself, or without the declined partners (in m_filtered): most leads have no
    // declines, so most draws copy nothing.
    const Pool *without(const Pool &pool, const QSet<qint64> &declined);
    const Pool &ring(const WaitingLead &lead, int ringIndex, bool sameCountry);

    Database m_db;
    RoutingOptions m_options;
    std::mt19937_64 m_rng;
    std::vector<Candidate> m_candidates;
    QHash<QString, int> m_countryIndex;
    QHash<qint64, Pool> m_byArea;
    QHash<int, Pool> m_byCountry;
    QHash<qint64, std::vector<int>> m_grid; // cell -> candidates with coordinates in it
    QHash<QString, Pool> m_rings; // "country|cell|ring" -> group
    QList<double> m_ringDegrees = LeadRouter::ringDegrees();
    Pool m_filtered;
};

Status RoutingRun::loadCandidates()
{
    // Odoo's rule: weight > 0 (the partner's override wins over its level's weight, even when it
    // is 0) and an enabled activation; we also require a current, active partner.
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT p.id, coalesce(p.weight_override, lv.weight, 0) AS w, p.area_id, p.country, "
                       "p.latitude, p.longitude FROM partners p "
                       "JOIN partner_activations pa ON pa.id = p.activation_id AND pa.active = 1 "
                       "LEFT JOIN partner_levels lv ON lv.id = p.level_id "
                       "WHERE p.archived_at IS NULL AND p.status = 'active' "
                       "AND coalesce(p.weight_override, lv.weight, 0) > 0 ORDER BY p.id"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        Candidate c;
        c.id = q->value(0).toLongLong();
        c.weight = q->value(1).toLongLong();
        c.areaId = q->value(2).toLongLong();
        const QString country = q->value(3).toString();
        if (!country.isEmpty()) {
            auto it = m_countryIndex.find(country);
            if (it == m_countryIndex.end())
                it = m_countryIndex.insert(country, int(m_countryIndex.size()));
            c.country = it.value();
        }
        if (!q->value(4).isNull() && !q->value(5).isNull()) {
            c.hasCoordinates = true;
            c.latitude = q->value(4).toDouble();
            c.longitude = q->value(5).toDouble();
        }
        const int index = int(m_candidates.size());
        m_candidates.push_back(c);
        if (c.areaId != 0)
            add(m_byArea[c.areaId], index);
        if (c.country >= 0)
            add(m_byCountry[c.country], index);
        if (c.hasCoordinates)
            m_grid[cellKey(cellOf(c.latitude), cellOf(c.longitude))].push_back(index);
    }
    return {};
}

const Pool *RoutingRun::without(const Pool &pool, const QSet<qint64> &declined)
{
    if (declined.isEmpty())
        return &pool;
    m_filtered = Pool {};
    for (int index : pool.members) {
        if (!declined.contains(m_candidates[size_t(index)].id))
            add(m_filtered, index);
    }
    return &m_filtered;
}

const Pool &RoutingRun::ring(const WaitingLead &lead, int ringIndex, bool sameCountry)
{
    const int country = sameCountry ? m_countryIndex.value(lead.country, -2) : -1;
    const int latCell = cellOf(lead.latitude);
    const int lonCell = cellOf(lead.longitude);
    const QString key = QStringLiteral("%1|%2|%3|%4").arg(country).arg(latCell).arg(lonCell).arg(ringIndex);
    auto it = m_rings.find(key);
    if (it != m_rings.end())
        return it.value();
    // A box of ±degrees around the lead, as Odoo widens its search; the cells cover it, the exact
    // coordinates decide. Leads in the same cell share the group.
    const double degrees = m_ringDegrees.at(ringIndex);
    const int span = int(std::ceil(degrees * kCellsPerDegree)) + 1;
    std::vector<int> members;
    for (int la = latCell - span; la <= latCell + span; ++la) {
        for (int lo = lonCell - span; lo <= lonCell + span; ++lo) {
            const auto cell = m_grid.constFind(cellKey(la, lo));
            if (cell == m_grid.constEnd())
                continue;
            for (int index : cell.value()) {
                const Candidate &c = m_candidates[size_t(index)];
                if (sameCountry && c.country != country)
                    continue;
                // The cell centre stands for every lead in the cell, so groups stay shareable.
                const double centreLat = (latCell + 0.5) / kCellsPerDegree;
                const double centreLon = (lonCell + 0.5) / kCellsPerDegree;
                if (std::abs(c.latitude - centreLat) <= degrees
                    && std::abs(c.longitude - centreLon) <= degrees)
                    members.push_back(index);
            }
        }
    }
    std::sort(members.begin(), members.end());
    Pool pool;
    for (int index : members)
        add(pool, index);
    return m_rings.insert(key, pool).value();
}

QPair<RoutingTier, const Pool *> RoutingRun::poolFor(const WaitingLead &lead, const QSet<qint64> &declined)
{
    if (lead.areaId != 0) {
        if (auto it = m_byArea.constFind(lead.areaId); it != m_byArea.constEnd()) {
            if (const Pool *p = without(it.value(), declined); !p->empty())
                return {RoutingTier::Area, p};
        }
    }
    const int country = lead.country.isEmpty() ? -1 : m_countryIndex.value(lead.country, -1);
    if (lead.hasCoordinates && country >= 0) {
        for (int r = 0; r < m_ringDegrees.size(); ++r) {
            if (const Pool *p = without(ring(lead, r, true), declined); !p->empty())
                return {RoutingTier::CountryRing, p};
        }
    }
    if (country >= 0) {
        if (const Pool *p = without(m_byCountry[country], declined); !p->empty())
            return {RoutingTier::Country, p};
    }
    if (lead.hasCoordinates) {
        for (int r = 0; r < m_ringDegrees.size(); ++r) {
            if (const Pool *p = without(ring(lead, r, false), declined); !p->empty())
                return {RoutingTier::AnyRing, p};
        }
    }
    m_filtered = Pool {};
    return {RoutingTier::None, &m_filtered};
}

RoutingChoice RoutingRun::choose(const WaitingLead &lead, const QSet<qint64> &declined)
{
    RoutingChoice choice;
    choice.leadId = lead.id;
    const auto [tier, poolPointer] = poolFor(lead, declined);
    const Pool &pool = *poolPointer;
    choice.tier = tier;
    if (pool.empty()) {
        const bool located = lead.areaId != 0 || !lead.country.isEmpty() || lead.hasCoordinates;
        choice.flagReason = QString::fromLatin1(located ? LeadRouter::NoCandidate : LeadRouter::NoLocation);
        return choice;
    }
    std::uniform_int_distribution<qint64> draw(0, pool.total() - 1);
    const qint64 ticket = draw(m_rng);
    const auto at = std::upper_bound(pool.cumulative.begin(), pool.cumulative.end(), ticket);
    choice.partnerId = m_candidates[size_t(pool.members[size_t(at - pool.cumulative.begin())])].id;
    return choice;
}

Result<QHash<qint64, QSet<qint64>>> RoutingRun::declinesFor(const std::vector<WaitingLead> &leads) const
{
    QHash<qint64, QSet<qint64>> declines;
    if (leads.empty())
        return declines;
    qint64 low = leads.front().id;
    qint64 high = leads.front().id;
    for (const WaitingLead &l : leads) {
        low = std::min(low, l.id);
        high = std::max(high, l.id);
    }
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT lead_id, partner_id FROM lead_declines WHERE lead_id BETWEEN ? AND ?"),
        {low, high});
    if (!q)
        return q.error();
    while (q.value().next())
        declines[q->value(0).toLongLong()].insert(q->value(1).toLongLong());
    return declines;
}

Result<QPair<qint64, qint64>> RoutingRun::write(
    const std::vector<WaitingLead> &leads, const QList<RoutingChoice> &choices) const
{
    Transaction tx(m_db.sql());
    if (Status s = tx.begin(); !s)
        return s.error();
    qint64 skippedAssigned = 0;
    qint64 skippedFlagged = 0;
    sql::StatementCache cache(m_db.sql());
    TimelineStore timeline(m_db);
    const QDateTime nowTime = Clock::nowUtc();
    const QString now = sql::isoUtc(nowTime);
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const RoutingChoice &c = choices[i];
        const WaitingLead &lead = leads[size_t(i)];
        TimelineEvent e {
            .at = nowTime, .entity = QStringLiteral("lead"), .entityId = c.leadId, .newValue = lead.company};
        if (c.partnerId != 0) {
            // The guard on status keeps a lead that someone assigned meanwhile untouched.
            auto q = sql::exec(m_db.sql(),
                QStringLiteral("UPDATE leads SET status = 'assigned', assigned_partner_id = ?, "
                               "assigned_at = coalesce(assigned_at, ?), flag_reason = '', flagged_at = NULL, "
                               "updated_at = ?, version = version + 1 WHERE id = ? "
                               "AND assigned_partner_id IS NULL AND status IN ('new', 'declined')"),
                {c.partnerId, now, now, c.leadId});
            if (!q)
                return q.error();
            if (q->numRowsAffected() == 0) {
                ++skippedAssigned;
                continue;
            }
            e.action = QStringLiteral("lead-assigned");
            e.partnerId = c.partnerId;
            e.comment = LeadRouter::tr("Assigned automatically");
        } else {
            // A lead flagged again for the same reason is not news.
            if (lead.flagReason == c.flagReason)
                continue;
            auto q = sql::exec(m_db.sql(),
                QStringLiteral("UPDATE leads SET flag_reason = ?, flagged_at = ?, updated_at = ?, "
                               "version = version + 1 WHERE id = ? "
                               "AND assigned_partner_id IS NULL AND status IN ('new', 'declined')"),
                {c.flagReason, now, now, c.leadId});
            if (!q)
                return q.error();
            if (q->numRowsAffected() == 0) {
                ++skippedFlagged;
                continue;
            }
            e.action = QStringLiteral("lead-flagged");
            e.partnerId = lead.distributorId;
            e.comment = Lead::flagReasonLabel(c.flagReason);
        }
        if (Status s = timeline.record(e); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return qMakePair(skippedAssigned, skippedFlagged);
}

WaitingLead readLead(const QSqlQuery &q)
{
    WaitingLead l;
    l.id = q.value(0).toLongLong();
    l.areaId = q.value(1).toLongLong();
    l.country = q.value(2).toString();
    if (!q.value(3).isNull() && !q.value(4).isNull()) {
        l.hasCoordinates = true;
        l.latitude = q.value(3).toDouble();
        l.longitude = q.value(4).toDouble();
    }
    l.distributorId = q.value(5).toLongLong();
    l.company = q.value(6).toString();
    l.flagReason = q.value(7).toString();
    return l;
}

const QString kRoutingColumns = QStringLiteral(
    "id, area_id, country, latitude, longitude, submitted_by_distributor_id, company, flag_reason");

} // namespace

QList<double> LeadRouter::ringDegrees()
{
    return {0.5, 1.0, 2.0, 4.0, 8.0};
}

LeadRouter::LeadRouter(const Database &db)
    : m_db(db)
{}

Result<RoutingReport> LeadRouter::assignWaiting(const RoutingOptions &options) const
{
    RoutingRun run(m_db, options);
    if (Status s = run.loadCandidates(); !s)
        return s.error();
    auto total = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT count(*) FROM leads WHERE assigned_partner_id IS NULL AND status IN ('new', "
                       "'declined')"));
    if (!total)
        return total.error();
    RoutingReport report;
    const int batchSize = std::max(1, options.batchSize);
    qint64 lastId = 0;
    for (;;) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        std::vector<WaitingLead> leads;
        {
            auto q = sql::exec(m_db.sql(),
                QStringLiteral("SELECT ") + kRoutingColumns
                    + QStringLiteral(
                        " FROM leads WHERE assigned_partner_id IS NULL AND status IN ('new', 'declined') "
                        "AND id > ? ORDER BY id LIMIT ?"),
                {lastId, batchSize});
            if (!q)
                return q.error();
            while (q.value().next())
                leads.push_back(readLead(q.value()));
        }
        if (leads.empty())
            break;
        lastId = leads.back().id;
        auto declines = run.declinesFor(leads);
        if (!declines)
            return declines.error();
        QList<RoutingChoice> choices;
        choices.reserve(qsizetype(leads.size()));
        for (const WaitingLead &l : leads) {
            RoutingChoice c = run.choose(l, declines->value(l.id));
            c.partnerId != 0 ? ++report.assigned : ++report.flagged;
            choices.append(c);
        }
        report.considered += qint64(leads.size());
        if (!options.dryRun) {
            auto skipped = run.write(leads, choices);
            if (!skipped)
                return skipped.error();
            report.assigned -= skipped->first;
            report.flagged -= skipped->second;
            report.skipped += skipped->first + skipped->second;
        } else {
            report.choices += choices;
        }
        if (options.progress)
            options.progress(report.considered, total->toLongLong());
    }
    return report;
}

Result<RoutingReport> LeadRouter::assignLeads(
    const QList<qint64> &leadIds, const RoutingOptions &options) const
{
    std::vector<WaitingLead> leads;
    for (qint64 id : leadIds) {
        auto q = sql::exec(m_db.sql(),
            QStringLiteral("SELECT ") + kRoutingColumns
                + QStringLiteral(", assigned_partner_id IS NULL AND status IN ('new', 'declined') FROM leads "
                                 "WHERE id = ?"),
            {id});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error::make(Error::Code::NotFound, tr("There is no lead with id %1.").arg(id));
        if (!q->value(8).toBool())
            return Error::validation(QStringLiteral("lead"),
                tr("Lead %1 is not waiting for a partner: it is assigned or closed.").arg(id));
        leads.push_back(readLead(q.value()));
    }
    RoutingRun run(m_db, options);
    if (Status s = run.loadCandidates(); !s)
        return s.error();
    RoutingReport report;
    const size_t batchSize = size_t(std::max(1, options.batchSize));
    for (size_t start = 0; start < leads.size(); start += batchSize) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        const std::vector<WaitingLead> batch(leads.begin() + qsizetype(start),
            leads.begin() + qsizetype(std::min(leads.size(), start + batchSize)));
        QHash<qint64, QSet<qint64>> declines;
        for (const WaitingLead &l : batch) {
            auto d = run.declinesFor({l});
            if (!d)
                return d.error();
            declines.insert(l.id, d->value(l.id));
        }
        QList<RoutingChoice> choices;
        for (const WaitingLead &l : batch) {
            RoutingChoice c = run.choose(l, declines.value(l.id));
            c.partnerId != 0 ? ++report.assigned : ++report.flagged;
            choices.append(c);
        }
        report.considered += qint64(batch.size());
        if (!options.dryRun) {
            auto skipped = run.write(batch, choices);
            if (!skipped)
                return skipped.error();
            report.assigned -= skipped->first;
            report.flagged -= skipped->second;
            report.skipped += skipped->first + skipped->second;
        }
        report.choices += choices;
        if (options.progress)
            options.progress(report.considered, qint64(leads.size()));
    }
    return report;
}

Result<QPair<RoutingTier, QList<RoutingCandidate>>> LeadRouter::candidates(qint64 leadId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT ") + kRoutingColumns + QStringLiteral(" FROM leads WHERE id = ?"), {leadId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, tr("There is no lead with id %1.").arg(leadId));
    const WaitingLead lead = readLead(q.value());
    RoutingRun run(m_db, {});
    if (Status s = run.loadCandidates(); !s)
        return s.error();
    auto declines = run.declinesFor({lead});
    if (!declines)
        return declines.error();
    const auto [tier, pool] = run.poolFor(lead, declines->value(lead.id));
    QList<RoutingCandidate> list;
    for (int index : pool->members)
        list.append({run.candidate(index).id, int(run.candidate(index).weight)});
    return qMakePair(tier, list);
}

} // namespace cd
