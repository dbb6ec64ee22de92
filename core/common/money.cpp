#include "money.h"

#include "characters_p.h"
#include "fixedpoint_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <limits>

namespace cd {

namespace {

// ISO 4217 currencies whose minor unit is not 1/100.
constexpr struct
{
    char code[4];
    int digits;
} exceptions[] = {{"BHD", 3}, {"BIF", 0}, {"CLF", 4}, {"CLP", 0}, {"DJF", 0}, {"GNF", 0}, {"IQD", 3},
    {"ISK", 0}, {"JOD", 3}, {"JPY", 0}, {"KMF", 0}, {"KRW", 0}, {"KWD", 3}, {"LYD", 3}, {"OMR", 3},
    {"PYG", 0}, {"RWF", 0}, {"TND", 3}, {"UGX", 0}, {"UYI", 0}, {"UYW", 4}, {"VND", 0}, {"VUV", 0},
    {"XAF", 0}, {"XOF", 0}, {"XPF", 0}};

bool isCurrencyCode(const QString &code)
{
    return code.size() == 3 && std::all_of(code.begin(), code.end(), characters::isAsciiUpper);
}

Result<Money> combine(const Money &a, const Money &b, bool subtract)
{
    if (!a.isValid() || !b.isValid())
        return Error::validation(QStringLiteral("currency"),
            QCoreApplication::translate(
                "Validation", "An amount without a valid currency cannot be used in a calculation."));
    if (a.currency() != b.currency())
        return Error::validation(QStringLiteral("currency"),
            (subtract ? QCoreApplication::translate(
                 "Validation", "Cannot subtract an amount in %2 from one in %1; convert it first.")
                      : QCoreApplication::translate("Validation",
                          "Cannot add amounts in different currencies (%1 and %2); convert one first."))
                .arg(a.currency(), b.currency()));
    constexpr qint64 max = std::numeric_limits<qint64>::max();
    constexpr qint64 min = std::numeric_limits<qint64>::min();
    const qint64 x = a.minorUnits();
    const qint64 y = b.minorUnits();
    const bool overflow = subtract ? (y < 0 && x > max + y) || (y > 0 && x < min + y)
                                   : (y > 0 && x > max - y) || (y < 0 && x < min - y);
    if (overflow)
        return Error::validation(QStringLiteral("amount"),
            QCoreApplication::translate("Validation", "The result is too large for an amount in %1.")
                .arg(a.currency()));
    return Money(subtract ? x - y : x + y, a.currency());
}

} // namespace

bool Money::isValid() const
{
    return isCurrencyCode(m_currency);
}

QString Money::toString() const
{
    return fixedpoint::format(m_minorUnits, decimals());
}

int Money::minorDigits(const QString &currency)
{
    const auto it = std::find_if(std::begin(exceptions), std::end(exceptions),
        [&](const auto &e) { return currency == QLatin1String(e.code, 3); });
    return it == std::end(exceptions) ? 2 : it->digits;
}

Status Money::validateCurrency(const QString &code, const QString &field)
{
    if (code.isEmpty())
        return Error::validation(
            field, QCoreApplication::translate("Validation", "The currency is missing."));
    if (!isCurrencyCode(code))
        return Error::validation(field,
            QCoreApplication::translate("Validation",
                "A currency is a three-letter ISO 4217 code in capitals such as EUR or USD; “%1” is not.")
                .arg(code));
    return {};
}

Result<Money> Money::parse(const QString &text, const QString &currency, const QString &field)
{
    if (Status status = validateCurrency(currency); !status)
        return status.error();
    const int digits = minorDigits(currency);
    const auto fail = [&](const QString &message) { return Error::validation(field, message); };
    const QString shown = text.trimmed();

    const fixedpoint::Parsed p = fixedpoint::parse(text, digits);
    switch (p.problem) {
    case fixedpoint::Parsed::Problem::None:
        return Money(p.value, currency);
    case fixedpoint::Parsed::Problem::Empty:
        return fail(QCoreApplication::translate("Validation", "The amount is empty."));
    case fixedpoint::Parsed::Problem::BadCharacter:
        if (text[p.index] == QLatin1Char(','))
            return fail(QCoreApplication::translate("Validation",
                "Write amounts with a dot before the decimals and without thousands separators; “%1” has a "
                "comma at position %2.")
                            .arg(shown, QString::number(characters::position(text, p.index))));
        return fail(QCoreApplication::translate("Validation",
            "The character %1 at position %2 is not allowed in an amount; write digits with an optional sign "
            "and a dot before the decimals, as in -1234.50.")
                        .arg(characters::describe(text, p.index),
                            QString::number(characters::position(text, p.index))));
    case fixedpoint::Parsed::Problem::NoDigits:
        return fail(QCoreApplication::translate("Validation", "The amount “%1” has no digits.").arg(shown));
    case fixedpoint::Parsed::Problem::TooManyDecimals:
        if (digits == 0)
            return fail(QCoreApplication::translate(
                "Validation", "Amounts in %1 have no decimal places; “%2” has %3.")
                            .arg(currency, shown, QString::number(p.decimals)));
        return fail(QCoreApplication::translate(
            "Validation", "Amounts in %1 have at most %2 decimal places; “%3” has %4.")
                        .arg(currency, QString::number(digits), shown, QString::number(p.decimals)));
    case fixedpoint::Parsed::Problem::Overflow:
        return fail(
            QCoreApplication::translate(
                "Validation", "The amount “%1” is too large; amounts in %2 go up to %3.")
                .arg(shown, currency, fixedpoint::format(std::numeric_limits<qint64>::max(), digits)));
    }
    Q_UNREACHABLE();
    return Money();
}

Result<Money> operator+(const Money &a, const Money &b)
{
    return combine(a, b, false);
}

Result<Money> operator-(const Money &a, const Money &b)
{
    return combine(a, b, true);
}

} // namespace cd
