// Widget tests of the main window: search, filters, sorting, remembered columns, partner pages,
// archive, export and backup, driven through the widgets a user touches.

#include "../core/commissions/commissionscript.h"
#include "agreements/agreementboardview.h"
#include "agreements/agreementeditor.h"
#include "agreements/agreementkanbanmodel.h"
#include "agreements/agreementstore.h"
#include "agreements/agreementsview.h"
#include "commissions/commissionsview.h"
#include "commissions/settlement.h"
#include "customers/customerlistview.h"
#include "customers/customertablemodel.h"
#include "db/sql.h"
#include "io/importdialog.h"
#include "leads/leadsview.h"
#include "leads/leadtablemodel.h"
#include "mainwindow.h"
#include "network/networkview.h"
#include "partners/partnerdirectory.h"
#include "partners/partnereditor.h"
#include "partners/partnerlistview.h"
#include "partners/partnertablemodel.h"
#include "registryfixture.h"
#include "rowwait.h"
#include "settings.h"
#include "shared/directorytable.h"
#include "testmain.h"
#include "today/todaypage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

using namespace cd;

namespace {

constexpr int kWindowPartners = 300;

int column(PartnerColumn c)
{
    return PartnerTableModel::columnOf(c);
}

// Answers the next modal message box with `button`, once it is up.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, qApp, [button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(button)->click();
        else
            answerNextMessageBox(button); // not shown yet
    });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void opensAndCounts();
    void startsOnToday();
    void commissionCardsOpenTheirPeriod_data();
    void commissionCardsOpenTheirPeriod();
    void pagesBringTheirOwnCommands_data();
    void pagesBringTheirOwnCommands();
    void searchIsDebounced();
    void filterByKind();
    void sortByClickingHeader();
    void columnLayoutIsRemembered();
    void partnerPageInTab();
    void agreementPages();
    void archiveSelected();
    void customersView();
    void undoFollowsThePageInFront();
    void exportCurrentList_data();
    void exportCurrentList();
    void backup();
    void importOpensWizard();
    void refusesForeignFile();
    void refusesMissingFile();

private:
    qint64 sqlCount(const QString &where) const;
    std::unique_ptr<MainWindow> openWindow();

    QTemporaryDir m_config;
    std::unique_ptr<test::Registry> m_registry;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_config.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    m_registry = std::make_unique<test::Registry>();
    QVERIFY(m_registry->addPartners(kWindowPartners));
    QVERIFY(m_registry->addCustomers(120));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::cleanupTestCase()
{
    m_registry.reset();
}

qint64 TestMainWindow::sqlCount(const QString &where) const
{
    auto v
        = sql::scalar(m_registry->db.sql(), QStringLiteral("SELECT count(*) FROM partners WHERE ") + where);
    if (!v)
        qFatal("%s", qPrintable(v.error().toString()));
    return v.value().toLongLong();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow()
{
    auto w = std::make_unique<MainWindow>();
    if (!w->openDatabase(m_registry->path()))
        return nullptr;
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    // The window starts on Today; most tests work in the partner directory.
    w->showPage(MainWindow::Page::Partners);
    return w;
}

void TestMainWindow::opensAndCounts()
{
    auto w = openWindow();
    QVERIFY(w);
    QCOMPARE(w->database().path(), m_registry->path());
    QVERIFY(w->windowTitle().contains(QStringLiteral("registry.sqlite")));
    const qint64 current = sqlCount(QStringLiteral("archived_at IS NULL"));
    QCOMPARE(w->partnerModel()->rowCount(), int(current));
    auto *label = w->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QString::number(current)), qPrintable(label->text()));
    QCOMPARE(Settings().recentFiles().value(0), m_registry->path());
    QCOMPARE(Settings().lastDatabase(), m_registry->path());
    QCOMPARE(w->currentPage(), MainWindow::Page::Partners);
}

