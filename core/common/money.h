#pragma once

// Money: an amount in the minor unit of its currency (cents for EUR, yen for JPY) as an integer,
// so sums over many invoices are exact. Never built from or turned into a double.

#include "result.h"

#include <QString>

namespace cd {

class Money
{
public:
    Money() = default; // no currency: isValid() is false
    Money(qint64 minorUnits, const QString &currency)
        : m_minorUnits(minorUnits)
        , m_currency(currency)
    {}

    qint64 minorUnits() const { return m_minorUnits; }
    const QString &currency() const { return m_currency; }
    // True when the currency is three upper-case letters (ISO 4217 form).
    bool isValid() const;
    // Decimal places of this amount's currency.
    int decimals() const { return minorDigits(m_currency); }

    // "1234.50", "-0.05", "1500" (JPY): exact, no grouping, no currency; parse() reads it back. Shown
    // to users through QLocale, not this.
    QString toString() const;

    // Decimal places of the minor unit per ISO 4217: 0 for JPY and others, 3 for KWD, BHD and
    // others, 4 for CLF and UYW, 2 for every other code.
    static int minorDigits(const QString &currency);
    static Status validateCurrency(const QString &code, const QString &field = QStringLiteral("currency"));

    // Reads "1234.5", "-0.05" or "+12" exactly; at most minorDigits(currency) decimals (zeros beyond
    // that are fine), a dot as decimal separator and no grouping. Locale formats are the UI's job.
    static Result<Money> parse(
        const QString &text, const QString &currency, const QString &field = QStringLiteral("amount"));

    // Equal amount and currency. There is no ordering: amounts in different currencies do not compare.
    friend bool operator==(const Money &, const Money &) = default;

    // Refuse different or invalid currencies and results that do not fit in qint64.
    friend Result<Money> operator+(const Money &a, const Money &b);
    friend Result<Money> operator-(const Money &a, const Money &b);

private:
    qint64 m_minorUnits = 0;
    QString m_currency;
};

} // namespace cd
