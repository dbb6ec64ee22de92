// Offscreen tests of the Agreements page: the filter bar drives both the board and the list in the
// database, Board/List toggle, and CSV export of exactly the current filter.

#include "../agreementfixture.h"
#include "agreements/agreementkanbanmodel.h"
#include "agreements/agreementsview.h"
#include "agreements/agreementtablemodel.h"
#include "io/agreementexporter.h"
#include "io/csvreader.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

using namespace cd;

class TestAgreementsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void filters_data();
    void filters();
    void toggle();
    void exportFilter_data();
    void exportFilter();

private:
    // The ids the filter should show, worked out from the stored agreements one by one.
    QList<qint64> expected(const std::function<bool(const Agreement &, const AgreementRow &)> &match) const;
    std::unique_ptr<test::AgreementFixture> m_fx;
};

void TestAgreementsView::initTestCase()
{
    m_fx = std::make_unique<test::AgreementFixture>();
    QVERIFY(m_fx->build(6));
}

void TestAgreementsView::cleanupTestCase()
{
    m_fx.reset();
}

QList<qint64> TestAgreementsView::expected(
    const std::function<bool(const Agreement &, const AgreementRow &)> &match) const
{
    QList<qint64> ids;
    const AgreementDirectory directory(m_fx->db);
    for (const auto &stageIds : m_fx->byStage) {
        for (qint64 id : stageIds) {
            const Agreement a = AgreementStore(m_fx->db).get(id).value();
            if (match(a, *directory.row(id).value()))
                ids.append(id);
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestAgreementsView::filters_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("owner") << QStringLiteral("owner");
    QTest::newRow("type") << QStringLiteral("type");
    QTest::newRow("expiring within 60 days") << QStringLiteral("expiring");
    QTest::newRow("search number") << QStringLiteral("search");
}

void TestAgreementsView::filters()
{
    QFETCH(QString, which);
    AgreementsView view;
    QAbstractItemModelTester boardTester(
        view.kanbanModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester listTester(
        view.tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setDatabase(m_fx->db);
    QCOMPARE(view.tableModel()->totalCount(), m_fx->total());

    const Agreement sample
        = AgreementStore(m_fx->db).get(m_fx->byStage.value(AgreementStage::Signed).first()).value();
    std::function<bool(const Agreement &, const AgreementRow &)> match;
    if (which == QLatin1String("owner")) {
        QComboBox *combo = view.filterCombo(AgreementsView::Filter::Owner);
        combo->setCurrentIndex(combo->findData(sample.ownerId));
        match = [&](const Agreement &a, const AgreementRow &) { return a.ownerId == sample.ownerId; };
    } else if (which == QLatin1String("type")) {
        QComboBox *combo = view.filterCombo(AgreementsView::Filter::Type);
        combo->setCurrentIndex(combo->findData(sample.typeId));
        match = [&](const Agreement &a, const AgreementRow &) { return a.typeId == sample.typeId; };
    } else if (which == QLatin1String("expiring")) {
        view.expiringSpin()->setValue(60);
        const QDate today = test::AgreementFixture::today();
        match = [today](const Agreement &a, const AgreementRow &) {
            return a.currentEnd.isValid() && a.currentEnd >= today && a.currentEnd <= today.addDays(60);
        };
    } else {
        view.searchEdit()->setText(sample.number);
        QTest::keyClick(view.searchEdit(), Qt::Key_Return);
        match = [&](const Agreement &a, const AgreementRow &) { return a.number == sample.number; };
    }
    const QList<qint64> want = expected(match);
    QVERIFY(!want.isEmpty());
    QCOMPARE(view.tableModel()->totalCount(), qint64(want.size()));
    QList<qint64> listIds;
    for (int r = 0; r < view.tableModel()->rowCount(); ++r)
        listIds.append(view.tableModel()->agreementId(r));
    std::sort(listIds.begin(), listIds.end());
    QCOMPARE(listIds, want);
    // The board counts on its worker.
    const auto boardTotal = [&view] {
        qint64 total = 0;
        for (AgreementStage s : AgreementStages::all())
            total += view.kanbanModel()->stageCount(s);
        return total;
    };
    QTRY_VERIFY(!view.kanbanModel()->isCounting());
    QCOMPARE(boardTotal(), qint64(want.size()));

    view.clearFilters();
    QCOMPARE(view.tableModel()->totalCount(), m_fx->total());
}

void TestAgreementsView::toggle()
{
    AgreementsView view;
    view.setDatabase(m_fx->db);
    QCOMPARE(view.mode(), AgreementsView::Mode::Board);
    view.setMode(AgreementsView::Mode::List);
    QCOMPARE(view.mode(), AgreementsView::Mode::List);
    view.setMode(AgreementsView::Mode::Board);
    QCOMPARE(view.mode(), AgreementsView::Mode::Board);
}

void TestAgreementsView::exportFilter_data()
{
    QTest::addColumn<bool>("filtered");
    QTest::addColumn<bool>("list");
    QTest::newRow("everything, board order") << false << false;
    QTest::newRow("one type, list order") << true << true;
}

void TestAgreementsView::exportFilter()
{
    QFETCH(bool, filtered);
    QFETCH(bool, list);
    AgreementsView view;
    view.setDatabase(m_fx->db);
    const qint64 typeId = m_fx->types.at(1);
    if (filtered) {
        QComboBox *combo = view.filterCombo(AgreementsView::Filter::Type);
        combo->setCurrentIndex(combo->findData(typeId));
    }
    if (list) {
        view.setMode(AgreementsView::Mode::List);
        view.tableModel()->sort(AgreementTableModel::columnOf(AgreementColumn::Number), Qt::DescendingOrder);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agreements.csv"));
    QVERIFY(view.exportTo(path));

    CsvReader reader;
    auto records = reader.readFile(path);
    QVERIFY2(records, qPrintable(records.error().toString()));
    QCOMPARE(reader.header().fields, AgreementExporter::header());
    QStringList numbers;
    for (const CsvRecord &record : records.value())
        numbers.append(record.fields.first());
    // Exactly the rows the list shows, in its order when exported from the list.
    const QList<qint64> want
        = expected([&](const Agreement &a, const AgreementRow &) { return !filtered || a.typeId == typeId; });
    QCOMPARE(numbers.size(), want.size());
    if (list) {
        QStringList shown;
        for (int r = 0; r < view.tableModel()->rowCount(); ++r)
            shown.append(view.tableModel()->agreementRow(r)->number);
        QCOMPARE(numbers, shown);
    }
}

CHANNELDESK_TEST_MAIN(TestAgreementsView)
#include "tst_agreementsview.moc"