// Each page shows its own commands on the tool bar (no New Partner or Archive on Leads or Reports),
// its own count, and exports only where it can.
void TestMainWindow::pagesBringTheirOwnCommands_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QStringList>("commands"); // the page's part of the tool bar, in order
    QTest::addColumn<bool>("exports");
    QTest::addColumn<QString>("count"); // a word of the status bar text; empty = no count
    QTest::newRow("partners") << int(MainWindow::Page::Partners)
                              << QStringList {QStringLiteral("New Partner"), QStringLiteral("Archive…"),
                                     QStringLiteral("Restore…")}
                              << true << QStringLiteral("partner");
    QTest::newRow("customers") << int(MainWindow::Page::Customers)
                               << QStringList {QStringLiteral("New Customer")} << true
                               << QStringLiteral("customer");
    QTest::newRow("agreements") << int(MainWindow::Page::Agreements)
                                << QStringList {QStringLiteral("New Agreement…")} << true
                                << QStringLiteral("agreement");
    QTest::newRow("tasks") << int(MainWindow::Page::Tasks) << QStringList() << false
                           << QStringLiteral("task");
    QTest::newRow("network") << int(MainWindow::Page::Network) << QStringList() << false << QString();
    QTest::newRow("leads") << int(MainWindow::Page::Leads) << QStringList() << false << QString();
    QTest::newRow("reports") << int(MainWindow::Page::Reports) << QStringList() << false << QString();
    QTest::newRow("commissions") << int(MainWindow::Page::Commissions) << QStringList() << false << QString();
}

