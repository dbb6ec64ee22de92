// bench_agreements: the daily agreement job (run-jobs) on a database with many agreements, three
// ways side by side in one run, each on its own copy of the same file:
//   - ChannelDesk's JobRunner (set-based SQL in one transaction),
//   - the naive Qt way: one QSqlQuery prepared per statement per agreement (in one transaction),
//   - bare SQLite C API: the same per-row loop with statements prepared once (the per-row floor).
// All three must reach the same stages, periods and tasks.
//
//   bench_agreements [--agreements N] [--dir DIR]

#include "agreements/agreement.h"
#include "agreements/agreementsettings.h"
#include "agreements/jobrunner.h"
#include "common/clock.h"
#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "demo/demogenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <cstdio>

using namespace cd;

namespace {

const QDate kToday(2026, 6, 15);

struct Row
{
    qint64 id = 0;
    qint64 partnerId = 0;
    qint64 ownerId = 0;
    QString number;
    QString partnerName;
    QString stage;
    AgreementPeriod period;
};

// What the job does to one agreement, decided in C++ (the per-row ways).
struct Decision
{
    QList<AgreementPeriod> newPeriods;
    QList<QPair<QString, QString>> moves; // stage changes in order
    bool expired = false;
    bool renewalTask = false;
    int alertWindow = 0; // 0 = none
};

Decision decide(const Row &r, const QList<int> &windows)
{
    Decision d;
    AgreementPeriod p = r.period;
    QString stage = r.stage;
    const bool inForce = stage != QLatin1String("renewal"); // a renewal under way is left to people
    if (inForce && p.autoRenew) {
        while (p.end < kToday) {
            p = p.next();
            d.newPeriods << p;
        }
        if (!d.newPeriods.isEmpty() && stage == QLatin1String("expiring")) {
            d.moves.append({stage, QStringLiteral("signed")});
            stage = QStringLiteral("signed");
        }
    }
    const int largest = windows.first();
    if (p.end < kToday) {
        if (inForce)
            d.moves.append({stage, QStringLiteral("expired")});
        d.expired = true;
        return d;
    }
    if (stage == QLatin1String("signed") && p.end <= kToday.addDays(largest))
        d.moves.append({stage, QStringLiteral("expiring")});
    if (kToday >= p.end.addDays(-std::max(p.noticeDays, largest)))
        d.renewalTask = true;
    for (int i = 0; i < windows.size(); ++i) {
        const int narrower = i + 1 < windows.size() ? windows.at(i + 1) : -1;
        if (p.end >= kToday.addDays(narrower + 1) && p.end <= kToday.addDays(windows.at(i)))
            d.alertWindow = windows.at(i);
    }
    return d;
}

const char *kSelect
    = "SELECT a.id, a.partner_id, coalesce(a.owner_id, 0), a.number, pa.name, a.stage, p.sequence, "
      "p.start_date, "
      "p.end_date, p.notice_days, p.auto_renew, p.renewal_months FROM agreements a "
      "JOIN agreement_periods p ON p.id = a.current_period_id JOIN partners pa ON pa.id = a.partner_id "
      "WHERE a.stage IN ('signed', 'expiring', 'renewal')";

// The statements of one agreement's changes, in the order both per-row ways run them.
struct Statements
{
    static constexpr const char *insertPeriod = "INSERT INTO agreement_periods (agreement_id, sequence, "
                                                "start_date, end_date, notice_days, auto_renew, "
                                                "renewal_months, created_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)";
    static constexpr const char *setPeriod
        = "UPDATE agreements SET current_period_id = last_insert_rowid(), current_end = ?, updated_at = ?, "
          "version = version + 1 WHERE id = ?";
    static constexpr const char *setStage
        = "UPDATE agreements SET stage = ?, updated_at = ?, version = version + 1 WHERE id = ?";
    static constexpr const char *transition = "INSERT INTO agreement_transitions (agreement_id, from_stage, "
                                              "to_stage, user_login, at, effective_on, "
                                              "automatic, comment) VALUES (?, ?, ?, 'bench', ?, ?, 1, '')";
    static constexpr const char *timeline
        = "INSERT INTO timeline (at, user_login, entity, entity_id, partner_id, action, field, old_value, "
          "new_value, "
          "comment) VALUES (?, 'bench', 'agreement', ?, ?, 'agreement-stage', ?, ?, ?, '')";
    static constexpr const char *task = "INSERT OR IGNORE INTO tasks (title, agreement_id, partner_id, "
                                        "assignee_id, due_date, status, dedupe_key, "
                                        "created_at) VALUES (?, ?, ?, nullif(?, 0), ?, 'open', ?, ?)";
};

Result<qint64> naiveQt(const Database &db, const QList<int> &windows)
{
    const QSqlDatabase sqlDb = db.sql();
    Transaction t(sqlDb);
    if (Status s = t.begin(); !s)
        return s.error();
    QList<Row> rows;
    {
        QSqlQuery q(sqlDb);
        if (!q.exec(QString::fromLatin1(kSelect)))
            return sql::errorFrom(q.lastError());
        while (q.next()) {
            Row r;
            r.id = q.value(0).toLongLong();
            r.partnerId = q.value(1).toLongLong();
            r.ownerId = q.value(2).toLongLong();
            r.number = q.value(3).toString();
            r.partnerName = q.value(4).toString();
            r.stage = q.value(5).toString();
            r.period.sequence = q.value(6).toInt();
            r.period.start = QDate::fromString(q.value(7).toString(), Qt::ISODate);
            r.period.end = QDate::fromString(q.value(8).toString(), Qt::ISODate);
            r.period.noticeDays = q.value(9).toInt();
            r.period.autoRenew = q.value(10).toBool();
            r.period.renewalMonths = q.value(11).toInt();
            rows << r;
        }
    }
    const QString now = sql::isoUtc(Clock::nowUtc());
    qint64 changes = 0;
    const auto exec = [&](const char *statement, const QVariantList &binds) {
        QSqlQuery q(sqlDb); // the naive way: a new query, prepared again, for every statement
        q.prepare(QString::fromLatin1(statement));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return false;
        changes += q.numRowsAffected();
        return true;
    };
    for (const Row &r : rows) {
        const Decision d = decide(r, windows);
        AgreementPeriod current = r.period;
        for (const AgreementPeriod &p : d.newPeriods) {
            if (!exec(Statements::insertPeriod,
                    {r.id, p.sequence, p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate),
                        p.noticeDays, p.renewalMonths, now})
                || !exec(Statements::setPeriod, {p.end.toString(Qt::ISODate), now, r.id}))
                return Error::make(Error::Code::Database, QStringLiteral("naive: period"));
            current = p;
        }
        for (const auto &[from, to] : d.moves) {
            if (!exec(Statements::setStage, {to, now, r.id})
                || !exec(Statements::transition, {r.id, from, to, now, kToday.toString(Qt::ISODate)})
                || !exec(Statements::timeline, {now, r.id, r.partnerId, r.number, from, to}))
                return Error::make(Error::Code::Database, QStringLiteral("naive: stage"));
        }
        if (d.expired)
            continue;
        const QString due = current.end.addDays(-current.noticeDays).toString(Qt::ISODate);
        if (d.renewalTask
            && !exec(Statements::task,
                {QStringLiteral("Renew agreement %1 with %2").arg(r.number, r.partnerName), r.id, r.partnerId,
                    r.ownerId, due, QStringLiteral("renewal:%1:%2").arg(r.id).arg(current.sequence), now}))
            return Error::make(Error::Code::Database, QStringLiteral("naive: task"));
        if (d.alertWindow
            && !exec(Statements::task,
                {QStringLiteral("Agreement %1 with %2 ends on %3")
                        .arg(r.number, r.partnerName, current.end.toString(Qt::ISODate)),
                    r.id, r.partnerId, r.ownerId, current.end.addDays(-d.alertWindow).toString(Qt::ISODate),
                    QStringLiteral("alert:%1:%2:%3").arg(r.id).arg(current.sequence).arg(d.alertWindow),
                    now}))
            return Error::make(Error::Code::Database, QStringLiteral("naive: alert"));
    }
    if (Status s = t.commit(); !s)
        return s.error();
    return changes;
}

