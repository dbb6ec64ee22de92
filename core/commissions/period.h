#pragma once

// CommissionPeriod: a settlement period, a calendar month ("2026-11") or quarter ("2026-Q4"), as the
// setting commissions.period says. Every commission line belongs to the period of its date.

#include "common/result.h"
#include "db/database.h"

#include <QDate>
#include <QString>

namespace cd {

enum class PeriodLength { Month, Quarter };

struct CommissionPeriod
{
    QString key; // "2026-11" or "2026-Q4"
    QDate start;
    QDate end; // last day, inclusive

    bool isValid() const { return start.isValid(); }
    bool contains(const QDate &date) const { return date >= start && date <= end; }
    CommissionPeriod next() const;
    CommissionPeriod previous() const;

    // "2026-11" or "2026-Q4" (either form, whatever the setting: the key says the length).
    static Result<CommissionPeriod> parse(
        const QString &text, const QString &field = QStringLiteral("period"));
    static CommissionPeriod containing(const QDate &date, PeriodLength length);
    friend bool operator==(const CommissionPeriod &a, const CommissionPeriod &b) { return a.key == b.key; }
};

struct CommissionSettings
{
    PeriodLength length = PeriodLength::Month;

    static Result<CommissionSettings> load(const Database &db);
    static Status save(const Database &db, const CommissionSettings &settings);
};

} // namespace cd
