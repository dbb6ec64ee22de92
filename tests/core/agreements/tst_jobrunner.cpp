// The daily job: expiry by date, auto-renewal across month ends and leap days, tasks, idempotence
// (twice, and two connections at once) and catching up missed days.

#include "agreementfixture.h"
#include "agreements/agreementsettings.h"
#include "agreements/jobrunner.h"
#include "agreements/taskstore.h"
#include "common/clock.h"
#include "testmain.h"

#include <QTest>

#include <thread>

using namespace cd;
using namespace cd::test;

class TestJobRunner : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::reset(); }
    void stageByDate_data();
    void stageByDate();
    void autoRenew_data();
    void autoRenew();
    void renewalTaskAndAlerts();
    void twiceChangesNothing();
    void twoConnectionsAtOnce();
    void catchesUpMissedDays();
    void leavesOtherStagesAlone_data();
    void leavesOtherStagesAlone();
    void runInOwnConnection();

private:
    static qint64 signedAgreement(AgreementFixture &f, const QDate &start, const QDate &end,
        bool autoRenew = false, int months = 12, int notice = 30)
    {
        const Agreement a = f.create(start, end, notice, autoRenew, months);
        f.setStage(a.id, AgreementStage::Signed);
        return a.id;
    }
};

void TestJobRunner::stageByDate_data()
{
    QTest::addColumn<int>("daysToEnd"); // end date relative to the job's day
    QTest::addColumn<bool>("autoRenew");
    QTest::addColumn<AgreementStage>("expected");
    QTest::addColumn<int>("renewed");
    QTest::newRow("far away") << 200 << false << AgreementStage::Signed << 0;
    QTest::newRow("one day before the window") << 91 << false << AgreementStage::Signed << 0;
    QTest::newRow("first day of the window") << 90 << false << AgreementStage::Expiring << 0;
    QTest::newRow("last day in force") << 0 << false << AgreementStage::Expiring << 0;
    QTest::newRow("day after the end") << -1 << false << AgreementStage::Expired << 0;
    QTest::newRow("long over") << -400 << false << AgreementStage::Expired << 0;
    QTest::newRow("auto-renew in window") << 10 << true << AgreementStage::Expiring << 0;
    QTest::newRow("auto-renew at the end") << -1 << true << AgreementStage::Signed << 1;
}

void TestJobRunner::stageByDate()
{
    QFETCH(int, daysToEnd);
    QFETCH(bool, autoRenew);
    QFETCH(AgreementStage, expected);
    QFETCH(int, renewed);
    AgreementFixture f;
    const QDate today(2026, 5, 10);
    const QDate end = today.addDays(daysToEnd);
    const qint64 id = signedAgreement(f, end.addDays(1).addYears(-1), end, autoRenew);
    auto report = JobRunner(f.db()).run(today);
    QVERIFY2(report, qPrintable(report.error().toString()));
    QCOMPARE(report->renewed, renewed);
    auto a = AgreementStore(f.db()).get(id);
    QCOMPARE(a->stage, expected);
    const qint64 transitions
        = f.count(QStringLiteral("SELECT count(*) FROM agreement_transitions WHERE agreement_id = ?"), {id});
    const qint64 events = f.count(
        QStringLiteral(
            "SELECT count(*) FROM timeline WHERE entity = 'agreement' AND entity_id = ? AND action = "
            "'agreement-stage'"),
        {id});
    QCOMPARE(transitions, expected == AgreementStage::Signed ? 0 : 1);
    QCOMPARE(events, transitions);
    if (transitions == 1) {
        auto history = AgreementStore(f.db()).history(id);
        QCOMPARE(history->first().from, AgreementStage::Signed);
        QCOMPARE(history->first().to, expected);
        QVERIFY(history->first().automatic);
    }
}

void TestJobRunner::autoRenew_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("newStart");
    QTest::addColumn<QDate>("newEnd");
    QTest::addColumn<int>("renewals");
    QTest::newRow("ends on 29 February") << QDate(2023, 3, 1) << QDate(2024, 2, 29) << 12 << QDate(2024, 3, 1)
                                         << QDate(2024, 3, 1) << QDate(2025, 2, 28) << 1;
    QTest::newRow("starts on 29 February")
        << QDate(2023, 2, 28) << QDate(2024, 2, 28) << 12 << QDate(2024, 3, 1) << QDate(2024, 2, 29)
        << QDate(2025, 2, 27) << 1;
    QTest::newRow("monthly into a leap February")
        << QDate(2024, 1, 1) << QDate(2024, 1, 31) << 1 << QDate(2024, 2, 1) << QDate(2024, 2, 1)
        << QDate(2024, 2, 29) << 1;
    QTest::newRow("monthly from 31 January")
        << QDate(2023, 12, 31) << QDate(2024, 1, 30) << 1 << QDate(2024, 2, 1) << QDate(2024, 1, 31)
        << QDate(2024, 2, 28) << 1;
    QTest::newRow("quarter over a year end")
        << QDate(2025, 8, 1) << QDate(2025, 10, 31) << 3 << QDate(2025, 11, 1) << QDate(2025, 11, 1)
        << QDate(2026, 1, 31) << 1;
    QTest::newRow("three missed years")
        << QDate(2022, 1, 1) << QDate(2022, 12, 31) << 12 << QDate(2025, 6, 15) << QDate(2025, 1, 1)
        << QDate(2025, 12, 31) << 3;
    QTest::newRow("into a leap year") << QDate(2027, 3, 1) << QDate(2028, 2, 29) << 12 << QDate(2028, 3, 1)
                                      << QDate(2028, 3, 1) << QDate(2029, 2, 28) << 1;
}

