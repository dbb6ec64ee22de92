#pragma once

// Where "now" and "today" come from. Tests and `--today` replace it so date logic is repeatable.

#include <QDate>
#include <QDateTime>

#include <functional>

namespace cd {

class Clock
{
public:
    // Current UTC time; the fixed time when one was set.
    static QDateTime nowUtc();
    // Today's date in local time; the fixed date when one was set.
    static QDate today();

    // Fixes the clock (tests, `--today`). An invalid value restores the system clock.
    static void setFixed(const QDateTime &utc);
    static void reset();
};

} // namespace cd
