// The README's screenshots, made from a demo database offscreen: skipped unless CHANNELDESK_DEMO_DB
// names the database and CHANNELDESK_SCREENSHOTS the folder. `cmake --build build/ci --target
// screenshots` makes the demo database and runs this.

#include "agreements/agreementkanbanmodel.h"
#include "agreements/agreementsview.h"
#include "commissions/commissionmodels.h"
#include "commissions/commissionsview.h"
#include "db/sql.h"
#include "mainwindow.h"
#include "reports/reportsview.h"
#include "testmain.h"
#include "today/todaypage.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestScreenshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pages_data();
    void pages();

private:
    QString m_db;
    QString m_out;
    QTemporaryDir m_config;
};

void TestScreenshots::initTestCase()
{
    m_db = qEnvironmentVariable("CHANNELDESK_DEMO_DB");
    m_out = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS");
    if (m_db.isEmpty() || m_out.isEmpty())
        QSKIP(
            "Set CHANNELDESK_DEMO_DB and CHANNELDESK_SCREENSHOTS (cmake --build <dir> --target screenshots)");
    // The user's own settings (window layout, columns) stay out of the pictures.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    QVERIFY(QDir().mkpath(m_out));
}

void TestScreenshots::pages_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("today") << QStringLiteral("today.png");
    QTest::newRow("directory") << QStringLiteral("directory.png");
    QTest::newRow("partner") << QStringLiteral("partner.png");
    QTest::newRow("customers") << QStringLiteral("customers.png");
    QTest::newRow("agreements board") << QStringLiteral("agreements-board.png");
    QTest::newRow("agreement page") << QStringLiteral("agreement-page.png");
    QTest::newRow("network") << QStringLiteral("network-tree.png");
    QTest::newRow("leads") << QStringLiteral("leads.png");
    QTest::newRow("reports") << QStringLiteral("reports.png");
    QTest::newRow("commissions") << QStringLiteral("commissions.png");
}

void TestScreenshots::pages()
{
    QFETCH(QString, file);
    MainWindow w;
    QVERIFY(w.openDatabase(m_db));
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QSqlDatabase db = w.database().sql();
    // An agreement with a document, and its partner: pages with something on every tab.
    auto agreement = sql::scalar(db,
        QStringLiteral("SELECT coalesce((SELECT agreement_id FROM agreement_documents ORDER BY id LIMIT 1), "
                       "(SELECT id FROM agreements ORDER BY id LIMIT 1))"));
    QVERIFY2(agreement.ok(), qPrintable(agreement.error().toString()));
    auto partner = sql::scalar(
        db, QStringLiteral("SELECT partner_id FROM agreements WHERE id = ?"), {agreement.value()});
    QVERIFY2(partner.ok() && partner.value().isValid(), "the demo database has no agreements");

    if (file == QLatin1String("today.png")) {
        w.showPage(MainWindow::Page::Today);
        QTRY_VERIFY_WITH_TIMEOUT(!w.todayPage()->isCounting(), 30000); // counted on a worker
    } else if (file == QLatin1String("directory.png")) {
        w.showPage(MainWindow::Page::Partners);
    } else if (file == QLatin1String("partner.png")) {
        QVERIFY(w.openPartner(partner.value().toLongLong()));
    } else if (file == QLatin1String("customers.png")) {
        w.showPage(MainWindow::Page::Customers);
    } else if (file == QLatin1String("agreements-board.png")) {
        w.showPage(MainWindow::Page::Agreements);
        w.agreementsView()->setMode(AgreementsView::Mode::Board);
        // The columns' cards come from the worker.
        const AgreementKanbanModel *board = w.agreementsView()->kanbanModel();
        QTRY_VERIFY_WITH_TIMEOUT(board->rowCount(board->stageIndex(AgreementStage::Signed)) > 0, 30000);
    } else if (file == QLatin1String("agreement-page.png")) {
        QVERIFY(w.openAgreement(agreement.value().toLongLong()));
    } else if (file == QLatin1String("network-tree.png")) {
        w.showPage(MainWindow::Page::Network);
    } else if (file == QLatin1String("leads.png")) {
        w.showPage(MainWindow::Page::Leads);
    } else if (file == QLatin1String("reports.png")) {
        w.showPage(MainWindow::Page::Reports);
        QVERIFY(w.reportsView()->run());
    } else if (file == QLatin1String("commissions.png")) {
        w.showPage(MainWindow::Page::Commissions);
        QVERIFY(w.commissionsView()->run());
        // The chosen statement's lines come from the worker.
        QTRY_VERIFY_WITH_TIMEOUT(w.commissionsView()->lines()->rowCount() > 0, 60000);
    }
    // Let the pages fill, lay out and paint before the picture.
    QTest::qWait(300);
    QVERIFY(w.grab().save(QDir(m_out).filePath(file)));
}

CHANNELDESK_TEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
