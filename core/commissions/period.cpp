#include "period.h"

#include "db/sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace cd {

namespace {

const QString kPeriodSetting = QStringLiteral("commissions.period");

CommissionPeriod month(int year, int m)
{
    const QDate start(year, m, 1);
    return {QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0')), start,
        start.addMonths(1).addDays(-1)};
}

CommissionPeriod quarter(int year, int q)
{
    const QDate start(year, (q - 1) * 3 + 1, 1);
    return {QStringLiteral("%1-Q%2").arg(year, 4, 10, QLatin1Char('0')).arg(q), start,
        start.addMonths(3).addDays(-1)};
}

bool isQuarter(const CommissionPeriod &p)
{
    return p.key.contains(QLatin1Char('Q'));
}

} // namespace

CommissionPeriod CommissionPeriod::next() const
{
    return containing(end.addDays(1), isQuarter(*this) ? PeriodLength::Quarter : PeriodLength::Month);
}

CommissionPeriod CommissionPeriod::previous() const
{
    return containing(start.addDays(-1), isQuarter(*this) ? PeriodLength::Quarter : PeriodLength::Month);
}

Result<CommissionPeriod> CommissionPeriod::parse(const QString &text, const QString &field)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-(?:(\\d{2})|[Qq]([1-4]))$"));
    const auto m = form.match(text.trimmed());
    if (m.hasMatch()) {
        const int year = m.captured(1).toInt();
        if (!m.captured(3).isEmpty())
            return quarter(year, m.captured(3).toInt());
        const int mon = m.captured(2).toInt();
        if (year >= 1900 && mon >= 1 && mon <= 12)
            return month(year, mon);
    }
    return Error::validation(field,
        QCoreApplication::translate("Commissions",
            "\"%1\" is not a period; write a month as 2026-11 or a quarter "
            "as 2026-Q4.")
            .arg(text));
}

CommissionPeriod CommissionPeriod::containing(const QDate &date, PeriodLength length)
{
    if (!date.isValid())
        return {};
    if (length == PeriodLength::Quarter)
        return quarter(date.year(), (date.month() - 1) / 3 + 1);
    return month(date.year(), date.month());
}

Result<CommissionSettings> CommissionSettings::load(const Database &db)
{
    auto v = sql::scalar(
        db.sql(), QStringLiteral("SELECT value FROM app_settings WHERE key = ?"), {kPeriodSetting});
    if (!v)
        return v.error();
    CommissionSettings s;
    if (v.value().toString() == QLatin1String("quarter"))
        s.length = PeriodLength::Quarter;
    return s;
}

Status CommissionSettings::save(const Database &db, const CommissionSettings &settings)
{
    return sql::run(db.sql(),
        QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {kPeriodSetting,
            settings.length == PeriodLength::Quarter ? QStringLiteral("quarter") : QStringLiteral("month")});
}

} // namespace cd