void TestJobRunner::autoRenew()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(int, months);
    QFETCH(QDate, today);
    QFETCH(QDate, newStart);
    QFETCH(QDate, newEnd);
    QFETCH(int, renewals);
    AgreementFixture f;
    const qint64 id = signedAgreement(f, start, end, true, months);
    auto report = JobRunner(f.db()).run(today);
    QVERIFY2(report, qPrintable(report.error().toString()));
    QCOMPARE(report->renewed, renewals);
    auto periods = AgreementStore(f.db()).periods(id);
    QCOMPARE(periods->size(), renewals + 1);
    QCOMPARE(periods->last().start, newStart);
    QCOMPARE(periods->last().end, newEnd);
    QCOMPARE(periods->last().sequence, renewals + 1);
    QVERIFY(periods->last().autoRenew);
    // The job's SQL and AgreementPeriod::next() agree, period after period, without gaps.
    for (qsizetype i = 1; i < periods->size(); ++i) {
        QCOMPARE(periods->at(i).start, periods->at(i - 1).end.addDays(1));
        QCOMPARE(periods->at(i).end, periods->at(i - 1).next().end);
    }
    auto a = AgreementStore(f.db()).get(id);
    QCOMPARE(a->currentEnd, newEnd);
    QVERIFY(a->stage == AgreementStage::Signed || a->stage == AgreementStage::Expiring);
    QCOMPARE(f.count(QStringLiteral(
                         "SELECT count(*) FROM timeline WHERE action = 'period-added' AND entity_id = ?"),
                 {id}),
        renewals);
}

void TestJobRunner::renewalTaskAndAlerts()
{
    AgreementFixture f;
    const QDate end(2026, 12, 31);
    const qint64 id = signedAgreement(f, QDate(2026, 1, 1), end, false, 12, 45);
    // Daily from 100 days before the end to the end.
    for (QDate day = end.addDays(-100); day <= end; day = day.addDays(1)) {
        auto r = JobRunner(f.db()).run(day);
        QVERIFY2(r, qPrintable(r.error().toString()));
    }
    TaskFilter all;
    all.status.reset();
    auto tasks = TaskStore(f.db()).page(all, 0, 100);
    QVERIFY(tasks);
    QStringList keys;
    for (const Task &t : tasks.value()) {
        keys << t.dedupeKey;
        QCOMPARE(t.assigneeId, f.ownerId);
        QCOMPARE(t.agreementId, id);
        QCOMPARE(t.partnerId, f.partnerId);
        QVERIFY(t.title.contains(QLatin1String("AGR-")));
        QVERIFY(t.title.contains(QLatin1String("Nordlicht")));
    }
    keys.sort();
    const QString p = QStringLiteral(":%1:1").arg(id);
    QCOMPARE(keys,
        QStringList({QStringLiteral("alert") + p + QStringLiteral(":30"),
            QStringLiteral("alert") + p + QStringLiteral(":60"),
            QStringLiteral("alert") + p + QStringLiteral(":90"), QStringLiteral("renewal") + p}));
    for (const Task &t : tasks.value()) {
        if (t.dedupeKey.startsWith(QLatin1String("renewal")))
            QCOMPARE(t.dueDate, end.addDays(-45));
        else
            QCOMPARE(t.dueDate, end.addDays(-t.dedupeKey.section(QLatin1Char(':'), 3).toInt()));
    }
}

void TestJobRunner::twiceChangesNothing()
{
    AgreementFixture f;
    const QDate today(2026, 3, 1);
    signedAgreement(f, QDate(2025, 4, 1), today.addDays(20));
    signedAgreement(f, QDate(2025, 1, 1), today.addDays(-5));
    signedAgreement(f, QDate(2025, 2, 1), today.addDays(-3), true);
    signedAgreement(f, QDate(2026, 1, 1), today.addDays(300));
    auto first = JobRunner(f.db()).run(today);
    QVERIFY(first);
    QVERIFY(first->expiring + first->expired + first->renewed + first->tasksCreated > 0);
    const auto snapshot = [&] {
        return QList<qint64> {f.count(QStringLiteral("SELECT count(*) FROM agreement_transitions")),
            f.count(QStringLiteral("SELECT count(*) FROM agreement_periods")),
            f.count(QStringLiteral("SELECT count(*) FROM tasks")),
            f.count(QStringLiteral("SELECT count(*) FROM timeline")),
            f.count(QStringLiteral("SELECT sum(version) FROM agreements"))};
    };
    const auto before = snapshot();
    auto second = JobRunner(f.db()).run(today);
    QVERIFY(second);
    QCOMPARE(second->expiring + second->expired + second->renewed + second->tasksCreated, 0);
    QCOMPARE(snapshot(), before);
}

