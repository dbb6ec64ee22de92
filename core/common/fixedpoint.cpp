#include "fixedpoint_p.h"

#include "characters_p.h"

#include <limits>

namespace cd::fixedpoint {

Parsed parse(QStringView text, int scale)
{
    Parsed out;
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text[begin].isSpace())
        ++begin;
    while (end > begin && text[end - 1].isSpace())
        --end;
    if (begin == end) {
        out.problem = Parsed::Problem::Empty;
        return out;
    }

    bool negative = false;
    qsizetype i = begin;
    if (text[i] == QLatin1Char('+') || text[i] == QLatin1Char('-')) {
        negative = text[i] == QLatin1Char('-');
        ++i;
    }

    // First pass: find the shape, so that a bad character is reported before an overflow.
    qsizetype dot = -1;
    int digitCount = 0;
    int significantDecimals = 0;
    for (qsizetype k = i; k < end; ++k) {
        const QChar c = text[k];
        if (characters::isAsciiDigit(c)) {
            ++digitCount;
            if (dot >= 0 && c != QLatin1Char('0'))
                significantDecimals = int(k - dot);
        } else if (c == QLatin1Char('.') && dot < 0) {
            dot = k;
        } else {
            out.problem = Parsed::Problem::BadCharacter;
            out.index = k;
            return out;
        }
    }
    if (digitCount == 0) {
        out.problem = Parsed::Problem::NoDigits;
        return out;
    }
    if (significantDecimals > scale) {
        out.problem = Parsed::Problem::TooManyDecimals;
        out.decimals = significantDecimals;
        return out;
    }

    // The magnitude may reach 2^63 for a negative value; quint64 holds it.
    const quint64 limit = negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                   : quint64(std::numeric_limits<qint64>::max());
    quint64 magnitude = 0;
    const auto push = [&](int digit) {
        if (magnitude > (limit - quint64(digit)) / 10)
            return false;
        magnitude = magnitude * 10 + quint64(digit);
        return true;
    };
    int decimalsTaken = 0;
    for (qsizetype k = i; k < end; ++k) {
        if (k == dot)
            continue;
        if (dot >= 0 && k > dot) {
            if (decimalsTaken == scale)
                break; // only zeros are left, checked above
            ++decimalsTaken;
        }
        if (!push(text[k].unicode() - '0')) {
            out.problem = Parsed::Problem::Overflow;
            return out;
        }
    }
    for (; decimalsTaken < scale; ++decimalsTaken) {
        if (!push(0)) {
            out.problem = Parsed::Problem::Overflow;
            return out;
        }
    }

    out.value = negative ? qint64(0 - magnitude) : qint64(magnitude);
    return out;
}

QString format(qint64 value, int scale)
{
    // Through quint64, so that the most negative value has a magnitude too.
    const bool negative = value < 0;
    const quint64 magnitude = negative ? 0 - quint64(value) : quint64(value);
    quint64 divisor = 1;
    for (int k = 0; k < scale; ++k)
        divisor *= 10;
    QString text = QString::number(magnitude / divisor);
    if (scale > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % divisor, scale, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(QLatin1Char('-'));
    return text;
}

} // namespace cd::fixedpoint
