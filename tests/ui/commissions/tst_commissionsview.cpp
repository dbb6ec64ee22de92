#include "../../core/commissions/commissionscript.h"
#include "commissions/commissionmodels.h"
#include "commissions/commissionsview.h"
#include "commissions/payouts.h"
#include "reports/reportsview.h"
#include "testmain.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cd;
using namespace cd::test;

class TestCommissionsView : public QObject
{
    Q_OBJECT
private slots:
    void previewSettleApprovePay();
    void lineModelShowsOneStatement();
    void distributionReportAndChart();
};

static const char *kScript
    = "partner A rate=10 iban=DE89370400440532013000 bic=COBADEFFXXX\n"
      "partner B parent=A iban=FR1420041010050500013M02606\n"
      "customer C1 partner=A\ncustomer C2 partner=B\n"
      "plan T tiers=0:5,1000:10 mode=marginal cascade=2\nassign T partner=B from=2026-01-01\n"
      "sale INV-1 invoice 2026-11-03 C1 1000.00 EUR\nsale INV-2 invoice 2026-11-05 C2 1500.00 EUR\n"
      "sale CN-1 credit 2026-11-20 C1 100.00 EUR invoice=INV-1";

void TestCommissionsView::previewSettleApprovePay()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QLatin1String(kScript)));
    QVERIFY(
        PayoutAccount::save(t.db, {QStringLiteral("Payer"), QStringLiteral("DE02120300000000202051"), {}}));
    CommissionsView view;
    QAbstractItemModelTester statements(
        view.statements(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester lines(view.lines(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1100, 600);
    view.show();
    view.setDatabase(t.db);
    view.setPeriod(QStringLiteral("2026-11"));
    QVERIFY(view.run());
    QCOMPARE(view.statements()->rowCount(), 2);
    QVERIFY2(view.countText().startsWith(QStringLiteral("2 statement")), qPrintable(view.countText()));
    // A: 100.00 − 10.00 own, plus 2 % cascade on B's 1500.00 = 30.00; B: 1000 × 5 % + 500 × 10 % = 100.00.
    const auto totals = [&] {
        QStringList out;
        for (int r = 0; r < view.statements()->rowCount(); ++r)
            out << view.statements()->index(r, StatementTableModel::Partner).data().toString()
                    + QLatin1Char(' ')
                    + view.statements()->index(r, StatementTableModel::Total).data().toString()
                    + QLatin1Char(' ')
                    + view.statements()->index(r, StatementTableModel::Status).data().toString();
        return out.join(QStringLiteral("; "));
    };
    QCOMPARE(totals(), QStringLiteral("A 120.00 EUR preview; B 100.00 EUR preview"));
    // The preview keeps its statements only, as a settled period does; the first statement is
    // chosen and its lines follow from the worker, each with its reason.
    QVERIFY(view.currentRun() && !view.currentRun()->linesLoaded);
    QVERIFY(view.currentRun()->lines.isEmpty());
    QTRY_COMPARE(view.lines()->rowCount(), 3);
    // A's second line: B's invoice, with the cascade as its reason.
    const auto secondLineIsTheCascade = [&] {
        return view.lines()->index(1, CommissionLineModel::Document).data().toString()
            == QStringLiteral("INV-2")
            && view.lines()
                   ->index(1, CommissionLineModel::Explanation)
                   .data()
                   .toString()
                   .contains(QStringLiteral("cascade level 1 on the base of B"));
    };
    QVERIFY(secondLineIsTheCascade());

    if (const QByteArray dir = qgetenv("CHANNELDESK_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(view.grab().save(
            QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("commissions-view.png"))));

    QVERIFY(view.settle());
    QCOMPARE(totals(), QStringLiteral("A 120.00 EUR draft; B 100.00 EUR draft"));
    // A settled period reads its statements only; the chosen statement's lines follow on the
    // worker, the same lines with the same reasons.
    QVERIFY(view.currentRun() && !view.currentRun()->linesLoaded);
    QVERIFY(view.currentRun()->lines.isEmpty());
    QTRY_COMPARE(view.lines()->rowCount(), 3);
    QVERIFY(secondLineIsTheCascade());
    QSignalSpy shown(&view, &CommissionsView::linesShown);
    auto *table = view.findChild<QTableView *>(QStringLiteral("statements"));
    QVERIFY(table);
    table->selectRow(1);
    QVERIFY(shown.wait());
    QCOMPARE(view.lines()->rowCount(), 1);
    QCOMPARE(
        view.lines()->index(0, CommissionLineModel::Amount).data().toString(), QStringLiteral("100.00 EUR"));
    QVERIFY(view.approve());
    QCOMPARE(totals(), QStringLiteral("A 120.00 EUR approved; B 100.00 EUR approved"));
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("payout.xml"));
    QVERIFY(view.pay(QStringLiteral("EUR"), file));
    QVERIFY(QFile::exists(file));
    QCOMPARE(totals(), QStringLiteral("A 120.00 EUR paid; B 100.00 EUR paid"));
    // Settling again is refused by the button and changes nothing through the core.
    QVERIFY(view.settle());
    QCOMPARE(totals(), QStringLiteral("A 120.00 EUR paid; B 100.00 EUR paid"));
}