// Bare SQLite: the same loop, every statement prepared once and reset per row.
Result<qint64> bareSqlite(const QString &path, const QList<int> &windows)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return Error::make(Error::Code::Database, QStringLiteral("cannot open"));
    sqlite3_exec(db, "PRAGMA foreign_keys = ON; BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    const auto prepare = [&](const char *s) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, s, -1, &st, nullptr);
        return st;
    };
    sqlite3_stmt *select = prepare(kSelect);
    sqlite3_stmt *insertPeriod = prepare(Statements::insertPeriod);
    sqlite3_stmt *setPeriod = prepare(Statements::setPeriod);
    sqlite3_stmt *setStage = prepare(Statements::setStage);
    sqlite3_stmt *transition = prepare(Statements::transition);
    sqlite3_stmt *timeline = prepare(Statements::timeline);
    sqlite3_stmt *task = prepare(Statements::task);
    const QByteArray now = sql::isoUtc(Clock::nowUtc()).toUtf8();
    const QByteArray today = kToday.toString(Qt::ISODate).toUtf8();
    qint64 changes = 0;
    const auto text = [](sqlite3_stmt *st, int i, const QByteArray &v) {
        sqlite3_bind_text(st, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    };
    const auto step = [&](sqlite3_stmt *st) {
        const bool ok = sqlite3_step(st) == SQLITE_DONE;
        changes += sqlite3_changes(db);
        sqlite3_reset(st);
        return ok;
    };
    QList<Row> rows;
    while (sqlite3_step(select) == SQLITE_ROW) {
        Row r;
        r.id = sqlite3_column_int64(select, 0);
        r.partnerId = sqlite3_column_int64(select, 1);
        r.ownerId = sqlite3_column_int64(select, 2);
        r.number = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(select, 3)));
        r.partnerName = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(select, 4)));
        r.stage = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(select, 5)));
        r.period.sequence = sqlite3_column_int(select, 6);
        r.period.start = QDate::fromString(
            QString::fromLatin1(reinterpret_cast<const char *>(sqlite3_column_text(select, 7))), Qt::ISODate);
        r.period.end = QDate::fromString(
            QString::fromLatin1(reinterpret_cast<const char *>(sqlite3_column_text(select, 8))), Qt::ISODate);
        r.period.noticeDays = sqlite3_column_int(select, 9);
        r.period.autoRenew = sqlite3_column_int(select, 10) != 0;
        r.period.renewalMonths = sqlite3_column_int(select, 11);
        rows << r;
    }
    sqlite3_finalize(select);
    bool ok = true;
    for (const Row &r : rows) {
        const Decision d = decide(r, windows);
        AgreementPeriod current = r.period;
        for (const AgreementPeriod &p : d.newPeriods) {
            sqlite3_bind_int64(insertPeriod, 1, r.id);
            sqlite3_bind_int(insertPeriod, 2, p.sequence);
            text(insertPeriod, 3, p.start.toString(Qt::ISODate).toUtf8());
            text(insertPeriod, 4, p.end.toString(Qt::ISODate).toUtf8());
            sqlite3_bind_int(insertPeriod, 5, p.noticeDays);
            sqlite3_bind_int(insertPeriod, 6, p.renewalMonths);
            text(insertPeriod, 7, now);
            ok = ok && step(insertPeriod);
            text(setPeriod, 1, p.end.toString(Qt::ISODate).toUtf8());
            text(setPeriod, 2, now);
            sqlite3_bind_int64(setPeriod, 3, r.id);
            ok = ok && step(setPeriod);
            current = p;
        }
        for (const auto &[fromStage, toStage] : d.moves) {
            const QByteArray from = fromStage.toUtf8();
            const QByteArray to = toStage.toUtf8();
            text(setStage, 1, to);
            text(setStage, 2, now);
            sqlite3_bind_int64(setStage, 3, r.id);
            ok = ok && step(setStage);
            sqlite3_bind_int64(transition, 1, r.id);
            text(transition, 2, from);
            text(transition, 3, to);
            text(transition, 4, now);
            text(transition, 5, today);
            ok = ok && step(transition);
            text(timeline, 1, now);
            sqlite3_bind_int64(timeline, 2, r.id);
            sqlite3_bind_int64(timeline, 3, r.partnerId);
            text(timeline, 4, r.number.toUtf8());
            text(timeline, 5, from);
            text(timeline, 6, to);
            ok = ok && step(timeline);
        }
        if (d.expired)
            continue;
        const auto addTask = [&](const QString &title, const QDate &due, const QString &key) {
            text(task, 1, title.toUtf8());
            sqlite3_bind_int64(task, 2, r.id);
            sqlite3_bind_int64(task, 3, r.partnerId);
            sqlite3_bind_int64(task, 4, r.ownerId);
            text(task, 5, due.toString(Qt::ISODate).toUtf8());
            text(task, 6, key.toUtf8());
            text(task, 7, now);
            ok = ok && step(task);
        };
        if (d.renewalTask)
            addTask(QStringLiteral("Renew agreement %1 with %2").arg(r.number, r.partnerName),
                current.end.addDays(-current.noticeDays),
                QStringLiteral("renewal:%1:%2").arg(r.id).arg(current.sequence));
        if (d.alertWindow)
            addTask(QStringLiteral("Agreement %1 with %2 ends on %3")
                        .arg(r.number, r.partnerName, current.end.toString(Qt::ISODate)),
                current.end.addDays(-d.alertWindow),
                QStringLiteral("alert:%1:%2:%3").arg(r.id).arg(current.sequence).arg(d.alertWindow));
    }
    for (sqlite3_stmt *st : {insertPeriod, setPeriod, setStage, transition, timeline, task})
        sqlite3_finalize(st);
    sqlite3_exec(db, ok ? "COMMIT" : "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    if (!ok)
        return Error::make(Error::Code::Database, QStringLiteral("bare: a statement failed"));
    return changes;
}

