// DirectoryTable over a paged model: where the view stands after a new question and after a refresh.

#include "../registryfixture.h"
#include "partners/partnertablemodel.h"
#include "shared/directorytable.h"
#include "testmain.h"

#include <QScrollBar>
#include <QStandardPaths>

using namespace cd;

class TestDirectoryTable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void positionAfterChange_data();
    void positionAfterChange();

private:
    std::unique_ptr<test::Registry> m_registry;
};

void TestDirectoryTable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_registry = std::make_unique<test::Registry>();
    QVERIFY(m_registry->addPartners(2000));
}

void TestDirectoryTable::positionAfterChange_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("atTop");
    QTest::newRow("search") << "search" << true;
    QTest::newRow("filter") << "filter" << true;
    QTest::newRow("sort") << "sort" << true;
    QTest::newRow("refresh after an edit keeps the place") << "refresh" << false;
}

void TestDirectoryTable::positionAfterChange()
{
    QFETCH(QString, change);
    QFETCH(bool, atTop);
    PartnerTableModel model;
    model.setDatabase(m_registry->db);
    DirectoryTable table(Settings::Table::Partners);
    table.setDirectoryModel(
        &model, {{int(PartnerColumn::Name), QStringLiteral("Acme Hardware")}}, int(PartnerColumn::Name));
    table.resize(600, 400);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    table.setFocus();
    QTest::keyClick(&table, Qt::Key_End, Qt::ControlModifier);
    QScrollBar *bar = table.verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());

    if (change == QLatin1String("search")) {
        PartnerFilter f;
        f.search = QStringLiteral("acme");
        model.setFilter(f);
    } else if (change == QLatin1String("filter")) {
        PartnerFilter f;
        f.kind = PartnerKind::Dealer;
        model.setFilter(f);
    } else if (change == QLatin1String("sort")) {
        table.sortByColumn(int(PartnerColumn::Code), Qt::DescendingOrder);
    } else {
        model.refresh();
    }
    QCoreApplication::processEvents();
    QVERIFY(model.rowCount() > 100); // still more rows than fit, so "at the end" is not "at the top"
    QVERIFY(bar->maximum() > 0);
    if (atTop)
        QCOMPARE(bar->value(), 0);
    else
        QCOMPARE(bar->value(), bar->maximum());
}

CHANNELDESK_TEST_MAIN(TestDirectoryTable)
#include "tst_directorytable.moc"
