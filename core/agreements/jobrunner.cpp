#include "jobrunner.h"

#include "agreementsettings.h"
#include "common/clock.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>

namespace cd {

namespace {

// Runs a statement and returns how many rows it changed.
Result<qint64> changed(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    auto q = sql::exec(db, statement, binds);
    if (!q)
        return q.error();
    return qint64(q.value().numRowsAffected());
}

// The end of a renewed period in SQL, matching AgreementPeriod::next(): start + N months clamped to
// the month's last day (SQLite's '+N months' would overflow 31 January into March), minus one day.
// Expects columns s (start) and n (months).
const QString kRenewedEnd
    = QStringLiteral("date(CASE WHEN strftime('%d', date(s, '+' || n || ' months')) = strftime('%d', s) "
                     "THEN date(s, '+' || n || ' months') "
                     "ELSE date(s, '+' || n || ' months', 'start of month', '-1 day') END, '-1 day')");

class Job
{
public:
    Job(const QSqlDatabase &db, const QString &user, const QDate &today)
        : m_db(db)
        , m_user(user)
        , m_today(today.toString(Qt::ISODate))
        , m_now(sql::isoUtc(Clock::nowUtc()))
        , m_comment(QCoreApplication::translate("JobRunner", "Daily job of %1").arg(m_today))
    {}

    Status prepare()
    {
        for (const QString &s :
            {
                QStringLiteral(
                    "CREATE TEMP TABLE IF NOT EXISTS job_moves (agreement_id INTEGER PRIMARY KEY, "
                    "partner_id INTEGER, number TEXT, from_stage TEXT, to_stage TEXT, effective_on TEXT)"),
                QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS job_renew (agreement_id INTEGER PRIMARY KEY, "
                               "partner_id INTEGER, number TEXT, stage TEXT, seq INTEGER, start_date TEXT, "
                               "end_date TEXT, notice_days INTEGER, renewal_months INTEGER)"),
                QStringLiteral("DELETE FROM temp.job_moves"),
                QStringLiteral("DELETE FROM temp.job_renew"),
            }) {
            if (Status st = sql::run(m_db, s); !st)
                return st;
        }
        return {};
    }

    // One round of renewals: every auto-renewing agreement in force whose current period ended
    // before today gets the next period. Repeated by the caller until none is left, so an agreement
    // whose job did not run for years gets every missed period.
    Result<qint64> renewOnce()
    {
        if (Status s = sql::run(m_db, QStringLiteral("DELETE FROM temp.job_renew")); !s)
            return s.error();
        auto n = changed(m_db,
            QStringLiteral("INSERT INTO temp.job_renew SELECT id, partner_id, number, stage, seq, s, ")
                + kRenewedEnd
                + QStringLiteral(
                    ", notice_days, n FROM (SELECT a.id, a.partner_id, a.number, a.stage, "
                    "p.sequence + 1 AS seq, date(p.end_date, '+1 day') AS s, p.notice_days, "
                    "p.renewal_months AS n FROM agreements a "
                    "JOIN agreement_periods p ON p.id = a.current_period_id "
                    "WHERE a.stage IN ('signed', 'expiring') AND a.current_end < ? AND p.auto_renew = 1)"),
            {m_today});
        if (!n || n.value() == 0)
            return n;
        const QStringList statements = {
            QStringLiteral(
                "INSERT INTO agreement_periods (agreement_id, sequence, start_date, end_date, notice_days, "
                "auto_renew, renewal_months, created_at) SELECT agreement_id, seq, start_date, end_date, "
                "notice_days, 1, renewal_months, :now FROM temp.job_renew"),
            QStringLiteral(
                "UPDATE agreements SET current_period_id = (SELECT p.id FROM agreement_periods p "
                "JOIN temp.job_renew r ON r.agreement_id = p.agreement_id AND r.seq = p.sequence "
                "WHERE p.agreement_id = agreements.id), "
                "current_end = (SELECT end_date FROM temp.job_renew r WHERE r.agreement_id = agreements.id), "
                "stage = 'signed', updated_at = :now, version = version + 1 "
                "WHERE id IN (SELECT agreement_id FROM temp.job_renew)"),
            QStringLiteral(
                "INSERT INTO agreement_transitions (agreement_id, from_stage, to_stage, user_login, at, "
                "effective_on, automatic, comment) SELECT agreement_id, 'expiring', 'signed', :user, :now, "
                "start_date, 1, :comment FROM temp.job_renew WHERE stage = 'expiring'"),
            QStringLiteral(
                "INSERT INTO timeline (at, user_login, entity, entity_id, partner_id, action, field, "
                "old_value, new_value, comment) SELECT :now, :user, 'agreement', agreement_id, partner_id, "
                "'agreement-stage', number, 'expiring', 'signed', :comment FROM temp.job_renew "
                "WHERE stage = 'expiring'"),
            QStringLiteral(
                "INSERT INTO timeline (at, user_login, entity, entity_id, partner_id, action, field, "
                "old_value, new_value, comment) SELECT :now, :user, 'agreement', agreement_id, partner_id, "
                "'period-added', number, NULL, start_date || ' – ' || end_date, '' FROM temp.job_renew"),
        };
        for (const QString &s : statements) {
            if (Status st = runNamed(s); !st)
                return st.error();
        }
        return n;
    }

