#include "decimal.h"

#include "characters_p.h"
#include "fixedpoint_p.h"

#include <QCoreApplication>

#include <limits>

namespace cd {

namespace {

// Digits in a percentage: the % takes two of the six places.
constexpr int percentScale = Decimal::scale - 2;

QString trimZeros(QString text)
{
    if (!text.contains(QLatin1Char('.')))
        return text;
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

// An unsigned 128-bit product, enough for any qint64 amount times any qint64 rate. Written out in
// 32-bit halves because not every compiler has a 128-bit type.
struct Wide
{
    quint64 high = 0;
    quint64 low = 0;
};

Wide multiply(quint64 a, quint64 b)
{
    const quint64 mask = 0xffffffffULL;
    const quint64 aLow = a & mask, aHigh = a >> 32;
    const quint64 bLow = b & mask, bHigh = b >> 32;
    const quint64 lowLow = aLow * bLow;
    const quint64 lowHigh = aLow * bHigh;
    const quint64 highLow = aHigh * bLow;
    const quint64 highHigh = aHigh * bHigh;
    const quint64 middle = (lowLow >> 32) + (lowHigh & mask) + (highLow & mask);
    return {highHigh + (lowHigh >> 32) + (highLow >> 32) + (middle >> 32), (middle << 32) | (lowLow & mask)};
}

// Long division by a divisor below 2^32, one 32-bit limb at a time, so every step fits in 64 bits.
Wide divide(Wide n, quint32 divisor, quint64 *remainder)
{
    const quint64 limbs[4] = {n.high >> 32, n.high & 0xffffffffULL, n.low >> 32, n.low & 0xffffffffULL};
    quint64 q[4] = {};
    quint64 rem = 0;
    for (int i = 0; i < 4; ++i) {
        const quint64 current = (rem << 32) | limbs[i];
        q[i] = current / divisor;
        rem = current % divisor;
    }
    *remainder = rem;
    return {(q[0] << 32) | q[1], (q[2] << 32) | q[3]};
}

} // namespace

Result<Decimal> Decimal::parse(const QString &text, const QString &field)
{
    const auto fail = [&](const QString &message) { return Error::validation(field, message); };
    const QString shown = text.trimmed();

    // A trailing % (after optional spaces) makes a percentage; the rest is read with two fewer
    // places, which lands on micro-units directly.
    QStringView number(text);
    bool percent = false;
    qsizetype end = text.size();
    while (end > 0 && text[end - 1].isSpace())
        --end;
    if (end > 0 && text[end - 1] == QLatin1Char('%')) {
        percent = true;
        number = number.left(end - 1);
    }

    const fixedpoint::Parsed p = fixedpoint::parse(number, percent ? percentScale : scale);
    switch (p.problem) {
    case fixedpoint::Parsed::Problem::None:
        return fromMicros(p.value);
    case fixedpoint::Parsed::Problem::Empty:
        return fail(percent
                ? QCoreApplication::translate("Validation", "The percentage has no number before the “%”.")
                : QCoreApplication::translate("Validation", "The rate is empty."));
    case fixedpoint::Parsed::Problem::BadCharacter:
        if (text[p.index] == QLatin1Char(','))
            return fail(QCoreApplication::translate(
                "Validation", "Write rates with a dot before the decimals; “%1” has a comma at position %2.")
                            .arg(shown, QString::number(characters::position(text, p.index))));
        return fail(QCoreApplication::translate("Validation",
            "The character %1 at position %2 is not allowed in a rate; write it as 12.5% or 0.125.")
                        .arg(characters::describe(text, p.index),
                            QString::number(characters::position(text, p.index))));
    case fixedpoint::Parsed::Problem::NoDigits:
        return fail(QCoreApplication::translate("Validation", "The rate “%1” has no digits.").arg(shown));
    case fixedpoint::Parsed::Problem::TooManyDecimals:
        if (percent)
            return fail(QCoreApplication::translate(
                "Validation", "A percentage has at most %1 decimal places; “%2” has %3.")
                            .arg(QString::number(percentScale), shown, QString::number(p.decimals)));
        return fail(
            QCoreApplication::translate("Validation", "A rate has at most %1 decimal places; “%2” has %3.")
                .arg(QString::number(scale), shown, QString::number(p.decimals)));
    case fixedpoint::Parsed::Problem::Overflow:
        return fail(
            QCoreApplication::translate("Validation", "The rate “%1” is too large; the largest is %2.")
                .arg(shown, fromMicros(std::numeric_limits<qint64>::max()).toString()));
    }
    Q_UNREACHABLE();
    return Decimal();
}

QString Decimal::toString() const
{
    return trimZeros(fixedpoint::format(m_micros, scale));
}

QString Decimal::toPercentString() const
{
    return trimZeros(fixedpoint::format(m_micros, percentScale)) + QLatin1Char('%');
}

Result<Money> Decimal::applyTo(const Money &amount, RoundingMode mode) const
{
    if (!amount.isValid())
        return Error::validation(QStringLiteral("currency"),
            QCoreApplication::translate(
                "Validation", "An amount without a valid currency cannot be used in a calculation."));

    // Minor units × micro-units / 10^6 = minor units; the product needs up to 126 bits.
    const qint64 a = amount.minorUnits();
    const qint64 b = m_micros;
    const bool negative = (a < 0) != (b < 0);
    const quint64 magA = a < 0 ? 0 - quint64(a) : quint64(a);
    const quint64 magB = b < 0 ? 0 - quint64(b) : quint64(b);

    quint64 remainder = 0;
    Wide q = divide(multiply(magA, magB), quint32(unit), &remainder);

    // Rounding the magnitude: half-up there is away from zero for the signed value, and the parity of
    // the magnitude is the parity of the value.
    const quint64 twice = remainder * 2;
    bool up = twice > quint64(unit);
    if (twice == quint64(unit))
        up = mode == RoundingMode::HalfUp || (q.low & 1) != 0;
    if (up && ++q.low == 0)
        ++q.high;

    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    if (q.high != 0 || q.low > limit)
        return Error::validation(QStringLiteral("amount"),
            QCoreApplication::translate("Validation", "The result is too large for an amount in %1.")
                .arg(amount.currency()));
    return Money(negative ? qint64(0 - q.low) : qint64(q.low), amount.currency());
}

} // namespace cd
