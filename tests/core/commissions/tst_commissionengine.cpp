#include "commissions/commissionengine.h"
#include "commissionscript.h"
#include "testmain.h"

#include <QTest>

using namespace cd;
using namespace cd::test;

// Hand-computed scenarios: every rule alone and in combination, each line in exact cents.
class TestCommissionEngine : public QObject
{
    Q_OBJECT
private slots:
    void lines_data();
    void lines();
    void explanationsSayWhy();
    void periodsFollowTheSetting();
};

void TestCommissionEngine::lines_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("period");
    // "PARTNER DOCUMENT ROLE AMOUNT" per line, sorted, joined by "; ".
    QTest::addColumn<QString>("expected");

    const QString base = QStringLiteral("partner A\npartner B\ncustomer C1 partner=A\n");
    QTest::newRow("default rate") << QStringLiteral("partner A rate=10\ncustomer C1 partner=A\n"
                                                    "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR")
                                  << QStringLiteral("2026-11") << QStringLiteral("A INV-1 direct 100.00");
    QTest::newRow("no rule, no line") << base + QStringLiteral("sale INV-1 invoice 2026-11-03 C1 1000.00 EUR")
                                      << QStringLiteral("2026-11") << QString();
    QTest::newRow("half up once per line")
        << QStringLiteral("partner A rate=5\ncustomer C1 partner=A\n"
                          "sale INV-1 invoice 2026-11-03 C1 2500.50 EUR")
        << QStringLiteral("2026-11") << QStringLiteral("A INV-1 direct 125.03");
    QTest::newRow("other period left out") << QStringLiteral("partner A rate=10\ncustomer C1 partner=A\n"
                                                             "sale INV-1 invoice 2026-10-31 C1 1000.00 EUR\n"
                                                             "sale INV-2 invoice 2026-12-01 C1 1000.00 EUR")
                                           << QStringLiteral("2026-11") << QString();
    QTest::newRow("override beats plan")
        << base
            + QStringLiteral(
                "plan P fixed=5\nassign P partner=A from=2026-01-01\noverride C1 A 7 from=2026-01-01\n"
                "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR")
        << QStringLiteral("2026-11") << QStringLiteral("A INV-1 direct 70.00");
    QTest::newRow("partner plan beats level plan")
        << QStringLiteral(
               "partner A level=Gold rate=1\npartner B level=Gold rate=1\ncustomer C1 partner=A\n"
               "customer C2 partner=B\nplan G fixed=3\nplan P fixed=4\n"
               "assign G level=Gold from=2026-01-01\nassign P partner=A from=2026-01-01\n"
               "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR\nsale INV-2 invoice 2026-11-03 C2 1000.00 EUR")
        << QStringLiteral("2026-11") << QStringLiteral("A INV-1 direct 40.00; B INV-2 direct 30.00");
    QTest::newRow("plan ended falls back to level plan")
        << QStringLiteral(
               "partner A level=Gold\ncustomer C1 partner=A\nplan G fixed=3\nplan P fixed=4\n"
               "assign G level=Gold from=2026-01-01\nassign P partner=A from=2026-01-01\n"
               "assign none partner=A from=2026-11-10\n"
               "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR\nsale INV-2 invoice 2026-11-12 C1 1000.00 EUR")
        << QStringLiteral("2026-11") << QStringLiteral("A INV-1 direct 40.00; A INV-2 direct 30.00");
    QTest::newRow("whole tiers") << base
            + QStringLiteral(
                "plan T tiers=0:5,10000:7.5\nassign T partner=A from=2026-01-01\n"
                "sale INV-1 invoice 2026-11-03 C1 6000.00 EUR\nsale INV-2 invoice 2026-11-10 C1 5000.00 EUR")
                                 << QStringLiteral("2026-11")
                                 << QStringLiteral("A INV-1 direct 450.00; A INV-2 direct 375.00");
    QTest::newRow("whole tiers below the bracket")
        << base
            + QStringLiteral("plan T tiers=0:5,10000:7.5\nassign T partner=A from=2026-01-01\n"
                             "sale INV-1 invoice 2026-11-03 C1 9999.99 EUR")
        << QStringLiteral("2026-11") << QStringLiteral("A INV-1 direct 500.00");
    QTest::newRow("bracket from is inclusive")
        << base
            + QStringLiteral("plan T tiers=0:5,10000:7.5\nassign T partner=A from=2026-01-01\n"
                             "sale INV-1 invoice 2026-11-03 C1 10000.00 EUR")
        << QStringLiteral("2026-11") << QStringLiteral("A INV-1 direct 750.00");
    QTest::newRow("marginal tiers") << base
            + QStringLiteral(
                "plan T tiers=0:5,10000:7.5 mode=marginal\nassign T partner=A from=2026-01-01\n"
                "sale INV-1 invoice 2026-11-03 C1 6000.00 EUR\nsale INV-2 invoice 2026-11-10 C1 5000.00 EUR")
                                    << QStringLiteral("2026-11")
                                    << QStringLiteral("A INV-1 direct 300.00; A INV-2 direct 275.00");
    QTest::newRow("credit notes lower the tier volume")
        << base
            + QStringLiteral("plan T tiers=0:5,10000:7.5\nassign T partner=A from=2026-01-01\n"
                             "sale INV-1 invoice 2026-11-03 C1 11000.00 EUR\n"
                             "sale CN-1 credit 2026-11-20 C1 2000.00 EUR invoice=INV-1")
        << QStringLiteral("2026-11") << QStringLiteral("A CN-1 direct -100.00; A INV-1 direct 550.00");
    QTest::newRow("split shares sum exactly")
        << QStringLiteral("partner A rate=10\npartner B rate=5\ncustomer C1 partner=A\n"
                          "split C1 A:60 B:40 from=2026-01-01\nsale INV-1 invoice 2026-11-03 C1 1000.01 EUR")
        << QStringLiteral("2026-11") << QStringLiteral("A INV-1 split 60.00; B INV-1 split 20.00");
    QTest::newRow("split from its date on")
        << QStringLiteral("partner A rate=10\npartner B rate=10\ncustomer C1 partner=A\n"
                          "split C1 A:50 B:50 from=2026-11-15\nsale INV-1 invoice 2026-11-03 C1 1000.00 EUR\n"
                          "sale INV-2 invoice 2026-11-16 C1 1000.00 EUR")
        << QStringLiteral("2026-11")
        << QStringLiteral("A INV-1 direct 100.00; A INV-2 split 50.00; B INV-2 split 50.00");
    QTest::newRow("on payment: unpaid earns nothing") << base
            + QStringLiteral("plan P fixed=10 on=payment\nassign P partner=A from=2026-01-01\n"
                             "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR")
                                                      << QStringLiteral("2026-11") << QString();
    QTest::newRow("on payment: lands in the payment's period")
        << base
            + QStringLiteral("plan P fixed=10 on=payment\nassign P partner=A from=2026-01-01\n"
                             "sale INV-1 invoice 2026-11-20 C1 1000.00 EUR paid=2026-12-02")
        << QStringLiteral("2026-12") << QStringLiteral("A INV-1 direct 100.00");
    QTest::newRow("credit note claws back in its period")
        << QStringLiteral(
               "partner A rate=10\ncustomer C1 partner=A\n"
               "sale INV-1 invoice 2026-10-03 C1 1000.00 EUR\nsale CN-1 credit 2026-11-05 C1 300.00 EUR")
        << QStringLiteral("2026-11") << QStringLiteral("A CN-1 direct -30.00");
    QTest::newRow("cascade up two levels")
        << QStringLiteral("partner C\npartner B parent=C\npartner A parent=B\ncustomer C1 partner=A\n"
                          "plan P fixed=10 cascade=2,1\nassign P partner=A from=2026-01-01\n"
                          "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR")
        << QStringLiteral("2026-11")
        << QStringLiteral("A INV-1 direct 100.00; B INV-1 cascade 20.00; C INV-1 cascade 10.00");
    QTest::newRow("cascade keeps the chain of the invoice date")
        << QStringLiteral(
               "partner B\npartner E\npartner A parent=B\ncustomer C1 partner=A\n"
               "plan P fixed=10 cascade=2\nassign P partner=A from=2026-01-01\n"
               "move A parent=E on=2026-11-15\n"
               "sale INV-1 invoice 2026-11-10 C1 1000.00 EUR\nsale INV-2 invoice 2026-11-20 C1 500.00 EUR")
        << QStringLiteral("2026-11")
        << QStringLiteral(
               "A INV-1 direct 100.00; A INV-2 direct 50.00; B INV-1 cascade 20.00; E INV-2 cascade 10.00");
    QTest::newRow("margin reseller earns its margin only")
        << QStringLiteral("partner M rate=10 margin\ncustomer C1 partner=M\n"
                          "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR cost=800.00")
        << QStringLiteral("2026-11") << QStringLiteral("M INV-1 margin 200.00");
    QTest::newRow("category rate") << base
            + QStringLiteral("plan P fixed=5 categories=HW:3\nassign P partner=A from=2026-01-01\n"
                             "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR cat=HW\n"
                             "sale INV-2 invoice 2026-11-04 C1 1000.00 EUR cat=Services")
                                   << QStringLiteral("2026-11")
                                   << QStringLiteral("A INV-1 direct 30.00; A INV-2 direct 50.00");
    QTest::newRow("line cap") << base
            + QStringLiteral("plan P fixed=10 linecap=50\nassign P partner=A from=2026-01-01\n"
                             "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR")
                              << QStringLiteral("2026-11") << QStringLiteral("A INV-1 direct 50.00");
    QTest::newRow("period cap") << base
            + QStringLiteral(
                "plan P fixed=10 periodcap=150\nassign P partner=A from=2026-01-01\n"
                "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR\nsale INV-2 invoice 2026-11-04 C1 1000.00 EUR\n"
                "sale INV-3 invoice 2026-11-05 C1 1000.00 EUR")
                                << QStringLiteral("2026-11")
                                << QStringLiteral(
                                       "A INV-1 direct 100.00; A INV-2 direct 50.00; A INV-3 direct 0.00");
    QTest::newRow("distributor rate from the plan")
        << QStringLiteral("partner A\npartner D kind=distributor\ncustomer C1 partner=A\n"
                          "plan P fixed=10 drate=2\nassign P partner=A from=2026-01-01\n"
                          "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR dist=D")
        << QStringLiteral("2026-11") << QStringLiteral("A INV-1 direct 100.00; D INV-1 distributor 20.00");
    QTest::newRow("distributor share from the link")
        << QStringLiteral("partner A rate=10\npartner D kind=distributor\ncustomer C1 partner=A\n"
                          "link D A share=20\nsale INV-1 invoice 2026-11-03 C1 1000.00 EUR dist=D")
        << QStringLiteral("2026-11")
        << QStringLiteral(
               "A INV-1 direct 100.00; A INV-1 distributor-share -20.00; D INV-1 distributor 20.00");
    QTest::newRow("won deals count when the plan says so")
        << QStringLiteral("partner A\npartner B\nplan D fixed=4 deals\nplan N fixed=4\n"
                          "assign D partner=A from=2026-01-01\nassign N partner=B from=2026-01-01\n"
                          "deal A 5000.00 EUR won=2026-11-12\ndeal B 5000.00 EUR won=2026-11-12\n"
                          "deal A 100.00 EUR won=2026-10-30")
        << QStringLiteral("2026-11") << QStringLiteral("A deal 1 direct 200.00");
    QTest::newRow("the invoice's partner, not today's")
        << QStringLiteral("partner A rate=10\npartner B rate=5\ncustomer C1 partner=B\n"
                          "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR partner=A")
        << QStringLiteral("2026-11") << QStringLiteral("A INV-1 direct 100.00");
    // Split + override + marginal tiers + on payment + cascade + credit note, all at once:
    // A (override 8 %): 3000 × 8 % = 240.00; credit −600 × 8 % = −48.00.
    // B (plan T, marginal 0:5,1000:10, on payment 11-25): 1000 × 5 % + 1000 × 10 % = 150.00; the
    // credit (11-28, after the payment) −400 from a volume of 2000: −40.00.
    // C (B's parent, cascade 2 %): 2000 × 2 % = 40.00; −400 × 2 % = −8.00.
    QTest::newRow("combination")
        << QStringLiteral("partner C\npartner B parent=C\npartner A\ncustomer C1 partner=A\n"
                          "plan T tiers=0:5,1000:10 mode=marginal on=payment cascade=2\n"
                          "assign T partner=B from=2026-01-01\noverride C1 A 8 from=2026-01-01\n"
                          "split C1 A:60 B:40 from=2026-01-01\n"
                          "sale INV-1 invoice 2026-11-05 C1 5000.00 EUR paid=2026-11-25\n"
                          "sale CN-1 credit 2026-11-28 C1 1000.00 EUR invoice=INV-1")
        << QStringLiteral("2026-11")
        << QStringLiteral(
               "A CN-1 split -48.00; A INV-1 split 240.00; B CN-1 split -40.00; B INV-1 split 150.00; "
               "C CN-1 cascade -8.00; C INV-1 cascade 40.00");
}