    // Moves the agreements selected by `condition` (over agreements a) to `to`, with history and
    // timeline rows, set-based.
    Result<qint64> moveWhere(
        const QString &condition, const QVariantList &binds, const QString &to, const QString &effectiveOn)
    {
        if (Status s = sql::run(m_db, QStringLiteral("DELETE FROM temp.job_moves")); !s)
            return s.error();
        QVariantList all {to};
        all << binds;
        auto n = changed(m_db,
            QStringLiteral("INSERT INTO temp.job_moves SELECT a.id, a.partner_id, a.number, a.stage, ?, ")
                + effectiveOn + QStringLiteral(" FROM agreements a WHERE ") + condition,
            all);
        if (!n || n.value() == 0)
            return n;
        const QStringList statements = {
            QStringLiteral("UPDATE agreements SET stage = (SELECT to_stage FROM temp.job_moves m "
                           "WHERE m.agreement_id = agreements.id), updated_at = :now, version = version + 1 "
                           "WHERE id IN (SELECT agreement_id FROM temp.job_moves)"),
            QStringLiteral(
                "INSERT INTO agreement_transitions (agreement_id, from_stage, to_stage, user_login, at, "
                "effective_on, automatic, comment) SELECT agreement_id, from_stage, to_stage, :user, :now, "
                "effective_on, 1, :comment FROM temp.job_moves"),
            QStringLiteral(
                "INSERT INTO timeline (at, user_login, entity, entity_id, partner_id, action, field, "
                "old_value, new_value, comment) SELECT :now, :user, 'agreement', agreement_id, partner_id, "
                "'agreement-stage', number, from_stage, to_stage, :comment FROM temp.job_moves"),
        };
        for (const QString &s : statements) {
            if (Status st = runNamed(s); !st)
                return st.error();
        }
        return n;
    }

    // Renewal tasks (due at end - notice) and one alert task per alert window reached. The dedupe
    // keys make INSERT OR IGNORE skip every task an earlier run (here or elsewhere) created.
    Result<qint64> createTasks(const QList<int> &windows)
    {
        const int largest = windows.isEmpty() ? 0 : windows.first();
        auto maxNotice = sql::scalar(
            m_db, QStringLiteral("SELECT coalesce(max(notice_days), 0) FROM agreement_periods"));
        if (!maxNotice)
            return maxNotice.error();
        const int horizon = std::max(largest, maxNotice.value().toInt());
        const QDate today = QDate::fromString(m_today, Qt::ISODate);
        const QString renewalTitle = QCoreApplication::translate("JobRunner", "Renew agreement %1 with %2");
        qint64 created = 0;
        auto renewals = changed(m_db,
            QStringLiteral(
                "INSERT OR IGNORE INTO tasks (title, agreement_id, partner_id, assignee_id, due_date, "
                "status, "
                "dedupe_key, created_at) "
                "SELECT replace(replace(?, '%1', a.number), '%2', pa.name), a.id, a.partner_id, a.owner_id, "
                "date(p.end_date, '-' || p.notice_days || ' days'), 'open', "
                "'renewal:' || a.id || ':' || p.sequence, ? "
                "FROM agreements a JOIN agreement_periods p ON p.id = a.current_period_id "
                "JOIN partners pa ON pa.id = a.partner_id "
                "WHERE a.stage IN ('signed', 'expiring', 'renewal') AND a.current_end BETWEEN ? AND ? "
                "AND date(a.current_end, '-' || max(p.notice_days, ?) || ' days') <= ?"),
            {renewalTitle, m_now, m_today, today.addDays(horizon).toString(Qt::ISODate), largest, m_today});
        if (!renewals)
            return renewals.error();
        created += renewals.value();

        const QString alertTitle
            = QCoreApplication::translate("JobRunner", "Agreement %1 with %2 ends on %3");
        for (int i = 0; i < windows.size(); ++i) {
            // Only the tightest window reached applies, so a caught-up day does not create the alerts
            // of the wider windows it skipped.
            const int w = windows.at(i);
            const int narrower = i + 1 < windows.size() ? windows.at(i + 1) : -1;
            auto alerts = changed(m_db,
                QStringLiteral(
                    "INSERT OR IGNORE INTO tasks (title, agreement_id, partner_id, assignee_id, due_date, "
                    "status, dedupe_key, created_at) "
                    "SELECT replace(replace(replace(?, '%1', a.number), '%3', a.current_end), '%2', "
                    "pa.name), "
                    "a.id, a.partner_id, a.owner_id, date(a.current_end, ?), 'open', "
                    "'alert:' || a.id || ':' || p.sequence || ':' || ?, ? "
                    "FROM agreements a JOIN agreement_periods p ON p.id = a.current_period_id "
                    "JOIN partners pa ON pa.id = a.partner_id "
                    "WHERE a.stage IN ('signed', 'expiring', 'renewal') AND a.current_end BETWEEN ? AND ?"),
                {alertTitle, QStringLiteral("-%1 days").arg(w), w, m_now,
                    today.addDays(narrower + 1).toString(Qt::ISODate),
                    today.addDays(w).toString(Qt::ISODate)});
            if (!alerts)
                return alerts.error();
            created += alerts.value();
        }
        return created;
    }

