// Agreements in the database: numbering, moves with their guards, history and timeline written
// with the change, periods, renewal and concurrent edits.

#include "agreementfixture.h"
#include "common/clock.h"
#include "testmain.h"
#include "timeline/timelinestore.h"

#include <QTest>

using namespace cd;
using namespace cd::test;

class TestAgreementStore : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 4, 15), QTime(10, 0), Qt::UTC)); }
    void cleanup() { Clock::reset(); }
    void numbersCountPerYear();
    void numbersNeverRepeatAcrossConnections();
    void createRefusesBadInput_data();
    void createRefusesBadInput();
    void lifecycleWritesHistoryAndTimeline();
    void refusedMoveWritesNothing_data();
    void refusedMoveWritesNothing();
    void renewalStartsTheNextPeriod();
    void terminationKeepsReasonAndDate();
    void staleVersionIsAConflict();
    void periodsOnlyAfterTheCurrentOne();
};

void TestAgreementStore::numbersCountPerYear()
{
    AgreementFixture f;
    QCOMPARE(f.create().number, QStringLiteral("AGR-2026-00001"));
    QCOMPARE(f.create().number, QStringLiteral("AGR-2026-00002"));
    Clock::setFixed(QDateTime(QDate(2027, 1, 2), QTime(10, 0), Qt::UTC));
    QCOMPARE(f.create().number, QStringLiteral("AGR-2027-00001"));
    auto found = AgreementStore(f.db()).findByNumber(QStringLiteral(" agr-2026-00002 "));
    QVERIFY(found);
    QCOMPARE(found->number, QStringLiteral("AGR-2026-00002"));
    auto missing = AgreementStore(f.db()).findByNumber(QStringLiteral("AGR-2026-99999"));
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY(missing.error().message.contains(QLatin1String("AGR-2026-99999")));
}

void TestAgreementStore::numbersNeverRepeatAcrossConnections()
{
    AgreementFixture f;
    auto other = f.db().openAnotherConnection();
    QVERIFY(other);
    QStringList numbers;
    for (int i = 0; i < 10; ++i) {
        Agreement a;
        a.partnerId = f.partnerId;
        a.typeId = f.dealerType;
        numbers << AgreementStore(i % 2 ? other.value() : f.db()).create(a)->number;
    }
    numbers.removeDuplicates();
    QCOMPARE(numbers.size(), 10);
}

void TestAgreementStore::createRefusesBadInput_data()
{
    QTest::addColumn<qint64>("partner");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<QString>("field");
    QTest::newRow("no partner") << qint64(0) << QStringLiteral("0.1") << QDate() << QDate()
                                << QStringLiteral("partner");
    QTest::newRow("unknown partner") << qint64(999) << QStringLiteral("0.1") << QDate() << QDate()
                                     << QStringLiteral("partner");
    QTest::newRow("rate over 100%") << qint64(-1) << QStringLiteral("1.5") << QDate() << QDate()
                                    << QStringLiteral("commission rate");
    QTest::newRow("negative rate") << qint64(-1) << QStringLiteral("-0.01") << QDate() << QDate()
                                   << QStringLiteral("commission rate");
    QTest::newRow("end before start") << qint64(-1) << QStringLiteral("0.1") << QDate(2026, 5, 1)
                                      << QDate(2026, 4, 30) << QStringLiteral("end");
    QTest::newRow("no start") << qint64(-1) << QStringLiteral("0.1") << QDate() << QDate(2026, 4, 30)
                              << QStringLiteral("start");
}

void TestAgreementStore::createRefusesBadInput()
{
    QFETCH(qint64, partner);
    QFETCH(QString, rate);
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(QString, field);
    AgreementFixture f;
    Agreement a;
    a.partnerId = partner == -1 ? f.partnerId : partner;
    a.typeId = f.dealerType;
    a.commissionRate = Rate::parse(rate).value();
    std::optional<AgreementPeriod> p;
    if (end.isValid()) {
        p = AgreementPeriod {};
        p->start = start;
        p->end = end;
    }
    auto created = AgreementStore(f.db()).create(a, p);
    QVERIFY(!created);
    QCOMPARE(created.error().field, field);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM agreements")), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM agreement_counters")), 0);
}

void TestAgreementStore::lifecycleWritesHistoryAndTimeline()
{
    AgreementFixture f;
    AgreementStore store(f.db());
    const Agreement a = f.create(QDate(2026, 5, 1), QDate(2027, 4, 30));
    AgreementMove send;
    send.to = AgreementStage::PendingReturn;
    send.comment = QStringLiteral("sent by mail");
    QVERIFY(store.move(a.id, send));
    AgreementMove sign;
    sign.to = AgreementStage::Signed;
    sign.date = QDate(2026, 4, 20);
    auto refused = store.move(a.id, sign);
    QCOMPARE(refused.error().field, QStringLiteral("signed document"));
    f.attachSigned(a.id);
    auto signedAgreement = store.move(a.id, sign);
    QVERIFY2(signedAgreement, qPrintable(signedAgreement.error().toString()));
    QCOMPARE(signedAgreement->stage, AgreementStage::Signed);
    QCOMPARE(signedAgreement->signedOn, QDate(2026, 4, 20));
    QCOMPARE(signedAgreement->version, a.version + 2);

    auto history = store.history(a.id);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).from, AgreementStage::Prepared);
    QCOMPARE(history->at(0).to, AgreementStage::PendingReturn);
    QCOMPARE(history->at(0).comment, QStringLiteral("sent by mail"));
    QCOMPARE(history->at(0).user, QStringLiteral("tester"));
    QVERIFY(!history->at(0).automatic);
    QCOMPARE(history->at(1).to, AgreementStage::Signed);
    QCOMPARE(history->at(1).effectiveOn, QDate(2026, 4, 20));

    auto events = TimelineStore(f.db()).forPartner(f.partnerId);
    QStringList actions;
    for (const TimelineEvent &e : events.value()) {
        if (e.entity == QLatin1String("agreement"))
            actions.prepend(e.action);
    }
    QCOMPARE(actions,
        QStringList({QStringLiteral("agreement-created"), QStringLiteral("agreement-stage"),
            QStringLiteral("document-added"), QStringLiteral("agreement-stage")}));
    QCOMPARE(events->first().describe(),
        QStringLiteral("Agreement %1 moved from Pending Return to Signed").arg(a.number));
}