void TestCommissionEngine::lines()
{
    QFETCH(QString, script);
    QFETCH(QString, period);
    QFETCH(QString, expected);
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(script));
    auto p = CommissionPeriod::parse(period);
    QVERIFY(p);
    CommissionEngine engine(t.db);
    auto lines = engine.compute(p.value());
    QVERIFY2(lines, qPrintable(lines.error().toString()));
    QStringList got;
    for (const CommissionLine &l : lines.value())
        got << QStringLiteral("%1 %2 %3 %4")
                   .arg(s.partnerCode(l.partnerId), l.documentNumber, CommissionLine::roleKey(l.role),
                       Money(l.amountMinor, l.currency).toString());
    got.sort();
    QCOMPARE(got.join(QStringLiteral("; ")), expected);
}

void TestCommissionEngine::explanationsSayWhy()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral(
        "partner B\npartner A parent=B\ncustomer C1 partner=A\n"
        "plan T tiers=0:5,1000:10 mode=marginal cascade=2\nassign T partner=A from=2026-01-01\n"
        "sale INV-1 invoice 2026-11-05 C1 1500.00 EUR")));
    CommissionEngine engine(t.db);
    auto lines = engine.compute(CommissionPeriod::parse(QStringLiteral("2026-11")).value());
    QVERIFY(lines);
    QCOMPARE(lines->size(), 2);
    const auto code = [&](qint64 id) { return s.partnerCode(id); };
    const auto plan = [&](qint64 id) { return engine.planName(id); };
    const CommissionLine &direct = lines->at(0).role == LineRole::Direct ? lines->at(0) : lines->at(1);
    const CommissionLine &cascade = lines->at(0).role == LineRole::Direct ? lines->at(1) : lines->at(0);
    QCOMPARE(direct.explain(code, plan),
        QStringLiteral(
            "Invoice INV-1 of 2026-11-05 for 1500.00 EUR; the partner's plan T; marginal tiers: 1000.00 EUR "
            "at 5%, 500.00 EUR at 10%; base 1500.00 EUR at the tiers' rates = 100.00 EUR"));
    QCOMPARE(cascade.explain(code, plan),
        QStringLiteral(
            "Invoice INV-1 of 2026-11-05 for 1500.00 EUR; cascade level 1 on the base of A; the partner's "
            "plan T; base 1500.00 EUR at 2% = 30.00 EUR"));
}