// Agreements in force with ends spread over two years around the job's day, a fifth auto-renewing.
Status populate(const Database &db, qint64 count)
{
    DemoOptions demo;
    demo.partners = 5000;
    demo.customers = 0;
    if (auto r = DemoGenerator(db).run(demo); !r)
        return r.error();
    const QSqlDatabase s = db.sql();
    Transaction t(s);
    if (Status st = t.begin(); !st)
        return st;
    const QStringList statements = {
        QStringLiteral("DELETE FROM tasks"),
        QStringLiteral("CREATE TEMP TABLE n (i INTEGER PRIMARY KEY)"),
        QStringLiteral("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < %1) "
                       "INSERT INTO temp.n SELECT i FROM c")
            .arg(count),
        QStringLiteral(
            "INSERT INTO agreements (number, partner_id, type_id, owner_id, stage, commission_rate, "
            "signed_on, ever_signed, created_at, updated_at) "
            "SELECT printf('AGR-BENCH-%07d', i), (SELECT min(id) FROM partners) + i % 5000, 1 + i % 4, "
            "(SELECT min(id) FROM users), CASE WHEN i % 10 = 0 THEN 'renewal' ELSE 'signed' END, '0.1', "
            "'2024-01-01', 1, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z' FROM temp.n"),
        QStringLiteral(
            "INSERT INTO agreement_periods (agreement_id, sequence, start_date, end_date, notice_days, "
            "auto_renew, renewal_months, created_at) "
            "SELECT a.id, 1, date(e, '+1 day', '-12 months'), e, 30 + (a.id % 3) * 30, a.id % 5 = 0, 12, "
            "'2024-01-01T00:00:00.000Z' FROM (SELECT id, date('%1', printf('%+d days', (id * 7919) % 730 - "
            "365)) AS e FROM agreements WHERE number LIKE 'AGR-BENCH-%') a")
            .arg(kToday.toString(Qt::ISODate)),
        QStringLiteral(
            "UPDATE agreements SET current_period_id = (SELECT id FROM agreement_periods p WHERE "
            "p.agreement_id = agreements.id), current_end = (SELECT end_date FROM agreement_periods p "
            "WHERE p.agreement_id = agreements.id) WHERE number LIKE 'AGR-BENCH-%'"),
        QStringLiteral("DROP TABLE temp.n"),
    };
    for (const QString &st : statements) {
        if (Status r = sql::run(s, st); !r)
            return r;
    }
    if (Status st = t.commit(); !st)
        return st;
    return sql::run(s, QStringLiteral("ANALYZE"));
}