    QString today() const { return m_today; }

private:
    // Statements with the named values :now, :user and :comment.
    Status runNamed(const QString &statement)
    {
        QString s = statement;
        QVariantList binds;
        // Positional binding keeps sql::exec's statement cache usable; replace names in order.
        static const QRegularExpression name(QStringLiteral(":(now|user|comment)\\b"));
        auto it = name.globalMatch(statement);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString n = m.captured(1);
            binds << (n == QLatin1String("now") ? m_now : n == QLatin1String("user") ? m_user : m_comment);
        }
        s.replace(name, QStringLiteral("?"));
        return sql::run(m_db, s, binds);
    }

    QSqlDatabase m_db;
    QString m_user;
    QString m_today;
    QString m_now;
    QString m_comment;
};

} // namespace

JobRunner::JobRunner(const Database &db)
    : m_db(db)
{}

Result<JobReport> JobRunner::run(const QDate &day) const
{
    QElapsedTimer timer;
    timer.start();
    JobReport report;
    report.today = day.isValid() ? day : Clock::today();
    const QSqlDatabase db = m_db.sql();

    // BEGIN IMMEDIATE: a second run (another thread or machine) waits here and then finds the work
    // done; everything below reads the state under the write lock.
    Transaction t(db);
    if (Status s = t.begin(); !s)
        return s.error();
    auto settings = AgreementSettings::load(m_db);
    if (!settings)
        return settings.error();
    const QList<int> windows = settings.value().alertWindows; // largest first
    const int largest = settings.value().largestAlertWindow();

    Job job(db, m_db.userLogin(), report.today);
    if (Status s = job.prepare(); !s)
        return s.error();

    // Renew first: an auto-renewing agreement never expires.
    for (int round = 0; round < 10000; ++round) {
        auto n = job.renewOnce();
        if (!n)
            return n.error();
        if (n.value() == 0)
            break;
        report.renewed += n.value();
    }
    auto expired = job.moveWhere(QStringLiteral("a.stage IN ('signed', 'expiring') AND a.current_end < ?"),
        {job.today()}, QStringLiteral("expired"), QStringLiteral("date(a.current_end, '+1 day')"));
    if (!expired)
        return expired.error();
    report.expired = expired.value();
    auto expiring = job.moveWhere(QStringLiteral("a.stage = 'signed' AND a.current_end BETWEEN ? AND ?"),
        {job.today(), report.today.addDays(largest).toString(Qt::ISODate)}, QStringLiteral("expiring"),
        QStringLiteral("max(date(a.current_end, '-%1 days'), coalesce(a.signed_on, ''))").arg(largest));
    if (!expiring)
        return expiring.error();
    report.expiring = expiring.value();
    auto tasks = job.createTasks(windows);
    if (!tasks)
        return tasks.error();
    report.tasksCreated = tasks.value();

    if (Status s = t.commit(); !s)
        return s.error();
    report.elapsedMs = timer.elapsed();
    return report;
}

Result<JobReport> JobRunner::runInOwnConnection(const Database &db)
{
    auto own = db.openAnotherConnection();
    if (!own)
        return own.error();
    return JobRunner(own.value()).run();
}

} // namespace cd