void TestMainWindow::pagesBringTheirOwnCommands()
{
    QFETCH(int, page);
    QFETCH(QStringList, commands);
    QFETCH(bool, exports);
    QFETCH(QString, count);
    auto w = openWindow();
    QVERIFY(w);
    w->showPage(MainWindow::Page(page));
    QCOMPARE(int(w->currentPage()), page);
    QStringList shown;
    for (QAction *action : w->toolBar()->actions()) {
        if (action->isSeparator())
            break; // the page's part ends at the first separator
        shown << action->text().remove(QLatin1Char('&'));
    }
    QCOMPARE(shown, commands);
    const auto all = w->toolBar()->actions();
    const auto exportAction = std::find_if(all.begin(), all.end(),
        [](QAction *a) { return a->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Export")); });
    QVERIFY(exportAction != all.end());
    QCOMPARE((*exportAction)->isEnabled(), exports);
    auto *label = w->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY(label);
    // For people reviewing the layout: CHANNELDESK_SCREENSHOTS=<folder> keeps a picture per page.
    if (const QString dir = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        QCoreApplication::processEvents(); // the tool bar lays out its new commands
        w->grab().save(QDir(dir).filePath(
            QStringLiteral("window-%1.png").arg(QString::fromUtf8(QTest::currentDataTag()))));
    }
    if (count.isEmpty())
        QVERIFY2(label->text().isEmpty(), qPrintable(label->text()));
    else
        QVERIFY2(label->text().contains(count), qPrintable(label->text()));
}

// The start page counts what needs attention, and each card opens its list filtered to it.
void TestMainWindow::startsOnToday()
{
    test::Registry registry;
    QVERIFY(registry.addPartners(20));
    // Two leads waiting for a partner, one of them flagged.
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    for (const char *flag : {"", "no-candidate"}) {
        QVERIFY(sql::run(registry.db.sql(),
            QStringLiteral("INSERT INTO leads (company, status, flag_reason, created_at, updated_at) "
                           "VALUES ('Lead', 'new', ?, ?, ?)"),
            {QString::fromLatin1(flag), now, now})
                    .ok());
    }
    MainWindow w;
    QVERIFY(w.openDatabase(registry.path()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.currentPage(), MainWindow::Page::Today);
    TodayPage *today = w.todayPage();
    // Counted on the page's worker.
    QTRY_VERIFY(!today->isCounting());
    QCOMPARE(today->cardCount(QStringLiteral("waiting-leads")), 2);
    QCOMPARE(today->cardCount(QStringLiteral("flagged-leads")), 1);
    QCOMPARE(today->cardCount(QStringLiteral("expiring-agreements")), 0);
    QCOMPARE(today->cardCount(QStringLiteral("overdue-tasks")), 0);
    // No sales yet: nothing to settle, approve or pay.
    QCOMPARE(today->cardCount(QStringLiteral("periods-to-settle")), 0);
    QCOMPARE(today->cardCount(QStringLiteral("statements-to-approve")), 0);
    QCOMPARE(today->cardCount(QStringLiteral("statements-to-pay")), 0);
    // "Show" on the flagged card: the leads page, only the flagged one.
    auto *card = today->findChild<QWidget *>(QStringLiteral("card-flagged-leads"));
    QVERIFY(card);
    QTest::mouseClick(card->findChild<QPushButton *>(QStringLiteral("open")), Qt::LeftButton);
    QCOMPARE(w.currentPage(), MainWindow::Page::Leads);
    QTRY_COMPARE(w.leadsView()->model()->rowCount(), 1);
    if (const QString dir = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS"); !dir.isEmpty()) {
        w.showPage(MainWindow::Page::Today);
        QCoreApplication::processEvents();
        w.grab().save(QDir(dir).filePath(QStringLiteral("window-today.png")));
    }
}

// The commission cards count the statements waiting for a step; "Show" opens the Commissions page
// on the oldest period that needs it.
void TestMainWindow::commissionCardsOpenTheirPeriod_data()
{
    QTest::addColumn<QString>("card");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("period");
    QTest::newRow("to approve") << QStringLiteral("statements-to-approve") << qint64(2)
                                << QStringLiteral("2026-09");
    QTest::newRow("to pay") << QStringLiteral("statements-to-pay") << qint64(1) << QStringLiteral("2026-08");
}

void TestMainWindow::commissionCardsOpenTheirPeriod()
{
    QFETCH(QString, card);
    QFETCH(qint64, count);
    QFETCH(QString, period);
    test::TempDatabase t;
    test::CommissionScript s(t.db);
    QVERIFY(s.run(QStringLiteral("partner A rate=10\npartner B rate=5\ncustomer C1 partner=A\n"
                                 "customer C2 partner=B\n"
                                 "sale INV-1 invoice 2026-08-03 C1 1000.00 EUR\n"
                                 "sale INV-2 invoice 2026-09-20 C2 500.00 EUR\n"
                                 "sale INV-3 invoice 2026-10-03 C1 200.00 EUR")));
    Settlement settlement(t.db);
    for (const char *p : {"2026-08", "2026-09", "2026-10"})
        QVERIFY(settlement.settle(CommissionPeriod::parse(QLatin1String(p)).value()));
    QVERIFY(settlement.approve(CommissionPeriod::parse(QStringLiteral("2026-08")).value()));
    MainWindow w;
    QVERIFY(w.openDatabase(t.path()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.currentPage(), MainWindow::Page::Today);
    QTRY_COMPARE(w.todayPage()->cardCount(card), count);
    auto *shown = w.todayPage()->findChild<QWidget *>(QStringLiteral("card-") + card);
    QVERIFY(shown);
    QTest::mouseClick(shown->findChild<QPushButton *>(QStringLiteral("open")), Qt::LeftButton);
    QCOMPARE(w.currentPage(), MainWindow::Page::Commissions);
    QCOMPARE(w.commissionsView()->period(), period);
}

void TestMainWindow::searchIsDebounced()
{
    auto w = openWindow();
    QVERIFY(w);
    const int all = w->partnerModel()->rowCount();
    QTest::keyClicks(w->searchEdit(), QStringLiteral("acme"));
    // Nothing is queried while the user types.
    QCOMPARE(w->partnerModel()->rowCount(), all);
    QVERIFY(w->partnerModel()->filter().search.isEmpty());
    const qint64 expected = sqlCount(QStringLiteral("archived_at IS NULL AND name LIKE 'acme %'"));
    QVERIFY(expected > 0 && expected < all);
    QTRY_COMPARE(w->partnerModel()->rowCount(), int(expected));
    QCOMPARE(w->partnerModel()->filter().search, QStringLiteral("acme"));
    auto *label = w->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY2(label->text().contains(QString::number(expected)), qPrintable(label->text()));

    w->searchEdit()->clear();
    QTRY_COMPARE(w->partnerModel()->rowCount(), all);
}

void TestMainWindow::filterByKind()
{
    auto w = openWindow();
    QVERIFY(w);
    QComboBox *kind = w->partnerListView()->filterCombo(PartnerListView::Filter::Kind);
    QVERIFY(kind);
    kind->setCurrentIndex(kind->findData(int(PartnerKind::Distributor)));
    QCOMPARE(w->partnerModel()->filter().kind, PartnerKind::Distributor);
    QCOMPARE(w->partnerModel()->rowCount(),
        int(sqlCount(QStringLiteral("archived_at IS NULL AND kind = 'distributor'"))));

    QComboBox *country = w->partnerListView()->filterCombo(PartnerListView::Filter::Country);
    country->setCurrentIndex(country->findData(QStringLiteral("FR")));
    QCOMPARE(w->partnerModel()->rowCount(),
        int(sqlCount(QStringLiteral("archived_at IS NULL AND kind = 'distributor' AND country = 'FR'"))));

    QComboBox *archived = w->partnerListView()->filterCombo(PartnerListView::Filter::Archived);
    archived->setCurrentIndex(archived->findData(int(PartnerFilter::Archived::Only)));
    QCOMPARE(w->partnerModel()->rowCount(),
        int(sqlCount(QStringLiteral("archived_at IS NOT NULL AND kind = 'distributor' AND country = 'FR'"))));

    w->partnerListView()->clearFilters();
    QCOMPARE(w->partnerModel()->filter(), PartnerFilter());
    QCOMPARE(kind->currentIndex(), 0);
}

void TestMainWindow::sortByClickingHeader()
{
    auto w = openWindow();
    QVERIFY(w);
    QHeaderView *header = w->partnerView()->horizontalHeader();
    QCOMPARE(w->partnerModel()->sortOrder().column, PartnerColumn::Name); // the default
    const int city = column(PartnerColumn::City);
    QVERIFY(!header->isSectionHidden(city));
    const QPoint inCity(
        header->sectionViewportPosition(city) + header->sectionSize(city) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, inCity);
    QCOMPARE(w->partnerModel()->sortOrder().column, PartnerColumn::City);
    QCOMPARE(w->partnerModel()->sortOrder().order, Qt::AscendingOrder);
    // What the view shows, once the page has come from the worker.
    const auto first = [&] {
        return test::waitForRows(w->partnerModel()) ? w->partnerModel()->index(0, city).data().toString()
                                                    : QStringLiteral("(not read)");
    };
    QVERIFY(first().isEmpty()); // partners without a city sort first
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, inCity);
    QCOMPARE(w->partnerModel()->sortOrder().order, Qt::DescendingOrder);
    QCOMPARE(first(), QStringLiteral("Zürich"));
}

void TestMainWindow::columnLayoutIsRemembered()
{
    const int city = column(PartnerColumn::City);
    const int legal = column(PartnerColumn::LegalName);
    const int country = column(PartnerColumn::Country);
    {
        auto w = openWindow();
        QVERIFY(w);
        QHeaderView *header = w->partnerView()->horizontalHeader();
        QVERIFY(header->sectionsMovable());
        QVERIFY(header->isSectionHidden(legal)); // hidden by default
        header->setSectionHidden(city, true);
        header->setSectionHidden(legal, false);
        header->moveSection(header->visualIndex(country), 0);
        header->resizeSection(legal, 333);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(legal) + 20, header->height() / 2));
        QCOMPARE(w->partnerModel()->sortOrder().column, PartnerColumn::LegalName);
        w->close();
    }
    {
        auto w = openWindow();
        QVERIFY(w);
        QHeaderView *header = w->partnerView()->horizontalHeader();
        QVERIFY(header->isSectionHidden(city));
        QVERIFY(!header->isSectionHidden(legal));
        QCOMPARE(header->visualIndex(country), 0);
        QCOMPARE(header->sectionSize(legal), 333);
        // The remembered sort is applied to the model, not only drawn in the header.
        QCOMPARE(header->sortIndicatorSection(), legal);
        QCOMPARE(w->partnerModel()->sortOrder().column, PartnerColumn::LegalName);

        w->partnerView()->resetLayout();
        QVERIFY(!header->isSectionHidden(city));
        QVERIFY(header->isSectionHidden(legal));
        QCOMPARE(header->visualIndex(country), country);
    }
    // A window destroyed without closing keeps the layout as well.
    {
        auto w = openWindow();
        QVERIFY(w);
        w->partnerView()->horizontalHeader()->setSectionHidden(city, true);
    }
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->partnerView()->horizontalHeader()->isSectionHidden(city));
}

