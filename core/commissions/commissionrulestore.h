#pragma once

// CommissionRuleStore: plans and the rules that pick what a partner earns — plan assignments (to a
// partner or to a level), rate overrides per (customer, partner) and split rules per customer. A
// rule holds from its valid_from date on; a rule given without a date starts on the first day of
// the first period not yet settled, so it never changes a settled statement. Every change is one
// transaction with its timeline events.

#include "db/database.h"
#include "plan.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace cd {

struct SplitShare
{
    qint64 partnerId = 0;
    Rate share; // 0.6 = 60 %
    QString partnerCode; // read along
};

struct PlanAssignment
{
    qint64 planId = 0; // 0 = no plan from valid_from on
    qint64 partnerId = 0;
    qint64 levelId = 0;
    QDate validFrom;
};

class CommissionRuleStore
{
public:
    explicit CommissionRuleStore(const Database &db);

    Result<CommissionPlan> addPlan(CommissionPlan plan) const;
    // Replaces a plan's terms (same name or a new one); Conflict when the version moved on.
    Result<CommissionPlan> updatePlan(const CommissionPlan &plan) const;
    Result<QList<CommissionPlan>> plans() const;
    Result<CommissionPlan> plan(qint64 id) const;
    Result<CommissionPlan> planNamed(const QString &name) const;

    // planId 0 ends the current plan. An invalid `from` is the first open day.
    Status assignToPartner(qint64 planId, qint64 partnerId, QDate from = {}) const;
    Status assignToLevel(qint64 planId, qint64 levelId, QDate from = {}) const;
    Result<QList<PlanAssignment>> assignments() const;

    // nullopt ends the override.
    Status setOverride(qint64 customerId, qint64 partnerId, std::optional<Rate> rate, QDate from = {}) const;
    // The shares must be partners of their own, each above 0, summing to exactly 100 %; an empty
    // list ends the split.
    Status setSplit(qint64 customerId, const QList<SplitShare> &shares, QDate from = {}) const;
    // The split in force on `date` (empty = none).
    Result<QList<SplitShare>> splitOn(qint64 customerId, const QDate &date) const;

    // The distributor's part of the sales of a reseller it serves (an active link): a rate of its
    // own on the base, or a share of the reseller's commission (neither: the plan's terms apply).
    Status setLinkTerms(
        qint64 distributorId, qint64 resellerId, std::optional<Rate> rate, std::optional<Rate> share) const;

    // The plan a partner's own assignment gives it on `date` (0: none; its level's plan or default
    // rate apply then).
    Result<qint64> partnerPlanOn(qint64 partnerId, const QDate &date) const;
    // The plan a level's assignment gives its partners on `date` (0: none).
    Result<qint64> levelPlanOn(qint64 levelId, const QDate &date) const;
    // The overrides of a customer in force on `date`: partner code and rate.
    Result<QList<std::pair<QString, Rate>>> overridesOn(qint64 customerId, const QDate &date) const;

    // The first day after the last settled period; a very early date when nothing is settled.
    Result<QDate> firstOpenDay() const;

private:
    // `given`, or the first open day when it is invalid.
    Result<QDate> startDay(const QDate &given) const;
    // One transaction that first turns `from` into the day the change takes effect (startDay),
    // then runs `write`.
    Status writeFrom(QDate &from, const std::function<Status()> &write) const;
    Status assign(qint64 planId, qint64 partnerId, qint64 levelId, QDate from) const;
    Result<qint64> planOn(const QString &column, qint64 id, const QDate &date) const;
    Database m_db;
};

namespace commission {
// The sum of split shares must be exactly this.
constexpr qint64 kWholeMicros = Rate::unit;
QList<Error> validateShares(const QList<SplitShare> &shares);
} // namespace commission

} // namespace cd
