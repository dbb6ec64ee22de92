#pragma once

// CommissionPlan: how a partner earns on its base. A fixed rate, or tiers on the partner's volume
// in the settlement period ("whole": the whole base at the rate of the bracket reached; "marginal":
// each slice of the volume at its own bracket's rate); rates per product category that replace it
// for their category; when it pays (on invoice or on payment); caps per line and per period; the
// cascade up the hierarchy; the distributor's part; whether won deals count as base.
//
// Thresholds and caps are amounts in major units of the line's currency ("10000" = 10,000.00 EUR
// for a EUR line); rates are exact fractions (0.075 = 7.5 %).

#include "common/decimal.h"
#include "common/error.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

enum class TierMode { Whole, Marginal };
enum class PayTiming { OnInvoice, OnPayment };

struct CommissionTier
{
    Decimal from; // volume from which the rate applies, inclusive
    Rate rate;
    friend bool operator==(const CommissionTier &, const CommissionTier &) = default;
};

struct CategoryRate
{
    QString category;
    Rate rate;
    friend bool operator==(const CategoryRate &, const CategoryRate &) = default;
};

struct CommissionPlan
{
    qint64 id = 0;
    QString name;
    bool tiered = false;
    Rate rate; // the fixed rate (tiered = false)
    QList<CommissionTier> tiers; // ascending, the first from 0 (tiered = true)
    TierMode mode = TierMode::Whole;
    QList<CategoryRate> categoryRates;
    PayTiming timing = PayTiming::OnInvoice;
    std::optional<Decimal> lineCap;
    std::optional<Decimal> periodCap;
    QList<Rate> cascade; // parent, grandparent, ...
    std::optional<Rate> distributorRate; // the distributor's own rate on the base
    std::optional<Rate> distributorShare; // or its share of the seller's commission
    bool includeDeals = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    // The bracket index reached by `volume` (minor units of a currency with `decimals` places).
    int bracketFor(qint64 volumeMinor, int decimals) const;
    std::optional<Rate> categoryRate(const QString &category) const;
    // One Error per broken rule.
    QList<Error> validate() const;

    static QString timingKey(PayTiming timing);
    static QString modeKey(TierMode mode);

    // Storage forms: "0:0.05,10000:0.075", "Hardware:0.04,Services:0.1", "0.02,0.01".
    static QString tiersText(const QList<CommissionTier> &tiers);
    static Result<QList<CommissionTier>> tiersFromText(
        const QString &text, bool percent, const QString &field);
    static QString categoryRatesText(const QList<CategoryRate> &rates);
    static Result<QList<CategoryRate>> categoryRatesFromText(
        const QString &text, bool percent, const QString &field);
    static QString ratesText(const QList<Rate> &rates);
    static Result<QList<Rate>> ratesFromText(const QString &text, bool percent, const QString &field);
};

namespace commission {

// Every commission amount is rounded once, per line, to the currency's minor unit, half up
// (commercial rounding).
constexpr RoundingMode kRounding = RoundingMode::HalfUp;

// A rate typed as a percentage: "7.5" or "7.5%" is 0.075; at most four decimals.
Result<Rate> parsePercent(const QString &text, const QString &field);
// A rate within 0 and 100 %.
std::optional<Error> checkRate(const Rate &rate, const QString &field);
// An amount in major units turned into minor units of a currency with `decimals` places; nullopt
// when it has more decimals than the currency.
std::optional<qint64> toMinor(const Decimal &amount, int decimals);

} // namespace commission

} // namespace cd