void TestMainWindow::partnerPageInTab()
{
    auto w = openWindow();
    QVERIFY(w);
    QCOMPARE(w->tabWidget()->count(), 1);
    QVERIFY(!w->currentEditor());
    const qint64 id = w->partnerModel()->partnerId(3);
    const QModelIndex index = w->partnerModel()->index(3, column(PartnerColumn::Name));
    w->partnerView()->scrollTo(index);
    const QRect rect = w->partnerView()->visualRect(index);
    QTest::mouseClick(w->partnerView()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(w->partnerView()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(w->tabWidget()->count(), 2);
    auto *editor = qobject_cast<PartnerEditor *>(w->currentEditor());
    QVERIFY(editor);
    QCOMPARE(editor->partnerId(), id);
    QCOMPARE(w->undoGroup()->activeStack(), editor->undoStack());
    QCOMPARE(w->tabWidget()->tabText(1), editor->title());

    // Opening the same partner again brings its tab forward.
    w->showPage(MainWindow::Page::Partners);
    QCOMPARE(w->undoGroup()->activeStack(), nullptr);
    QCOMPARE(w->openPartner(id), editor);
    QCOMPARE(w->tabWidget()->count(), 2);

    // A new partner: id 0, then a list that shows it after saving.
    PartnerEditor *created = w->openPartner(0);
    QVERIFY(created);
    QCOMPARE(w->tabWidget()->count(), 3);
    QVERIFY(
        w->tabWidget()->tabBar()->tabButton(0, QTabBar::RightSide) == nullptr); // the list cannot be closed
    QVERIFY(w->close()); // nothing modified: no questions
}

void TestMainWindow::agreementPages()
{
    // Two agreements of one partner, made through the store.
    const qint64 partnerId = PartnerDirectory(m_registry->db).page({}, {}, 0, 1).value().first().id;
    const AgreementStore store(m_registry->db);
    QList<qint64> ids;
    for (int i = 0; i < 2; ++i) {
        Agreement a;
        a.partnerId = partnerId;
        a.typeId = store.types().value().first().id;
        auto created = store.create(a);
        QVERIFY(created);
        ids.append(created->id);
    }
    auto w = openWindow();
    QVERIFY(w);
    w->showPage(MainWindow::Page::Agreements);
    QCOMPARE(w->currentPage(), MainWindow::Page::Agreements);
    QVERIFY(
        w->findChild<QLabel *>(QStringLiteral("countLabel"))->text().contains(QString::number(ids.size())));
    AgreementKanbanModel *board = w->agreementsView()->kanbanModel();
    QTRY_VERIFY(!board->isCounting()); // counted on the board's worker
    QCOMPARE(board->stageCount(AgreementStage::Prepared), qint64(ids.size()));

    // Opening from the board: a tab of its own, brought forward when opened again.
    QListView *prepared = w->agreementsView()->board()->column(AgreementStage::Prepared);
    const QModelIndex card = board->findAgreement(ids.first(), AgreementStage::Prepared);
    QVERIFY(card.isValid());
    emit prepared->activated(card);
    auto *editor = qobject_cast<AgreementEditor *>(w->currentEditor());
    QVERIFY(editor);
    QCOMPARE(editor->agreementId(), ids.first());
    QCOMPARE(w->undoGroup()->activeStack(), editor->undoStack());
    const int tabs = w->tabWidget()->count();
    QCOMPARE(w->openAgreement(ids.first()), editor);
    QCOMPARE(w->tabWidget()->count(), tabs);

    // The partner's page lists them in its Agreements tab.
    PartnerEditor *partner = w->openPartner(partnerId);
    auto *list = partner->findChild<QTableView *>(QStringLiteral("partnerAgreements"));
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), ids.size());

    w->showPage(MainWindow::Page::Tasks);
    QCOMPARE(w->currentPage(), MainWindow::Page::Tasks);
    QVERIFY(w->close());
}

