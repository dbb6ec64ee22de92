#pragma once

// CommissionLine: one amount a partner earns (or gives back) on one sales document or won deal,
// with everything needed to say why: the base, the share of it, the rule that applied (customer
// override, the partner's plan, its level's plan, its default rate), the tier bracket, the cascade
// depth or the distributor's part, the rate and the rounded amount.

#include "common/decimal.h"
#include "plan.h"

#include <QDate>
#include <QString>

#include <optional>

namespace cd {

enum class LineSource { Sale, Deal };
enum class LineRole {
    Direct, // the seller's own commission
    Split, // the seller's share under a customer's split rule
    Cascade, // an override up the hierarchy (depth 1 = parent)
    Distributor, // the distributor's part of a sale it took part in
    DistributorShare, // the seller's commission passed on to the distributor (negative)
    Margin, // a margin reseller's margin: reported, never paid
};
enum class RuleKind { Override, PartnerPlan, LevelPlan, DefaultRate, Link, None };

struct CommissionLine
{
    LineSource source = LineSource::Sale;
    qint64 sourceId = 0;
    QString documentNumber; // invoice, credit note or "deal 12"
    bool credit = false;
    QDate documentDate;
    QDate lineDate; // the date that puts the line in its period (invoice, payment or closing date)
    qint64 customerId = 0;
    QString category;
    qint64 partnerId = 0;
    qint64 fromPartnerId = 0; // cascade and distributor lines: the seller
    LineRole role = LineRole::Direct;
    int depth = 0; // cascade level
    qint64 documentMinor = 0; // the document's signed amount
    qint64 baseMinor = 0; // signed
    std::optional<Rate> share; // split share or distributor share
    QString currency;
    RuleKind rule = RuleKind::None;
    qint64 planId = 0;
    QString detail; // tier: "whole|2|10000|12500.00"; marginal: "marginal|500.00@0.05;500.00@0.075"
    PayTiming timing = PayTiming::OnInvoice;
    Rate rate;
    bool capped = false;
    qint64 amountMinor = 0; // signed
    QString period; // the period of lineDate
    bool adjustment = false; // a change to a line of an earlier settled period
    qint64 settledMinor = 0; // adjustment: what was settled before

    bool payable() const { return role != LineRole::Margin; }
    // The key that identifies the line across runs (for adjustments).
    QString key() const;
    static QString roleKey(LineRole role);
    // What people read: "own sale", "split share", "cascade", ...
    static QString roleLabel(LineRole role);
    static std::optional<LineRole> roleFromKey(const QString &key);
    static QString ruleKey(RuleKind rule);
    static RuleKind ruleFromKey(const QString &key);
    // Why the line is there, in a sentence: `codes` gives partner codes, `planNames` plan names.
    QString explain(const std::function<QString(qint64)> &partnerCode,
        const std::function<QString(qint64)> &planName) const;
};

} // namespace cd