void TestCommissionsView::lineModelShowsOneStatement()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QLatin1String(kScript)));
    auto run = Settlement(t.db).preview(CommissionPeriod::parse(QStringLiteral("2026-11")).value());
    QVERIFY(run);
    auto shared = std::make_shared<const SettlementRun>(run.value());
    CommissionLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.show(shared, s.partner(QStringLiteral("B")), QStringLiteral("EUR"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, CommissionLineModel::Document).data().toString(), QStringLiteral("INV-2"));
    QCOMPARE(model.index(0, CommissionLineModel::Rate).data().toString(), QStringLiteral("tiers"));
    QCOMPARE(model.index(0, CommissionLineModel::Amount).data().toString(), QStringLiteral("100.00 EUR"));
    model.show(shared, s.partner(QStringLiteral("B")), QStringLiteral("USD"));
    QCOMPARE(model.rowCount(), 0);
}

void TestCommissionsView::distributionReportAndChart()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QLatin1String(kScript)));
    QVERIFY(Settlement(t.db).settle(CommissionPeriod::parse(QStringLiteral("2026-11")).value()));
    ReportsView view;
    view.resize(1100, 700);
    view.show();
    view.setDatabase(t.db);
    view.setDateRange(QDate(2026, 1, 1), QDate(2026, 12, 31));
    view.setReport(ReportsView::Report::CommissionByReseller);
    QVERIFY(view.run());
    QCOMPARE(view.table().rows.size(), 2);
    for (const char *name : {"distributorFilter", "segmentFilter", "statusFilter"}) {
        auto *filter = view.findChild<QComboBox *>(QLatin1String(name));
        QVERIFY2(filter && !filter->isEnabled(), name);
    }
    view.setReport(ReportsView::Report::LeadFlow);
    QVERIFY(view.findChild<QComboBox *>(QStringLiteral("statusFilter"))->isEnabled());
    view.setReport(ReportsView::Report::CommissionByReseller);
    QVERIFY(view.run());
    // The chart draws the commission, one bar per reseller.
    QCOMPARE(view.chart()->series().size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(view.chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 1);
    QCOMPARE(bars->barSets().first()->label(), QStringLiteral("Commission"));
    QCOMPARE(bars->barSets().first()->count(), 2);
    if (const QByteArray dir = qgetenv("CHANNELDESK_SCREENSHOTS"); !dir.isEmpty()) {
        QTest::qWait(300); // the chart lays out its axes on the next paint
        QVERIFY(view.grab().save(
            QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("commission-report.png"))));
    }
}

CHANNELDESK_TEST_MAIN(TestCommissionsView)
#include "tst_commissionsview.moc"