void TestMainWindow::archiveSelected()
{
    test::Registry registry;
    QVERIFY(registry.addPartners(30));
    MainWindow w;
    QVERIFY(w.openDatabase(registry.path()));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.showPage(MainWindow::Page::Partners);
    const int before = w.partnerModel()->rowCount();
    w.partnerView()->selectRow(0);
    const qint64 id = w.partnerModel()->partnerId(0);
    QAction *archive = nullptr;
    QAction *restore = nullptr;
    for (QAction *a : w.partnerView()->actions()) {
        if (a->text() == MainWindow::tr("&Archive…"))
            archive = a;
        else if (a->text() == MainWindow::tr("&Restore…"))
            restore = a;
    }
    QVERIFY(archive && restore);
    QVERIFY(archive->isEnabled());
    QVERIFY(!restore->isEnabled());

    answerNextMessageBox(QMessageBox::Cancel);
    archive->trigger();
    QCOMPARE(w.partnerModel()->rowCount(), before);

    answerNextMessageBox(QMessageBox::Yes);
    archive->trigger();
    QCOMPARE(w.partnerModel()->rowCount(), before - 1);
    QVERIFY(PartnerStore(registry.db).get(id)->isArchived());

    QComboBox *archived = w.partnerListView()->filterCombo(PartnerListView::Filter::Archived);
    archived->setCurrentIndex(archived->findData(int(PartnerFilter::Archived::Only)));
    int row = -1;
    for (int r = 0; r < w.partnerModel()->rowCount(); ++r) {
        if (w.partnerModel()->partnerId(r) == id)
            row = r;
    }
    QVERIFY(row >= 0);
    w.partnerView()->selectRow(row);
    QVERIFY(restore->isEnabled());
    QVERIFY(!archive->isEnabled());
    answerNextMessageBox(QMessageBox::Yes);
    restore->trigger();
    QVERIFY(!PartnerStore(registry.db).get(id)->isArchived());
}