void TestJobRunner::twoConnectionsAtOnce()
{
    AgreementFixture f;
    const QDate today(2026, 3, 1);
    for (int i = 0; i < 300; ++i)
        signedAgreement(f, QDate(2025, 1, 1), today.addDays(i % 3 == 0 ? -1 - i % 7 : i % 120), i % 5 == 0);
    const QDate day = today;
    Result<JobReport> a = Error::make(Error::Code::Cancelled, QStringLiteral("not run"));
    Result<JobReport> b = a;
    const auto job = [&](Result<JobReport> &out) {
        auto own = f.db().openAnotherConnection();
        if (!own) {
            out = own.error();
            return;
        }
        out = JobRunner(own.value()).run(day);
    };
    std::thread t1([&] { job(a); });
    std::thread t2([&] { job(b); });
    t1.join();
    t2.join();
    QVERIFY2(a, qPrintable(a.error().toString()));
    QVERIFY2(b, qPrintable(b.error().toString()));
    // One of them did the work, the other found it done.
    const qint64 moved = a->expiring + a->expired + a->renewed;
    const qint64 movedOther = b->expiring + b->expired + b->renewed;
    QVERIFY(moved > 0 || movedOther > 0);
    QVERIFY(moved == 0 || movedOther == 0);
    QCOMPARE(f.count(QStringLiteral(
                 "SELECT count(*) FROM (SELECT agreement_id, to_stage FROM agreement_transitions "
                 "GROUP BY agreement_id, to_stage HAVING count(*) > 1)")),
        0);
    QCOMPARE(
        f.count(QStringLiteral("SELECT count(*) FROM (SELECT agreement_id, sequence FROM agreement_periods "
                               "GROUP BY agreement_id, sequence HAVING count(*) > 1)")),
        0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM tasks")), a->tasksCreated + b->tasksCreated);
}

void TestJobRunner::catchesUpMissedDays()
{
    AgreementFixture f;
    const QDate end(2026, 9, 30);
    const qint64 id = signedAgreement(f, QDate(2025, 10, 1), end, false, 12, 20);
    QVERIFY(JobRunner(f.db()).run(end.addDays(-120)));
    QCOMPARE(AgreementStore(f.db()).get(id)->stage, AgreementStage::Signed);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM tasks")), 0);
    // The job did not run for 110 days: it lands 10 days before the end.
    auto r = JobRunner(f.db()).run(end.addDays(-10));
    QVERIFY(r);
    QCOMPARE(r->expiring, 1);
    QCOMPARE(AgreementStore(f.db()).get(id)->stage, AgreementStage::Expiring);
    // The renewal task and only the tightest alert reached: not three alerts at once.
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM tasks WHERE dedupe_key LIKE 'renewal:%'")), 1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM tasks WHERE dedupe_key LIKE 'alert:%'")), 1);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM tasks WHERE dedupe_key LIKE 'alert:%:30'")), 1);
    // Missed again past the end: expired, effective the day after the end.
    r = JobRunner(f.db()).run(end.addDays(40));
    QVERIFY(r);
    QCOMPARE(r->expired, 1);
    auto history = AgreementStore(f.db()).history(id);
    QCOMPARE(history->last().to, AgreementStage::Expired);
    QCOMPARE(history->last().effectiveOn, end.addDays(1));
}

void TestJobRunner::leavesOtherStagesAlone_data()
{
    QTest::addColumn<AgreementStage>("stage");
    for (AgreementStage s : AgreementStages::all()) {
        if (s != AgreementStage::Signed && s != AgreementStage::Expiring)
            QTest::addRow("%s", qPrintable(AgreementStages::key(s))) << s;
    }
}

void TestJobRunner::leavesOtherStagesAlone()
{
    QFETCH(AgreementStage, stage);
    AgreementFixture f;
    const Agreement a = f.create(QDate(2024, 1, 1), QDate(2024, 12, 31), 30, true);
    f.setStage(a.id, stage);
    QVERIFY(JobRunner(f.db()).run(QDate(2026, 1, 1)));
    QCOMPARE(AgreementStore(f.db()).get(a.id)->stage, stage);
    QCOMPARE(
        f.count(QStringLiteral("SELECT count(*) FROM agreement_periods WHERE agreement_id = ?"), {a.id}), 1);
}

void TestJobRunner::runInOwnConnection()
{
    AgreementFixture f;
    Clock::setFixed(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
    const qint64 id = signedAgreement(f, QDate(2025, 6, 1), QDate(2026, 5, 31));
    Result<JobReport> r = Error::make(Error::Code::Cancelled, QStringLiteral("not run"));
    std::thread worker([&] { r = JobRunner::runInOwnConnection(f.db()); });
    worker.join();
    QVERIFY2(r, qPrintable(r.error().toString()));
    QCOMPARE(r->today, QDate(2026, 6, 1));
    QCOMPARE(r->expired, 1);
    QCOMPARE(AgreementStore(f.db()).get(id)->stage, AgreementStage::Expired);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
