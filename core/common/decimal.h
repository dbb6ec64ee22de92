#pragma once

// Decimal: an exact number with six decimal places (micro-units in a qint64), used for rates such
// as commissions, discounts and tax (12.5% = 0.125). Applying a rate to Money rounds once, in a
// stated way, and never passes through double.

#include "money.h"
#include "result.h"

#include <QString>

#include <compare>

namespace cd {

enum class RoundingMode {
    HalfEven, // ties to the even neighbour (banker's rounding): 0.125 → 0.12, 0.135 → 0.14
    HalfUp, // ties away from zero (commercial rounding): 0.125 → 0.13, -0.125 → -0.13
};

class Decimal
{
public:
    static constexpr int scale = 6;
    static constexpr qint64 unit = 1'000'000; // 10^scale micro-units make 1

    constexpr Decimal() = default;
    static constexpr Decimal fromMicros(qint64 micros)
    {
        Decimal d;
        d.m_micros = micros;
        return d;
    }
    constexpr qint64 micros() const { return m_micros; }

    // "0.125", "-1", "12.5%" or "12.5 %" (a percentage: divided by 100). At most 6 decimal places, or 4
    // in a percentage, since both end in micro-units; extra zeros are fine, other digits refused.
    static Result<Decimal> parse(const QString &text, const QString &field = QStringLiteral("rate"));

    // Shortest exact form: "0.125", "2", "-0.000001".
    QString toString() const;
    // As a percentage: "12.5%".
    QString toPercentString() const;

    // amount × this, rounded once to the currency's minor unit. Fails only when the result does not
    // fit (or the amount has no valid currency).
    Result<Money> applyTo(const Money &amount, RoundingMode mode) const;

    friend constexpr auto operator<=>(const Decimal &, const Decimal &) = default;

private:
    qint64 m_micros = 0;
};

// The name the business uses for a Decimal that is a share of an amount.
using Rate = Decimal;

} // namespace cd
