#pragma once

// Internal: exact decimal text <-> integer in units of 10^-scale, shared by Money and Decimal so that
// neither goes through double. Callers turn a Problem into a message in their own terms.

#include <QString>
#include <QStringView>

namespace cd::fixedpoint {

struct Parsed
{
    enum class Problem {
        None,
        Empty, // nothing but whitespace
        BadCharacter, // `index` says where
        NoDigits, // a sign or dot alone
        TooManyDecimals, // `decimals` significant decimals, more than the scale
        Overflow, // does not fit in qint64 units
    };
    Problem problem = Problem::None;
    qint64 value = 0;
    qsizetype index = -1;
    int decimals = 0;
};

// Reads [whitespace] [+|-] digits [. digits] [whitespace]; ".5" and "5." are accepted. Zeros past
// the scale are accepted ("1.500" at scale 2), other decimals there are refused, never rounded.
Parsed parse(QStringView text, int scale);

// 10^n for 0 <= n <= 18.
constexpr qint64 pow10(int n)
{
    qint64 v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}

// `value` with exactly `scale` decimals, "-" for negatives, no grouping: "-1234.50".
QString format(qint64 value, int scale);

} // namespace cd::fixedpoint
