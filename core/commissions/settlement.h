#pragma once

// Settlement: turns a period's commission lines into statements, one per partner and currency.
// preview() and settle() run the same preparation; settle() writes it in one transaction. A period
// is settled once: settling it again changes nothing, and whatever arrives later for it (a late
// invoice, a payment, a corrected amount, a rule dated back) lands in the next settled period as
// an adjustment. Periods settle in order. A statement's total is its lines plus what the partner's
// previous statement in that currency carried out; a negative total pays nothing and is carried
// forward. Statements go draft → approved → paid; approved ones never change.

#include "commissionline.h"
#include "db/database.h"
#include "period.h"

#include <QHash>
#include <QList>

namespace cd {

class CommissionEngine;

enum class StatementStatus { Preview, Draft, Approved, Paid };

struct CommissionStatement
{
    qint64 id = 0; // 0 in a preview
    qint64 partnerId = 0;
    QString partnerCode;
    QString partnerName;
    QString period;
    QString currency;
    qint64 linesMinor = 0;
    qint64 carriedInMinor = 0;
    qint64 totalMinor = 0;
    qint64 payableMinor = 0;
    qint64 carriedOutMinor = 0;
    int lineCount = 0;
    StatementStatus status = StatementStatus::Preview;
    qint64 payoutId = 0;

    static QString statusKey(StatementStatus status);
    static StatementStatus statusFromKey(const QString &key);
    static QString statusLabel(StatementStatus status);
};

struct SettlementRun
{
    CommissionPeriod period;
    bool alreadySettled = false; // settle(): nothing was written
    bool settled = false; // the statements are stored ones (not a preview)
    bool linesLoaded = true; // false: settle() wrote them without keeping them, or statements only
    QList<CommissionStatement> statements; // by partner code, currency
    QList<CommissionLine> lines; // payable lines and margin lines, by partner, currency, date
    QHash<qint64, QString> partnerCodes;
    QHash<qint64, QString> partnerNames;
    QHash<qint64, QString> planNames;

    QString explain(const CommissionLine &line) const;
    // The lines of one statement.
    QList<CommissionLine> linesOf(qint64 partnerId, const QString &currency) const;
};

class Settlement
{
public:
    explicit Settlement(const Database &db);

    // What settle() would write (an open period), or what was written (a settled one). A partner
    // id > 0 keeps only that partner's statements and lines. Lines::StatementsOnly gives the
    // statements without their lines (linesLoaded false), so that a million-line month stays small:
    // ask for one partner's lines when they are wanted. An open period is computed whole for every
    // partner's statements; for one partner's, from the documents that can make its lines (see
    // CommissionEngine::setFocus), with the same lines and totals.
    enum class Lines { All, StatementsOnly };
    Result<SettlementRun> preview(
        const CommissionPeriod &period, qint64 partnerId = 0, Lines lines = Lines::All) const;
    Result<SettlementRun> settle(const CommissionPeriod &period) const;
    // Draft → approved; the number of statements approved.
    Result<int> approve(const CommissionPeriod &period, qint64 partnerId = 0) const;
    // The stored statements of a settled period (all of them, or one partner's) with their lines.
    Result<SettlementRun> stored(
        const CommissionPeriod &period, qint64 partnerId = 0, Lines lines = Lines::All) const;
    // Every stored statement of a partner, newest period first (no lines).
    Result<QList<CommissionStatement>> statementsOf(qint64 partnerId) const;
    // The settled periods, oldest first.
    Result<QList<CommissionPeriod>> settledPeriods() const;
    // The periods that have ended by `today` and wait for settlement, oldest first: from the one
    // after the last settled period (before any settlement: from the first document's) on.
    Result<QList<CommissionPeriod>> periodsToSettle(const QDate &today) const;
    // How many statements are in `status`, and the oldest period that has one (empty key: none).
    Result<qint64> statementCount(StatementStatus status) const;
    Result<QString> oldestPeriodWith(StatementStatus status) const;

    // The query behind the carries: each partner's latest statement per currency with a negative
    // total (read through the partial index of such statements; tests check its plan).
    static QString carriesQuery();

private:
    // The run of an open period with its statements, keeping the lines `keep` accepts (all when
    // not set; linesLoaded is then true).
    // `focus` > 0: only that partner's statement is wanted (the others come out incomplete).
    Result<SettlementRun> prepare(const CommissionPeriod &period,
        const std::function<bool(const CommissionLine &)> &keep = {}, qint64 focus = 0) const;
    // The period may be settled next (periods settle in order).
    Status checkOrder(const CommissionPeriod &period) const;
    // Lines for documents of settled periods that arrived or changed after their settlement.
    Result<QList<CommissionLine>> adjustments(CommissionEngine &engine) const;
    // What each partner's latest statement carried out, per currency (negative totals).
    Result<QHash<QPair<qint64, QString>, qint64>> carries() const;
    Database m_db;
};

} // namespace cd