QString fingerprint(const QString &path)
{
    DatabaseOptions o;
    o.path = path;
    o.create = false;
    auto db = Database::open(o);
    if (!db)
        return db.error().toString();
    QStringList parts;
    for (const char *q :
        {"SELECT group_concat(stage || '=' || n) FROM (SELECT stage, count(*) n FROM agreements "
         "GROUP BY stage ORDER BY stage)",
            "SELECT count(*) FROM agreement_periods", "SELECT count(*) FROM tasks",
            "SELECT count(*) FROM agreement_transitions",
            "SELECT sum(julianday(current_end)) FROM agreements"})
        parts << sql::scalar(db->sql(), QString::fromLatin1(q)).valueOr(QVariant()).toString();
    return parts.join(QStringLiteral(" | "));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("agreements"), QStringLiteral("How many agreements."),
        QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption(
        {QStringLiteral("dir"), QStringLiteral("Folder for the database copies."), QStringLiteral("dir")});
    parser.process(app);
    const qint64 count = parser.value(QStringLiteral("agreements")).toLongLong();
    QTemporaryDir temp(parser.isSet(QStringLiteral("dir"))
            ? parser.value(QStringLiteral("dir")) + QStringLiteral("/benchXXXXXX")
            : QString());
    QTextStream out(stdout);
    const QString base = temp.filePath(QStringLiteral("base.sqlite"));
    {
        DatabaseOptions o;
        o.path = base;
        o.userLogin = QStringLiteral("bench");
        auto db = Database::open(o);
        if (!db) {
            out << db.error().toString() << '\n';
            return 1;
        }
        QElapsedTimer t;
        t.start();
        if (Status s = populate(db.value(), count); !s) {
            out << s.error().toString() << '\n';
            return 1;
        }
        (void)sql::run(db->sql(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        out << QStringLiteral("populated %1 agreements in %2 ms\n").arg(count).arg(t.elapsed());
    }
    const QList<int> windows = {90, 60, 30};
    struct Way
    {
        QString name;
        std::function<Result<qint64>(const QString &)> run;
    };
    const QList<Way> ways = {
        {QStringLiteral("ChannelDesk JobRunner (set-based)"),
            [](const QString &path) -> Result<qint64> {
                DatabaseOptions o;
                o.path = path;
                o.userLogin = QStringLiteral("bench");
                auto db = Database::open(o);
                if (!db)
                    return db.error();
                auto r = JobRunner(db.value()).run(kToday);
                if (!r)
                    return r.error();
                return r->expiring + r->expired + r->renewed + r->tasksCreated;
            }},
        {QStringLiteral("naive Qt (QSqlQuery per statement per agreement)"),
            [&](const QString &path) -> Result<qint64> {
                DatabaseOptions o;
                o.path = path;
                o.userLogin = QStringLiteral("bench");
                auto db = Database::open(o);
                if (!db)
                    return db.error();
                return naiveQt(db.value(), windows);
            }},
        {QStringLiteral("bare sqlite3 C API (per row, prepared once)"),
            [&](const QString &path) { return bareSqlite(path, windows); }},
    };
    out << QStringLiteral("run-jobs as of %1 on %2 agreements\n")
               .arg(kToday.toString(Qt::ISODate))
               .arg(count);
    QString reference;
    for (int i = 0; i < ways.size(); ++i) {
        const QString copy = temp.filePath(QStringLiteral("way%1.sqlite").arg(i));
        QFile::copy(base, copy);
        QElapsedTimer t;
        t.start();
        auto r = ways.at(i).run(copy);
        const qint64 first = t.elapsed();
        if (!r) {
            out << ways.at(i).name << ": " << r.error().toString() << '\n';
            return 1;
        }
        t.restart();
        auto again = ways.at(i).run(copy);
        const qint64 second = t.elapsed();
        const QString print = fingerprint(copy);
        if (i == 0)
            reference = print;
        out << QStringLiteral("%1: first run %2 ms, second run %3 ms, same result as ours: %4\n")
                   .arg(ways.at(i).name)
                   .arg(first)
                   .arg(second)
                   .arg(print == reference ? QStringLiteral("yes")
                                           : QStringLiteral("NO (") + print + QLatin1Char(')'));
        out.flush();
    }
    out << QStringLiteral("result: %1\n").arg(reference);
    return 0;
}
