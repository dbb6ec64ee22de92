#include "../../core/commissions/commissionscript.h"
#include "commissions/overridedialog.h"
#include "commissions/splitdialog.h"
#include "customers/customereditor.h"
#include "testmain.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace cd;
using namespace cd::test;

class TestSplitDialog : public QObject
{
    Q_OBJECT
private slots:
    void shares_data();
    void shares();
    void customerPageShowsTheSplit();
    void overrides_data();
    void overrides();
};

void TestSplitDialog::shares_data()
{
    QTest::addColumn<QStringList>("rows"); // "CODE=PERCENT"
    QTest::addColumn<QString>("problem"); // part of the live message; empty = OK
    QTest::addColumn<QString>("stored"); // the split in force afterwards
    QTest::newRow("60/40") << QStringList {QStringLiteral("A=60"), QStringLiteral("B=40")} << QString()
                           << QStringLiteral("A 60%, B 40%");
    QTest::newRow("decimals") << QStringList {QStringLiteral("A=33.3333"), QStringLiteral("B=66.6667")}
                              << QString() << QStringLiteral("A 33.3333%, B 66.6667%");
    QTest::newRow("short of 100") << QStringList {QStringLiteral("A=60"), QStringLiteral("B=30")}
                                  << QStringLiteral("make 90%") << QStringLiteral("A 50%, B 50%");
    QTest::newRow("over 100") << QStringList {QStringLiteral("A=60"), QStringLiteral("B=60")}
                              << QStringLiteral("make 120%") << QStringLiteral("A 50%, B 50%");
    QTest::newRow("no code") << QStringList {QStringLiteral("=60"), QStringLiteral("B=40")}
                             << QStringLiteral("needs its partner") << QStringLiteral("A 50%, B 50%");
    QTest::newRow("not a number") << QStringList {QStringLiteral("A=sixty"), QStringLiteral("B=40")}
                                  << QStringLiteral("Row 1") << QStringLiteral("A 50%, B 50%");
    QTest::newRow("the same partner twice") << QStringList {QStringLiteral("A=50"), QStringLiteral("A=50")}
                                            << QStringLiteral("two shares") << QStringLiteral("A 50%, B 50%");
    QTest::newRow("unknown partner") << QStringList {QStringLiteral("Z=50"), QStringLiteral("B=50")}
                                     << QStringLiteral("Z") << QStringLiteral("A 50%, B 50%");
    QTest::newRow("no rows ends the split") << QStringList() << QString() << QString();
}

void TestSplitDialog::shares()
{
    QFETCH(QStringList, rows);
    QFETCH(QString, problem);
    QFETCH(QString, stored);
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(
        QStringLiteral("partner A\npartner B\ncustomer C1 partner=A\nsplit C1 A:50 B:50 from=2026-01-01")));
    SplitDialog dialog(t.db, s.customer(QStringLiteral("C1")));
    QList<std::pair<QString, QString>> shares;
    for (const QString &row : rows)
        shares.append({row.section(QLatin1Char('='), 0, 0), row.section(QLatin1Char('='), 1)});
    dialog.setShares(shares);
    dialog.setFrom(QDate(2026, 2, 1));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    const Status applied = dialog.apply();
    if (problem.isEmpty()) {
        QVERIFY2(applied, qPrintable(applied.error().toString()));
        QVERIFY(ok->isEnabled());
    } else {
        QVERIFY(!applied);
        QVERIFY2(applied.error().message.contains(problem), qPrintable(applied.error().message));
    }
    auto split = CommissionRuleStore(t.db).splitOn(s.customer(QStringLiteral("C1")), QDate(2026, 3, 1));
    QVERIFY(split);
    QStringList now;
    for (const SplitShare &x : split.value())
        now << x.partnerCode + QLatin1Char(' ') + x.share.toPercentString();
    QCOMPARE(now.join(QStringLiteral(", ")), stored);
}

void TestSplitDialog::customerPageShowsTheSplit()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(
        QStringLiteral("partner A\npartner B\ncustomer C1 partner=A\nsplit C1 A:70 B:30 from=2026-01-01")));
    CustomerEditor editor(t.db, s.customer(QStringLiteral("C1")));
    editor.resize(1000, 560);
    editor.show();
    auto *label = editor.findChild<QLabel *>(QStringLiteral("splitLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), QStringLiteral("Shared: A: 70%, B: 30%"));
    if (const QByteArray dir = qgetenv("CHANNELDESK_SCREENSHOTS"); !dir.isEmpty()) {
        QVERIFY(editor.grab().save(
            QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("customer-split.png"))));
        SplitDialog dialog(t.db, s.customer(QStringLiteral("C1")));
        dialog.setShares(
            {{QStringLiteral("A"), QStringLiteral("70")}, {QStringLiteral("B"), QStringLiteral("20")}});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(
            QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("split-dialog.png"))));
    }
}

void TestSplitDialog::overrides_data()
{
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("label");
    QTest::newRow("a rate") << QStringLiteral("A") << QStringLiteral("12.5") << QString()
                            << QStringLiteral("Override: A earns 12.5% on this customer.");
    QTest::newRow("ended") << QStringLiteral("A") << QString() << QString() << QString();
    QTest::newRow("unknown partner") << QStringLiteral("Z") << QStringLiteral("5") << QStringLiteral("Z")
                                     << QString();
    QTest::newRow("over 100") << QStringLiteral("A") << QStringLiteral("101") << QStringLiteral("over 100")
                              << QString();
}

void TestSplitDialog::overrides()
{
    QFETCH(QString, partner);
    QFETCH(QString, rate);
    QFETCH(QString, problem);
    QFETCH(QString, label);
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral("partner A\ncustomer C1 partner=A")));
    OverrideDialog dialog(t.db, s.customer(QStringLiteral("C1")), QStringLiteral("A"));
    dialog.setValues(partner, rate, QDate(2026, 1, 1));
    const Status applied = dialog.apply();
    if (problem.isEmpty())
        QVERIFY2(applied, qPrintable(applied.error().toString()));
    else
        QVERIFY2(!applied && applied.error().message.contains(problem), qPrintable(applied.error().message));
    CustomerEditor editor(t.db, s.customer(QStringLiteral("C1")));
    const QString text = editor.findChild<QLabel *>(QStringLiteral("splitLabel"))->text();
    QCOMPARE(text.section(QLatin1Char('\n'), 1), label);
}

CHANNELDESK_TEST_MAIN(TestSplitDialog)
#include "tst_splitdialog.moc"
