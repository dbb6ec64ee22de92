#include "../../core/commissions/commissionscript.h"
#include "commissions/planeditordialog.h"
#include "testmain.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace cd;
using namespace cd::test;

class TestPlanEditorDialog : public QObject
{
    Q_OBJECT
private slots:
    void tiers_data();
    void tiers();
    void editAndAssign();
};

namespace {

QLineEdit *edit(QDialog &d, int index)
{
    return d.findChildren<QLineEdit *>().at(index);
}

void setTiers(QTableWidget *table, const QStringList &rows)
{
    table->setRowCount(0);
    for (const QString &row : rows) {
        const int r = table->rowCount();
        table->insertRow(r);
        table->setItem(r, 0, new QTableWidgetItem(row.section(QLatin1Char(':'), 0, 0)));
        table->setItem(r, 1, new QTableWidgetItem(row.section(QLatin1Char(':'), 1)));
    }
}

} // namespace

void TestPlanEditorDialog::tiers_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QString>("problem"); // empty: saves
    QTest::newRow("ascending from 0")
        << QStringList {QStringLiteral("0:5"), QStringLiteral("10000:7.5")} << QString();
    QTest::newRow("a gap at the start")
        << QStringList {QStringLiteral("100:5")} << QStringLiteral("must start at 0");
    QTest::newRow("descending") << QStringList {QStringLiteral("0:5"), QStringLiteral("5000:7"),
        QStringLiteral("1000:9")}
                                << QStringLiteral("must ascend");
    QTest::newRow("the same threshold twice")
        << QStringList {QStringLiteral("0:5"), QStringLiteral("0:6")} << QStringLiteral("must ascend");
    QTest::newRow("a negative rate") << QStringList {QStringLiteral("0:-5")}
                                     << QStringLiteral("cannot be negative");
    QTest::newRow("a threshold that is no number")
        << QStringList {QStringLiteral("0:5"), QStringLiteral("lots:7")} << QStringLiteral("Tier 2");
    QTest::newRow("no tiers") << QStringList() << QStringLiteral("at least one tier");
}

void TestPlanEditorDialog::tiers()
{
    QFETCH(QStringList, rows);
    QFETCH(QString, problem);
    TempDatabase t;
    PlanEditorDialog dialog(t.db);
    dialog.newPlan();
    auto combos = dialog.findChildren<QComboBox *>();
    combos.at(0)->setCurrentIndex(1); // tiers
    edit(dialog, 0)->setText(QStringLiteral("Ladder"));
    setTiers(dialog.tiers(), rows);
    const Status saved = dialog.save();
    if (problem.isEmpty()) {
        QVERIFY2(saved, qPrintable(saved.error().toString()));
        auto stored = CommissionRuleStore(t.db).planNamed(QStringLiteral("Ladder"));
        QVERIFY(stored);
        QVERIFY(stored->tiered);
        QCOMPARE(CommissionPlan::tiersText(stored->tiers), QStringLiteral("0:0.05,10000:0.075"));
    } else {
        QVERIFY(!saved);
        QVERIFY2(dialog.problemText().contains(problem), qPrintable(dialog.problemText()));
        QVERIFY(!CommissionRuleStore(t.db).planNamed(QStringLiteral("Ladder")));
    }
}

void TestPlanEditorDialog::editAndAssign()
{
    TempDatabase t;
    CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral("plan Standard fixed=5 cascade=2,1\nplan Other fixed=3")));
    PlanEditorDialog dialog(t.db);
    dialog.resize(860, 640);
    dialog.show();
    QVERIFY(dialog.choose(QStringLiteral("Standard")));
    QCOMPARE(edit(dialog, 0)->text(), QStringLiteral("Standard"));
    QCOMPARE(edit(dialog, 1)->text(), QStringLiteral("5"));
    QCOMPARE(edit(dialog, 3)->text(), QStringLiteral("2, 1"));
    edit(dialog, 1)->setText(QStringLiteral("6.25"));
    QVERIFY(dialog.save());
    QCOMPARE(CommissionRuleStore(t.db).planNamed(QStringLiteral("Standard"))->rate.toString(),
        QStringLiteral("0.0625"));
    // A name another plan has is refused, and nothing changes.
    edit(dialog, 0)->setText(QStringLiteral("Other"));
    QVERIFY(!dialog.save());
    QVERIFY(CommissionRuleStore(t.db).planNamed(QStringLiteral("Standard")));
    edit(dialog, 0)->setText(QStringLiteral("Standard"));
    auto *level = dialog.findChild<QComboBox *>(QStringLiteral("levelCombo"));
    auto *end = dialog.findChild<QPushButton *>(QStringLiteral("endLevelPlanButton"));
    QVERIFY(level && end);
    level->setCurrentIndex(level->findText(QStringLiteral("Gold")));
    QVERIFY2(dialog.levelPlanText().startsWith(QStringLiteral("Gold has no plan")),
        qPrintable(dialog.levelPlanText()));
    QVERIFY(!end->isEnabled());
    const qint64 gold = lookupId(t.db, "partner_levels", QStringLiteral("Gold"));
    QVERIFY(dialog.assignToLevel(gold));
    auto assignments = CommissionRuleStore(t.db).assignments();
    QVERIFY(assignments);
    QCOMPARE(assignments->size(), 1);
    const qint64 standard = CommissionRuleStore(t.db).planNamed(QStringLiteral("Standard"))->id;
    QCOMPARE(assignments->first().planId, standard);
    QVERIFY2(dialog.levelPlanText().startsWith(QStringLiteral("Gold is on the plan Standard")),
        qPrintable(dialog.levelPlanText()));
    const QDate open = CommissionRuleStore(t.db).firstOpenDay().value();
    QCOMPARE(CommissionRuleStore(t.db).levelPlanOn(gold, open).value(), standard);
    if (const QByteArray dir = qgetenv("CHANNELDESK_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(dialog.grab().save(
            QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("plan-editor.png"))));
    // Ending the level's plan: a closing assignment from the first open period; the level has none.
    QVERIFY(end->isEnabled());
    end->click();
    QCOMPARE(CommissionRuleStore(t.db).assignments()->size(), 2);
    QCOMPARE(CommissionRuleStore(t.db).levelPlanOn(gold, open).value(), 0);
    QVERIFY2(dialog.levelPlanText().startsWith(QStringLiteral("Gold has no plan")),
        qPrintable(dialog.levelPlanText()));
    QVERIFY(!end->isEnabled());
}

CHANNELDESK_TEST_MAIN(TestPlanEditorDialog)
#include "tst_planeditordialog.moc"