void TestMainWindow::customersView()
{
    auto w = openWindow();
    QVERIFY(w);
    w->showPage(MainWindow::Page::Customers);
    QCOMPARE(w->currentPage(), MainWindow::Page::Customers);
    QVERIFY(w->customerView()->isVisible());
    const int all = w->customerModel()->rowCount();
    QVERIFY(all > 0);
    QComboBox *binding = w->customerListView()->filterCombo(CustomerListView::Filter::Binding);
    binding->setCurrentIndex(binding->findData(int(CustomerFilter::Binding::Direct)));
    const int direct = w->customerModel()->rowCount();
    QVERIFY(direct > 0 && direct < all);
    binding->setCurrentIndex(binding->findData(int(CustomerFilter::Binding::Partner)));
    QCOMPARE(w->customerModel()->rowCount(), all - direct);
    QTest::keyClicks(w->customerSearchEdit(), QStringLiteral("gamma"));
    QTRY_VERIFY(w->customerModel()->rowCount() < all - direct);
    auto *label = w->findChild<QLabel *>(QStringLiteral("countLabel"));
    QVERIFY2(
        label->text().contains(QString::number(w->customerModel()->rowCount())), qPrintable(label->text()));
}

// Edit ▸ Undo works on the network page's moves and links while that page is in front.
void TestMainWindow::undoFollowsThePageInFront()
{
    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(w->networkView()->undoStack());
    w->showPage(MainWindow::Page::Network);
    QCOMPARE(w->undoGroup()->activeStack(), w->networkView()->undoStack());
    w->showPage(MainWindow::Page::Partners);
    QCOMPARE(w->undoGroup()->activeStack(), nullptr);
}

