#include "clock.h"

#include <QMutex>

namespace cd {

namespace {
QMutex s_mutex;
QDateTime s_fixed;
} // namespace

QDateTime Clock::nowUtc()
{
    QMutexLocker lock(&s_mutex);
    return s_fixed.isValid() ? s_fixed : QDateTime::currentDateTimeUtc();
}

QDate Clock::today()
{
    QMutexLocker lock(&s_mutex);
    return s_fixed.isValid() ? s_fixed.toLocalTime().date() : QDate::currentDate();
}

void Clock::setFixed(const QDateTime &utc)
{
    QMutexLocker lock(&s_mutex);
    s_fixed = utc.toUTC();
}

void Clock::reset()
{
    setFixed({});
}

} // namespace cd
