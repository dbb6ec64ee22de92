#include "../../core/commissions/commissionscript.h"
#include "commissions/commissionmodels.h"
#include "commissions/partnercommissionstab.h"
#include "commissions/payouts.h"
#include "commissions/settlement.h"
#include "partners/partnereditor.h"
#include "shared/editform.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::test;

// The partner page's Commissions and Payouts tabs: the terms in the form, the statements and the
// payouts below.
class TestPartnerCommissionsTab : public QObject
{
    Q_OBJECT
private slots:
    void statementsAndPayouts();
    void termsAreSavedWithThePartner_data();
    void termsAreSavedWithThePartner();
    void ownPlan();
};

void TestPartnerCommissionsTab::statementsAndPayouts()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral("partner A rate=10 iban=DE89370400440532013000\ncustomer C1 partner=A\n"
                                 "sale INV-1 invoice 2026-10-03 C1 1000.00 EUR\n"
                                 "sale INV-2 invoice 2026-11-03 C1 500.00 EUR")));
    Settlement settlement(t.db);
    for (const char *key : {"2026-10", "2026-11"}) {
        QVERIFY(settlement.settle(CommissionPeriod::parse(QLatin1String(key)).value()));
        QVERIFY(settlement.approve(CommissionPeriod::parse(QLatin1String(key)).value()));
    }
    QVERIFY(
        PayoutAccount::save(t.db, {QStringLiteral("Payer"), QStringLiteral("DE02120300000000202051"), {}}));
    QTemporaryDir dir;
    QVERIFY(Payouts(t.db).create(
        QStringLiteral("EUR"), QStringLiteral("2026-10"), dir.filePath(QStringLiteral("p.xml"))));

    PartnerEditor editor(t.db, s.partner(QStringLiteral("A")));
    editor.resize(1100, 700);
    editor.show();
    auto *statements = editor.findChild<PartnerStatementsView *>();
    auto *payouts = editor.findChild<PartnerPayoutsView *>();
    QVERIFY(statements && payouts);
    QAbstractItemModelTester tester(
        statements->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(statements->model()->rowCount(), 2);
    // Newest first, each with its status.
    QCOMPARE(statements->model()->index(0, StatementTableModel::Period).data().toString(),
        QStringLiteral("2026-11"));
    QCOMPARE(statements->model()->index(0, StatementTableModel::Status).data().toString(),
        QStringLiteral("approved"));
    QCOMPARE(
        statements->model()->index(1, StatementTableModel::Status).data().toString(), QStringLiteral("paid"));
    QCOMPARE(statements->model()->index(1, StatementTableModel::Payable).data().toString(),
        QStringLiteral("100.00 EUR"));
    QCOMPARE(payouts->model()->rowCount(), 1);
    QCOMPARE(payouts->model()->index(0, 1).data().toString(), QStringLiteral("100.00 EUR"));

    auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(QLatin1Char('&')) == QLatin1String("Commissions"))
            tabs->setCurrentIndex(i);
    }
    if (const QByteArray out = qgetenv("CHANNELDESK_SCREENSHOTS"); !out.isEmpty())
        QVERIFY(editor.grab().save(
            QDir(QString::fromLocal8Bit(out)).filePath(QStringLiteral("partner-commissions.png"))));
}

void TestPartnerCommissionsTab::termsAreSavedWithThePartner_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<bool>("margin");
    QTest::addColumn<bool>("saves");
    QTest::addColumn<QString>("stored");
    QTest::newRow("a rate") << QStringLiteral("7.5") << false << true << QStringLiteral("0.075");
    QTest::newRow("a rate with a sign") << QStringLiteral("12%") << false << true << QStringLiteral("0.12");
    QTest::newRow("no rate, margin") << QString() << true << true << QString();
    QTest::newRow("not a number") << QStringLiteral("seven") << false << false << QStringLiteral("0.1");
    QTest::newRow("over 100") << QStringLiteral("150") << false << false << QStringLiteral("0.1");
    QTest::newRow("negative") << QStringLiteral("-1") << false << false << QStringLiteral("0.1");
}

void TestPartnerCommissionsTab::termsAreSavedWithThePartner()
{
    QFETCH(QString, rate);
    QFETCH(bool, margin);
    QFETCH(bool, saves);
    QFETCH(QString, stored);
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral("partner A rate=10")));
    PartnerEditor editor(t.db, s.partner(QStringLiteral("A")));
    auto *rateEdit = qobject_cast<QLineEdit *>(editor.form()->input(QStringLiteral("commissionRate")));
    auto *marginBox = qobject_cast<QCheckBox *>(editor.form()->input(QStringLiteral("marginBased")));
    QVERIFY(rateEdit && marginBox);
    QCOMPARE(rateEdit->text(), QStringLiteral("10"));
    rateEdit->setText(rate);
    marginBox->setChecked(margin);
    QCOMPARE(bool(editor.save()), saves);
    const auto value
        = sql::scalar(t.db.sql(), QStringLiteral("SELECT commission_rate, margin_based FROM partners"));
    QCOMPARE(value->toString(), stored);
    QCOMPARE(sql::scalar(t.db.sql(), QStringLiteral("SELECT margin_based FROM partners"))->toBool(),
        saves && margin);
}

void TestPartnerCommissionsTab::ownPlan()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral("partner A\nplan Growth fixed=6\nplan Other fixed=3")));
    PartnerStatementsView view;
    QVERIFY(view.setPartner(t.db, s.partner(QStringLiteral("A"))));
    QCOMPARE(view.planBox()->count(), 3);
    QCOMPARE(view.planBox()->currentData().toLongLong(), 0);
    const qint64 growth = CommissionRuleStore(t.db).planNamed(QStringLiteral("Growth"))->id;
    QVERIFY(view.assignPlan(growth));
    QCOMPARE(view.planBox()->currentText(), QStringLiteral("Growth"));
    QCOMPARE(
        CommissionRuleStore(t.db).partnerPlanOn(s.partner(QStringLiteral("A")), QDate(2100, 1, 1)).value(),
        growth);
    QVERIFY(view.assignPlan(0));
    QCOMPARE(view.planBox()->currentData().toLongLong(), 0);
    PartnerStatementsView unsaved;
    QVERIFY(unsaved.setPartner(t.db, 0));
    QVERIFY(!unsaved.assignPlan(growth));
}

CHANNELDESK_TEST_MAIN(TestPartnerCommissionsTab)
#include "tst_partnercommissionstab.moc"
