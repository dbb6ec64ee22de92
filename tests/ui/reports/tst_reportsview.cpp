// Tests of the reports view on a small known dataset: table, chart and exports agree with it.

#include "../networkfixture.h"
#include "leads/leadstore.h"
#include "reports/reportsview.h"
#include "testmain.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>

using namespace cd;

class TestReportsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void leadFlow_data();
    void leadFlow();
    void exports();
    void runsOnAWorker_data();
    void runsOnAWorker();
    void demoScreenshot();

private:
    test::Network m_net;
};

void TestReportsView::initTestCase()
{
    // Positions 0 and 5 are distributors; 1..4 resellers.
    QVERIFY(m_net.build(test::Network::flat(6)));
    const NetworkStore network(m_net.db);
    QVERIFY(network.link(m_net.ids[0], m_net.ids[1]));
    QVERIFY(network.link(m_net.ids[0], m_net.ids[2]));
    QVERIFY(network.link(m_net.ids[5], m_net.ids[3]));
    const LeadStore leads(m_net.db);
    // Distributor 0: three leads for reseller 1 (one converted), two for reseller 2;
    // distributor 5: one lead for reseller 3.
    const QList<std::tuple<int, int, bool>> plan
        = {{0, 1, true}, {0, 1, false}, {0, 1, false}, {0, 2, false}, {0, 2, false}, {5, 3, false}};
    int n = 0;
    for (const auto &[distributor, reseller, convert] : plan) {
        Lead l;
        l.company = QStringLiteral("Prospect %1").arg(++n);
        l.country = QStringLiteral("DE");
        l.estimatedValue = Money(100000, QStringLiteral("EUR"));
        l.submittedByDistributorId = m_net.ids[distributor];
        l.assignedPartnerId = m_net.ids[reseller];
        auto created = leads.create(l);
        QVERIFY2(created, qPrintable(created.error().toString()));
        if (convert)
            QVERIFY(leads.convert(created->id));
    }
}

void TestReportsView::leadFlow_data()
{
    QTest::addColumn<int>("distributor");
    QTest::addColumn<qint64>("submitted");
    QTest::addColumn<qint64>("converted");
    QTest::newRow("busy distributor") << 0 << qint64(5) << qint64(1);
    QTest::newRow("quiet distributor") << 5 << qint64(1) << qint64(0);
}

void TestReportsView::leadFlow()
{
    QFETCH(int, distributor);
    QFETCH(qint64, submitted);
    QFETCH(qint64, converted);
    ReportsView view;
    view.resize(1000, 700);
    view.setDatabase(m_net.db);
    view.setReport(ReportsView::Report::LeadFlow);
    view.setDateRange(QDate(2000, 1, 1), QDate::currentDate().addDays(1));
    QVERIFY(view.run());
    const ReportTable &t = view.table();
    const int name = t.columnIndex(QStringLiteral("distributor"));
    const int sub = t.columnIndex(QStringLiteral("submitted"));
    const int conv = t.columnIndex(QStringLiteral("converted"));
    QVERIFY(name >= 0 && sub >= 0 && conv >= 0);
    QCOMPARE(view.model()->rowCount(), t.rows.size());
    int row = -1;
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        if (view.model()->item(r, name)->text() == m_net.names[distributor])
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(view.model()->item(row, sub)->text(), QLocale().toString(submitted));
    QCOMPARE(view.model()->item(row, conv)->text(), QLocale().toString(converted));

    // The chart shows the same counts, one bar set per count column.
    const auto series = view.chart()->series();
    QCOMPARE(series.size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(series.first());
    QVERIFY(bars);
    QBarSet *submittedSet = nullptr;
    for (QBarSet *set : bars->barSets()) {
        if (set->label() == t.columns.at(sub).label)
            submittedSet = set;
    }
    QVERIFY(submittedSet);
    QCOMPARE(qint64(submittedSet->at(row)), submitted);

    // Filtered to the distributor, only its row is left.
    view.setDistributor(m_net.ids[distributor]);
    QVERIFY(view.run());
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->item(0, sub)->text(), QLocale().toString(submitted));
    if (const QString dir = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS"); !dir.isEmpty()) {
        view.setDistributor(0);
        QVERIFY(view.run());
        view.grab().save(dir + QStringLiteral("/reports-%1.png").arg(distributor));
    }
}

void TestReportsView::exports()
{
    ReportsView view;
    view.resize(1000, 700);
    view.setDatabase(m_net.db);
    view.setReport(ReportsView::Report::LeadFlow);
    view.setDateRange(QDate(2000, 1, 1), QDate::currentDate().addDays(1));
    QVERIFY(view.run());
    const QString csv = m_net.dir->filePath(QStringLiteral("flow.csv"));
    QVERIFY(view.exportCsv(csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), view.table().rows.size() + 1);
    QVERIFY(lines.first().contains(QStringLiteral("submitted")));
    const QString pdf = m_net.dir->filePath(QStringLiteral("flow.pdf"));
    QVERIFY(view.exportPdf(pdf));
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(5) == "%PDF-");
    // A file that cannot be written is an error, not a silent nothing.
    QVERIFY(!view.exportCsv(m_net.dir->filePath(QStringLiteral("missing/flow.csv"))));
}

void TestReportsView::runsOnAWorker_data()
{
    QTest::addColumn<int>("runs");
    QTest::newRow("one run") << 1;
    QTest::newRow("three runs in a row: the last one answers") << 3;
}

// A report runs on a worker: the window goes on at once, the table fills when it is done, and a
// run asked for before the previous one answered replaces it.
void TestReportsView::runsOnAWorker()
{
    QFETCH(int, runs);
    ReportsView view;
    view.setDatabase(m_net.db); // starts a run of its own
    view.setDateRange(QDate(2000, 1, 1), QDate::currentDate().addDays(1));
    view.setReport(ReportsView::Report::LeadFlow); // and another if the report changed
    QSignalSpy finished(&view, &ReportsView::finished);
    for (int i = 0; i < runs; ++i)
        view.start();
    QCOMPARE(finished.count(), 0); // nothing waited for the database
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.first().first().value<Status>().ok());
    QVERIFY(view.table().rows.size() > 0);
    QCOMPARE(view.model()->rowCount(), view.table().rows.size());
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1); // the replaced runs never answer
}

// Renders the view on a generated demo database for the documentation; skipped unless
// CHANNELDESK_DEMO_DB and CHANNELDESK_SCREENSHOTS name the database and the output folder.
void TestReportsView::demoScreenshot()
{
    const QString path = qEnvironmentVariable("CHANNELDESK_DEMO_DB");
    const QString dir = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS");
    if (path.isEmpty() || dir.isEmpty())
        QSKIP("No demo database given");
    DatabaseOptions o;
    o.path = path;
    auto db = Database::open(o);
    QVERIFY(db);
    ReportsView view;
    view.resize(1200, 760);
    view.show();
    view.setDatabase(db.value());
    view.setDateRange(QDate(2000, 1, 1), QDate::currentDate());
    view.setReport(ReportsView::Report::ConversionByDistributor);
    QVERIFY(view.run());
    QTest::qWait(100); // the chart lays out its labels on the next event loop pass
    QVERIFY(view.grab().save(dir + QStringLiteral("/reports.png")));
    view.setReport(ReportsView::Report::WonValueByLevel);
    QVERIFY(view.run());
    QTest::qWait(100);
    QVERIFY(view.grab().save(dir + QStringLiteral("/reports-won.png")));
}

CHANNELDESK_TEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
