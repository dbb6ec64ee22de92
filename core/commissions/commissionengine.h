#pragma once

// CommissionEngine: the commission lines of one period, as the stored sales, won deals and rules
// give them. It reads and never writes; Settlement writes what it computes, so a preview and a
// settlement give the same numbers.
//
// Which rate applies to a partner's base, first match wins: the customer's override for (customer,
// partner); the partner's own plan; its level's plan; its default rate. Rules are taken as they
// stood on the document date. A customer's split rule shares the base among its partners first.
// Tier volume is the partner's own base in the period per currency (invoices minus credit notes,
// split shares included, cascade bases not).

#include "commissionline.h"
#include "db/database.h"
#include "period.h"

#include <QList>

#include <functional>
#include <memory>

namespace cd {

class CommissionEngine
{
public:
    explicit CommissionEngine(const Database &db);
    ~CommissionEngine();
    CommissionEngine(const CommissionEngine &) = delete;
    CommissionEngine &operator=(const CommissionEngine &) = delete;

    // Every line whose date falls in `period`, in partner, currency and date order; margin lines
    // included (not payable).
    Result<QList<CommissionLine>> compute(const CommissionPeriod &period);
    // The same lines handed to `sink` one by one as they are made, in no particular order and
    // without their document numbers: what a settlement writes needs neither, and a month of a
    // million lines then never sits in memory whole.
    Status computeInto(const CommissionPeriod &period, const std::function<Status(CommissionLine &&)> &sink);
    // Lines from computeInto() as compute() gives them: with their document numbers, in partner,
    // currency and date order.
    Status completeLines(QList<CommissionLine> &lines);

    // Only the lines of `partnerId` are wanted (0: every partner's): the documents read are those
    // that can make its lines (its own and split sales, those of every partner below it now or
    // before, its distributor sales and their sellers' whole base), so one partner's statement of a
    // month of a million lines needs a fraction of them. Its lines are those of the whole run; the
    // other partners' lines are incomplete.
    void setFocus(qint64 partnerId) { m_focus = partnerId; }

    // Codes and names of the partners and plans the last compute() met (for explanations).
    QString partnerCode(qint64 id);
    QString partnerName(qint64 id);
    QString planName(qint64 id) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
    qint64 m_focus = 0;
};

} // namespace cd
