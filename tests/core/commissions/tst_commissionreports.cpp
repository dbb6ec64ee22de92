#include "commissions/settlement.h"
#include "commissionscript.h"
#include "reports/commissionreports.h"
#include "testmain.h"

#include <QTest>

using namespace cd;
using namespace cd::test;

class TestCommissionReports : public QObject
{
    Q_OBJECT
private slots:
    void distribution_data();
    void distribution();
};

void TestCommissionReports::distribution_data()
{
    QTest::addColumn<int>("by");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QString>("expected"); // rows joined by "; ", cells by ","
    // A (Gold, 10 %): 1000 in Oct + 2000 in Nov; B (no level, 5 %): 1000 in Nov via distributor D
    // (link rate 2 %); D: 20.00 in Nov.
    QTest::newRow("by reseller") << int(CommissionReports::By::Reseller) << QDate()
                                 << QStringLiteral("A,A,1,300.00,EUR; B,B,1,50.00,EUR");
    QTest::newRow("by distributor") << int(CommissionReports::By::Distributor) << QDate()
                                    << QStringLiteral("D,D,1,20.00,EUR");
    QTest::newRow("by level") << int(CommissionReports::By::Level) << QDate()
                              << QStringLiteral("Gold,1,300.00,EUR; (no level),2,70.00,EUR");
    QTest::newRow("by period") << int(CommissionReports::By::Period) << QDate()
                               << QStringLiteral("2026-10,1,100.00,EUR; 2026-11,3,270.00,EUR");
    QTest::newRow("from a date") << int(CommissionReports::By::Period) << QDate(2026, 11, 1)
                                 << QStringLiteral("2026-11,3,270.00,EUR");
}

void TestCommissionReports::distribution()
{
    QFETCH(int, by);
    QFETCH(QDate, from);
    QFETCH(QString, expected);
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(
        s.run(QStringLiteral("partner A rate=10 level=Gold\npartner B rate=5\npartner D kind=distributor\n"
                             "customer C1 partner=A\ncustomer C2 partner=B\nlink D B rate=2\n"
                             "sale INV-1 invoice 2026-10-03 C1 1000.00 EUR\n"
                             "sale INV-2 invoice 2026-11-03 C1 2000.00 EUR\n"
                             "sale INV-3 invoice 2026-11-04 C2 1000.00 EUR dist=D")));
    Settlement settlement(t.db);
    QVERIFY(settlement.settle(CommissionPeriod::parse(QStringLiteral("2026-10")).value()));
    QVERIFY(settlement.settle(CommissionPeriod::parse(QStringLiteral("2026-11")).value()));
    ReportFilter f;
    f.from = from;
    auto table = CommissionReports(t.db).distribution(static_cast<CommissionReports::By>(by), f);
    QVERIFY2(table, qPrintable(table.error().toString()));
    QStringList rows;
    for (const QVariantList &row : table->rows) {
        QStringList cells;
        for (const QVariant &v : row)
            cells << v.toString();
        rows << cells.join(QLatin1Char(','));
    }
    QCOMPARE(rows.join(QStringLiteral("; ")), expected);
    QCOMPARE(table->chartKey, QStringLiteral("commission"));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestCommissionReports)
#include "tst_commissionreports.moc"