void TestCommissionEngine::periodsFollowTheSetting()
{
    auto month = CommissionPeriod::parse(QStringLiteral("2026-02"));
    QVERIFY(month);
    QCOMPARE(month->end, QDate(2026, 2, 28));
    QCOMPARE(month->next().key, QStringLiteral("2026-03"));
    QCOMPARE(month->previous().key, QStringLiteral("2026-01"));
    auto quarter = CommissionPeriod::parse(QStringLiteral("2026-q4"));
    QVERIFY(quarter);
    QCOMPARE(quarter->start, QDate(2026, 10, 1));
    QCOMPARE(quarter->end, QDate(2026, 12, 31));
    QCOMPARE(quarter->next().key, QStringLiteral("2027-Q1"));
    QVERIFY(!CommissionPeriod::parse(QStringLiteral("2026-13")));
    QVERIFY(!CommissionPeriod::parse(QStringLiteral("November")));
    TempDatabase t;
    QCOMPARE(CommissionSettings::load(t.db)->length, PeriodLength::Month);
    QVERIFY(CommissionSettings::save(t.db, {PeriodLength::Quarter}));
    QCOMPARE(CommissionSettings::load(t.db)->length, PeriodLength::Quarter);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestCommissionEngine)
#include "tst_commissionengine.moc"