void TestMainWindow::exportCurrentList_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << QStringLiteral("dealers.csv");
    QTest::newRow("xlsx") << QStringLiteral("dealers.xlsx");
}

void TestMainWindow::exportCurrentList()
{
    QFETCH(QString, name);
    auto w = openWindow();
    QVERIFY(w);
    QComboBox *kind = w->partnerListView()->filterCombo(PartnerListView::Filter::Kind);
    kind->setCurrentIndex(kind->findData(int(PartnerKind::Dealer)));
    w->partnerModel()->sort(column(PartnerColumn::Code), Qt::DescendingOrder);
    const int rows = w->partnerModel()->rowCount();
    QVERIFY(rows > 0);
    QTemporaryDir out;
    const QString path = out.filePath(name);
    const Status status = w->exportCurrentList(path);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QByteArray text;
    if (name.endsWith(QLatin1String(".xlsx"))) {
        // The worksheet of the workbook, one <row> per line for the checks below.
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"),
            {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
        QVERIFY(unzip.waitForFinished(30000));
        QCOMPARE(unzip.exitCode(), 0);
        text = unzip.readAllStandardOutput();
        text = text.mid(text.indexOf("<row ")).replace("<row ", "\n<row ").trimmed();
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        text = file.readAll().trimmed();
    }
    const QList<QByteArray> lines = text.split('\n');
    QCOMPARE(lines.size(), rows + 1); // a header, then the rows as shown
    QVERIFY(lines.at(1).contains(w->partnerModel()->index(0, 0).data().toString().toUtf8()));
    QVERIFY(lines.last().contains(w->partnerModel()->index(rows - 1, 0).data().toString().toUtf8()));
}

void TestMainWindow::backup()
{
    auto w = openWindow();
    QVERIFY(w);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("copy.sqlite"));
    const Status status = w->backupTo(path);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    DatabaseOptions o;
    o.path = path;
    o.create = false;
    auto copy = Database::open(o);
    QVERIFY(copy.ok());
    QCOMPARE(
        sql::scalar(copy->sql(), QStringLiteral("SELECT count(*) FROM partners"))->toInt(), kWindowPartners);
}

void TestMainWindow::importOpensWizard()
{
    auto w = openWindow();
    QVERIFY(w);
    QAction *import = nullptr;
    for (QAction *a : w->findChildren<QAction *>()) {
        if (a->text() == MainWindow::tr("&Import…"))
            import = a;
    }
    QVERIFY(import);
    QVERIFY(import->isEnabled());
    bool shown = false;
    QTimer::singleShot(0, w.get(), [&] {
        if (auto *wizard = qobject_cast<ImportDialog *>(QApplication::activeModalWidget())) {
            shown = true;
            wizard->reject();
        }
    });
    import->trigger();
    QVERIFY(shown);
}

void TestMainWindow::refusesForeignFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(sql::run(db, QStringLiteral("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")).ok());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));

    auto w = openWindow();
    QVERIFY(w);
    QVERIFY(!w->openDatabase(path));
    QVERIFY(w->lastOpenError().isError());
    // The window says why and keeps the database it had.
    auto *box = w->findChild<QMessageBox *>(QStringLiteral("openErrorBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->informativeText().contains(QStringLiteral("not a ChannelDesk database")));
    box->close();
    QCOMPARE(w->database().path(), m_registry->path());
    QVERIFY(w->partnerModel()->rowCount() > 0);
}

void TestMainWindow::refusesMissingFile()
{
    MainWindow w;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    Settings().addRecentFile(path);
    QVERIFY(!w.openDatabase(path));
    QCOMPARE(w.lastOpenError().code, Error::Code::NotFound);
    QVERIFY(!QFile::exists(path)); // never created by opening
    QVERIFY(!Settings().recentFiles().contains(path));
    QVERIFY(!w.database().isOpen());
    QCOMPARE(w.partnerModel()->rowCount(), 0);
    QVERIFY(w.openDatabase(path, true)); // File ▸ New Database
    QVERIFY(QFile::exists(path));
}

CHANNELDESK_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
