// The demo's agreements: every stage present with consistent dates, the same for the same seed and
// day, a few documents, and the tasks of the daily job.

#include "../testdb.h"
#include "agreements/agreementstage.h"
#include "agreements/jobrunner.h"
#include "common/clock.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QTest>

using namespace cd;
using cd::test::count;
using namespace cd::test;

namespace {

QString fingerprint(const Database &db)
{
    QStringList rows;
    auto q = sql::exec(db.sql(),
        QStringLiteral(
            "SELECT a.number, a.partner_id, a.stage, a.current_end, a.owner_id, p.start_date, p.notice_days, "
            "p.auto_renew FROM agreements a LEFT JOIN agreement_periods p ON p.id = a.current_period_id "
            "ORDER BY a.id"));
    while (q.value().next()) {
        QStringList cells;
        for (int i = 0; i < 8; ++i)
            cells << q.value().value(i).toString();
        rows << cells.join(QLatin1Char(','));
    }
    return rows.join(QLatin1Char('\n'));
}

} // namespace

class TestAgreementsDemo : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 7, 1), QTime(8, 0), Qt::UTC)); }
    void cleanup() { Clock::reset(); }
    void everyStageWithConsistentDates_data();
    void everyStageWithConsistentDates();
    void sameForTheSameSeed();
};

void TestAgreementsDemo::everyStageWithConsistentDates_data()
{
    QTest::addColumn<int>("partners");
    QTest::newRow("default 1000") << 1000;
    QTest::newRow("3000") << 3000;
}

void TestAgreementsDemo::everyStageWithConsistentDates()
{
    QFETCH(int, partners);
    TempDatabase t;
    DemoOptions o;
    o.partners = partners;
    o.customers = 0;
    auto report = DemoGenerator(t.db).run(o);
    QVERIFY2(report, qPrintable(report.error().toString()));
    const qint64 agreements = count(t.db, QStringLiteral("SELECT count(*) FROM agreements"));
    QCOMPARE(report->agreements, agreements);
    // A few hundred per thousand partners, growing with them.
    QVERIFY2(
        agreements >= partners / 10 && agreements <= partners / 2, qPrintable(QString::number(agreements)));
    for (AgreementStage s : AgreementStages::all())
        QVERIFY2(count(t.db,
                     QStringLiteral("SELECT count(*) FROM agreements WHERE stage = '%1'")
                         .arg(AgreementStages::key(s)))
                > 0,
            qPrintable(AgreementStages::key(s)));
    const QString today = Clock::today().toString(Qt::ISODate);
    // Dates agree with the stages, so the daily job has nothing to correct.
    QCOMPARE(count(t.db,
                 QStringLiteral("SELECT count(*) FROM agreements WHERE stage IN ('signed', 'expiring') AND "
                                "current_end < '%1'")
                     .arg(today)),
        0);
    QCOMPARE(
        count(t.db,
            QStringLiteral("SELECT count(*) FROM agreements WHERE stage = 'expired' AND current_end >= '%1'")
                .arg(today)),
        0);
    QCOMPARE(count(t.db,
                 QStringLiteral("SELECT count(*) FROM agreements WHERE ever_signed = 1 AND stage IN "
                                "('prepared', 'pending-return', 'cancelled')")),
        0);
    QVERIFY(count(t.db, QStringLiteral("SELECT count(*) FROM agreement_documents")) > 0);
    QVERIFY(count(t.db, QStringLiteral("SELECT count(*) FROM tasks")) > 0);
    QVERIFY(count(t.db, QStringLiteral("SELECT count(*) FROM timeline WHERE entity = 'agreement'"))
        >= agreements);
    QCOMPARE(count(t.db,
                 QStringLiteral("SELECT count(*) FROM (SELECT number FROM agreements GROUP BY number "
                                "HAVING count(*) > 1)")),
        0);
    auto again = JobRunner(t.db).run();
    QVERIFY(again);
    QCOMPARE(again->expiring + again->expired + again->renewed + again->tasksCreated, 0);
    auto check = t.db.check();
    QVERIFY(check);
    QVERIFY2(check->isEmpty(), qPrintable(check->join(QLatin1Char('\n'))));
}

void TestAgreementsDemo::sameForTheSameSeed()
{
    TempDatabase a;
    TempDatabase b;
    TempDatabase c;
    DemoOptions o;
    o.partners = 500;
    o.customers = 0;
    o.seed = 7;
    QVERIFY(DemoGenerator(a.db).run(o));
    QVERIFY(DemoGenerator(b.db).run(o));
    o.seed = 8;
    QVERIFY(DemoGenerator(c.db).run(o));
    QCOMPARE(fingerprint(a.db), fingerprint(b.db));
    QVERIFY(fingerprint(a.db) != fingerprint(c.db));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestAgreementsDemo)
#include "tst_agreementsdemo.moc"