void TestAgreementStore::refusedMoveWritesNothing_data()
{
    QTest::addColumn<AgreementStage>("to");
    QTest::addColumn<QString>("field");
    QTest::newRow("pending without period") << AgreementStage::PendingReturn << QStringLiteral("period");
    QTest::newRow("signed without period") << AgreementStage::Signed << QStringLiteral("period");
    QTest::newRow("expiring by hand") << AgreementStage::Expiring << QStringLiteral("date");
    QTest::newRow("expired by hand") << AgreementStage::Expired << QStringLiteral("date");
    QTest::newRow("terminated before signing") << AgreementStage::Terminated << QStringLiteral("stage");
}

void TestAgreementStore::refusedMoveWritesNothing()
{
    QFETCH(AgreementStage, to);
    QFETCH(QString, field);
    AgreementFixture f;
    const Agreement a = f.create();
    const qint64 events = f.count(QStringLiteral("SELECT count(*) FROM timeline"));
    AgreementMove m;
    m.to = to;
    m.date = QDate(2026, 4, 1);
    m.reason = QStringLiteral("any");
    auto moved = AgreementStore(f.db()).move(a.id, m);
    QVERIFY(!moved);
    QCOMPARE(moved.error().field, field);
    auto after = AgreementStore(f.db()).get(a.id);
    QCOMPARE(after->stage, AgreementStage::Prepared);
    QCOMPARE(after->version, a.version);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM agreement_transitions")), 0);
    QCOMPARE(f.count(QStringLiteral("SELECT count(*) FROM timeline")), events);
}

void TestAgreementStore::renewalStartsTheNextPeriod()
{
    AgreementFixture f;
    AgreementStore store(f.db());
    const Agreement a = f.create(QDate(2025, 3, 1), QDate(2026, 2, 28), 30, false, 24);
    f.setStage(a.id, AgreementStage::Expiring);
    AgreementMove renew;
    renew.to = AgreementStage::Renewal;
    QVERIFY(store.move(a.id, renew));
    f.attachSigned(a.id);
    AgreementMove sign;
    sign.to = AgreementStage::Signed;
    sign.date = QDate(2026, 2, 10);
    auto renewed = store.move(a.id, sign);
    QVERIFY2(renewed, qPrintable(renewed.error().toString()));
    QCOMPARE(renewed->currentEnd, QDate(2028, 2, 29));
    auto periods = store.periods(a.id);
    QCOMPARE(periods->size(), 2);
    QCOMPARE(periods->last().start, QDate(2026, 3, 1));
    QCOMPARE(periods->last().sequence, 2);
}

void TestAgreementStore::terminationKeepsReasonAndDate()
{
    AgreementFixture f;
    const Agreement a = f.create(QDate(2025, 3, 1), QDate(2027, 2, 28));
    f.setStage(a.id, AgreementStage::Signed);
    AgreementMove m;
    m.to = AgreementStage::Terminated;
    m.date = QDate(2026, 4, 30);
    auto refused = AgreementStore(f.db()).move(a.id, m);
    QCOMPARE(refused.error().field, QStringLiteral("reason"));
    QVERIFY(refused.error().message.contains(QLatin1String("Terminated")));
    m.reason = QStringLiteral("Breach of the minimum volume");
    auto done = AgreementStore(f.db()).move(a.id, m);
    QVERIFY(done);
    QCOMPARE(done->terminatedOn, QDate(2026, 4, 30));
    QCOMPARE(done->terminationReason, QStringLiteral("Breach of the minimum volume"));
}

void TestAgreementStore::staleVersionIsAConflict()
{
    AgreementFixture f;
    AgreementStore store(f.db());
    Agreement a = f.create();
    Agreement mine = a;
    a.notes = QStringLiteral("first");
    QVERIFY(store.update(a));
    mine.notes = QStringLiteral("second");
    auto stale = store.update(mine);
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QCOMPARE(store.get(a.id)->notes, QStringLiteral("first"));
}

void TestAgreementStore::periodsOnlyAfterTheCurrentOne()
{
    AgreementFixture f;
    AgreementStore store(f.db());
    const Agreement a = f.create(QDate(2026, 1, 1), QDate(2026, 12, 31));
    AgreementPeriod p;
    p.agreementId = a.id;
    p.start = QDate(2026, 12, 31);
    p.end = QDate(2027, 12, 31);
    QCOMPARE(store.addPeriod(p).error().field, QStringLiteral("start"));
    p.start = QDate(2027, 1, 1);
    QVERIFY(store.addPeriod(p));
    QCOMPARE(store.get(a.id)->currentEnd, QDate(2027, 12, 31));
    f.setStage(a.id, AgreementStage::Signed);
    p.start = QDate(2028, 1, 1);
    p.end = QDate(2028, 12, 31);
    QCOMPARE(store.addPeriod(p).error().field, QStringLiteral("period"));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestAgreementStore)
#include "tst_agreementstore.moc"
