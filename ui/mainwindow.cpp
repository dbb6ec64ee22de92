#include "mainwindow.h"
#include "agreements/agreementdirectory.h"
#include "agreements/jobrunner.h"
#include "agreements/taskstore.h"
#include "leads/leadstore.h"

#include "agreements/agreementeditor.h"
#include "agreements/agreementsview.h"
#include "agreements/agreementtablemodel.h"
#include "agreements/newagreementdialog.h"
#include "agreements/tasklistview.h"
#include "agreements/tasktablemodel.h"
#include "customers/customereditor.h"
#include "customers/customerlistview.h"
#include "customers/customertablemodel.h"
#include "io/importdialog.h"
#include "leads/leadsview.h"
#include "network/networkview.h"
#include "partners/listsdialog.h"
#include "partners/partnereditor.h"
#include "partners/partnerlistview.h"
#include "partners/partnerstore.h"
#include "partners/partnertablemodel.h"
#include "reports/reportsview.h"
#include "settings.h"
#include "shared/directorytable.h"
#include "shared/jobprogressdialog.h"
#include "shared/listpage.h"
#include "shared/recordeditor.h"
#include "today/todaypage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QThread>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace cd {

namespace {

QString fileFilter()
{
    return MainWindow::tr("ChannelDesk databases (*.channeldesk *.sqlite *.db);;All files (*)");
}

// More than this many partners at once is a slip of Select All, not an intent.
constexpr qint64 kMaxArchiveAtOnce = 1000;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_nav(new QListWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_partners(new PartnerListView(this))
    , m_customers(new CustomerListView(this))
    , m_agreements(new AgreementsView(this))
    , m_tasks(new TaskListView(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_countLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
{
    setWindowTitle(tr("ChannelDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/channeldesk.svg")));

    // The list pages, in navigation order (the order of Page); a new domain adds its page here.
    m_network = new NetworkView(this);
    m_leads = new LeadsView(this);
    m_reports = new ReportsView(this);
    m_today = new TodayPage(this);
    m_pageList = {m_today, m_partners, m_customers, m_agreements, m_tasks, m_network, m_leads, m_reports};
    addTodayCards();

    // Navigation: one entry per page.
    m_nav->setObjectName(QStringLiteral("navigation"));
    for (ListPage *page : std::as_const(m_pageList)) {
        m_nav->addItem(page->title());
        m_pages->addWidget(page);
        connect(page, &ListPage::countChanged, this, &MainWindow::updateCountLabel);
        connect(page, &ListPage::selectionChanged, this, &MainWindow::updateActions);
        if (QUndoStack *stack = page->undoStack())
            m_undoGroup->addStack(stack);
    }
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    m_nav->setFocusPolicy(Qt::NoFocus);
    m_nav->setCurrentRow(0);
    QPalette navPalette = m_nav->palette();
    navPalette.setColor(QPalette::Base, navPalette.color(QPalette::Window));
    m_nav->setPalette(navPalette);
    {
        QFont font = m_nav->font();
        font.setPointSizeF(font.pointSizeF() * 1.1);
        m_nav->setFont(font);
    }
    for (int i = 0; i < m_nav->count(); ++i)
        m_nav->item(i)->setSizeHint(QSize(0, fontMetrics().height() * 2 + 4));

    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->addTab(m_pages, m_pageList.first()->title());
    // The directory tab is the home of the window: it cannot be closed.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The navigation sits inset on the window background, like a sidebar.
    auto *navPane = new QWidget(central);
    navPane->setFixedWidth(fontMetrics().averageCharWidth() * 24);
    auto *navLayout = new QVBoxLayout(navPane);
    navLayout->setContentsMargins(6, 6, 6, 6);
    navLayout->addWidget(m_nav);
    layout->addWidget(navPane);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    createMenus();
    createToolBar();

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        m_tabs->setTabText(0, m_nav->item(row)->text());
        m_tabs->setCurrentIndex(m_tabs->indexOf(m_pages));
        m_undoGroup->setActiveStack(currentListPage()->undoStack());
        activateCurrentPage();
        updateToolBar();
        updateCountLabel();
        updateActions();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);

    connect(m_partners, &PartnerListView::openPartnerRequested, this, &MainWindow::openPartner);
    connect(m_customers, &CustomerListView::openCustomerRequested, this, &MainWindow::openCustomer);
    connect(m_network, &NetworkView::openPartnerRequested, this, &MainWindow::openPartner);
    connect(m_agreements, &AgreementsView::openAgreementRequested, this, &MainWindow::openAgreement);
    connect(m_agreements, &AgreementsView::openPartnerRequested, this, &MainWindow::openPartner);
    connect(m_agreements, &AgreementsView::newAgreementRequested, this, [this] { newAgreement(); });
    connect(m_tasks, &TaskListView::openAgreementRequested, this, &MainWindow::openAgreement);
    connect(m_tasks, &TaskListView::tasksChanged, this, &MainWindow::refreshLists);

    Settings settings;
    if (!restoreGeometry(settings.windowGeometry()))
        resize(1280, 800);
    restoreState(settings.windowState());
    updateRecentMenu();
    updateCountLabel();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The job thread holds its own connection; let it finish its transaction before we go.
    if (m_jobThread)
        m_jobThread->wait();
}

void MainWindow::startDailyJobs()
{
    if (m_jobThread || !m_db.isOpen())
        return;
    auto result = std::make_shared<std::optional<Result<JobReport>>>();
    const Database db = m_db;
    m_jobThread = QThread::create([db, result] { result->emplace(JobRunner::runInOwnConnection(db)); });
    connect(m_jobThread, &QThread::finished, this, [this, result, path = db.path()] {
        m_jobThread->deleteLater();
        m_jobThread = nullptr;
        // Another database may have been opened meanwhile: its views are not this run's business.
        if (!result->has_value() || path != m_db.path())
            return;
        const Result<JobReport> &outcome = **result;
        if (!outcome) {
            statusBar()->showMessage(tr("Daily agreement jobs failed: %1").arg(outcome.error().message));
            return;
        }
        const JobReport &report = outcome.value();
        if (report.expiring + report.expired + report.renewed + report.tasksCreated == 0)
            return;
        // The start page counts expiring agreements and tasks too.
        for (ListPage *page : {static_cast<ListPage *>(m_agreements), static_cast<ListPage *>(m_tasks),
                 static_cast<ListPage *>(m_today)}) {
            if (!m_waitingForDatabase.contains(page))
                page->refresh();
        }
        updateCountLabel();
        //: Status bar after the daily jobs ran on opening a database
        statusBar()->showMessage(tr("Agreements updated for today: %1 now expiring, %2 expired, %3 "
                                    "renewed, %4 new tasks.")
                                     .arg(report.expiring)
                                     .arg(report.expired)
                                     .arg(report.renewed)
                                     .arg(report.tasksCreated),
            15000);
    });
    m_jobThread->start(QThread::LowPriority);
}

void MainWindow::createActions()
{
    QStyle *s = style();

    m_newDatabaseAction = new QAction(tr("&New Database…"), this);
    m_newDatabaseAction->setStatusTip(tr("Create an empty ChannelDesk database"));
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);

    m_openAction = new QAction(s->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a ChannelDesk database"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);

    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setStatusTip(tr("Import partners, contacts or customers from a CSV file"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFile);

    m_exportAction = new QAction(tr("&Export List…"), this);
    m_exportAction->setStatusTip(
        tr("Write the list as it is shown (search, filters, order) to a CSV file or an Excel workbook"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportList);

    m_backupAction = new QAction(tr("&Backup…"), this);
    m_backupAction->setStatusTip(tr("Copy the whole database to a file while it stays in use"));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backup);

    m_listsAction = new QAction(tr("&Lists…"), this);
    m_listsAction->setStatusTip(tr("Levels, activations, areas and users that partners refer to"));
    connect(m_listsAction, &QAction::triggered, this, &MainWindow::editLists);

    m_saveAction = new QAction(s->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the partner or customer page in front"));
    connect(m_saveAction, &QAction::triggered, this, [this] {
        if (RecordEditor *editor = currentEditor())
            editor->save();
    });

    m_closeTabAction = new QAction(tr("&Close Tab"), this);
    m_closeTabAction->setShortcut(QKeySequence::Close);
    connect(m_closeTabAction, &QAction::triggered, this, [this] {
        if (m_tabs->currentWidget() != m_pages)
            closeTab(m_tabs->currentIndex());
    });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_findAction = new QAction(tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(m_tabs->indexOf(m_pages));
        QLineEdit *edit = currentListPage()->searchEdit();
        if (!edit)
            return;
        edit->setFocus(Qt::ShortcutFocusReason);
        edit->selectAll();
    });

    m_newPartnerAction = new QAction(s->standardIcon(QStyle::SP_FileIcon), tr("&New Partner"), this);
    m_newPartnerAction->setShortcut(QKeySequence::New);
    m_newPartnerAction->setStatusTip(tr("Register a new partner"));
    connect(m_newPartnerAction, &QAction::triggered, this, [this] { openPartner(0); });

    m_openPartnerAction = new QAction(tr("&Open Partner"), this);
    m_openPartnerAction->setStatusTip(
        tr("Open the page of the selected partner, or of the selected customer's partner"));
    connect(m_openPartnerAction, &QAction::triggered, this, [this] {
        const qint64 id = currentPage() == Page::Partners ? m_partners->currentPartnerId()
                                                          : m_customers->currentPartnerId();
        if (id != 0)
            openPartner(id);
    });

    m_newCustomerAction = new QAction(tr("New &Customer"), this);
    m_newCustomerAction->setStatusTip(tr("Register a new customer"));
    connect(m_newCustomerAction, &QAction::triggered, this, [this] { openCustomer(0); });

    m_openCustomerAction = new QAction(tr("Open C&ustomer"), this);
    m_openCustomerAction->setStatusTip(tr("Open the selected customer's page"));
    connect(m_openCustomerAction, &QAction::triggered, this, [this] {
        if (const qint64 id = m_customers->currentCustomerId())
            openCustomer(id);
    });

    m_archiveAction = new QAction(tr("&Archive…"), this);
    m_archiveAction->setStatusTip(tr("Hide the selected partners from the lists; their history stays"));
    connect(m_archiveAction, &QAction::triggered, this, [this] { archiveSelected(true); });

    m_restoreAction = new QAction(tr("&Restore…"), this);
    m_restoreAction->setStatusTip(tr("Bring the selected archived partners back"));
    connect(m_restoreAction, &QAction::triggered, this, [this] { archiveSelected(false); });

    m_refreshAction = new QAction(s->standardIcon(QStyle::SP_BrowserReload), tr("Re&fresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(tr("Read the lists again, with changes made by others"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshLists);

    m_partnersPageAction = new QAction(tr("&Partners"), this);
    m_partnersPageAction->setShortcut(Qt::CTRL | Qt::Key_1);
    connect(m_partnersPageAction, &QAction::triggered, this, [this] { showPage(Page::Partners); });
    m_customersPageAction = new QAction(tr("&Customers"), this);
    m_customersPageAction->setShortcut(Qt::CTRL | Qt::Key_2);
    connect(m_customersPageAction, &QAction::triggered, this, [this] { showPage(Page::Customers); });
    m_agreementsPageAction = new QAction(tr("&Agreements"), this);
    m_agreementsPageAction->setShortcut(Qt::CTRL | Qt::Key_3);
    connect(m_agreementsPageAction, &QAction::triggered, this, [this] { showPage(Page::Agreements); });
    m_tasksPageAction = new QAction(tr("&Tasks"), this);
    m_tasksPageAction->setShortcut(Qt::CTRL | Qt::Key_4);
    connect(m_tasksPageAction, &QAction::triggered, this, [this] { showPage(Page::Tasks); });
    m_newAgreementAction = new QAction(tr("New &Agreement…"), this);
    m_newAgreementAction->setStatusTip(tr("Prepare a new agreement with a partner"));
    connect(m_newAgreementAction, &QAction::triggered, this, [this] { newAgreement(); });

    m_clearFiltersAction = new QAction(tr("C&lear Filters"), this);
    connect(m_clearFiltersAction, &QAction::triggered, this, [this] { currentListPage()->clearFilters(); });

    m_resetColumnsAction = new QAction(tr("&Reset Columns"), this);
    connect(m_resetColumnsAction, &QAction::triggered, this, [this] {
        if (DirectoryTable *table = currentListPage()->directoryTable())
            table->resetLayout();
    });

    m_aboutAction = new QAction(tr("&About ChannelDesk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    m_journalModes = new QActionGroup(this);
    const JournalMode current = Settings().journalMode();
    const QList<QPair<JournalMode, QString>> modes = {
        {JournalMode::Auto, tr("&Automatic")},
        {JournalMode::Local, tr("&Local File (Write-Ahead Log)")},
        {JournalMode::Shared, tr("&Shared Folder (Rollback Journal)")},
    };
    for (const auto &[mode, text] : modes) {
        QAction *action = m_journalModes->addAction(text);
        action->setCheckable(true);
        action->setChecked(mode == current);
        action->setData(int(mode));
    }
    connect(m_journalModes, &QActionGroup::triggered, this,
        [](QAction *action) { Settings().setJournalMode(static_cast<JournalMode>(action->data().toInt())); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newDatabaseAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_closeTabAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addAction(m_backupAction);
    file->addSeparator();
    QMenu *modes = file->addMenu(tr("Database &Sharing"));
    modes->setToolTipsVisible(true);
    for (QAction *action : m_journalModes->actions()) {
        action->setToolTip(tr("Used the next time a database is opened"));
        modes->addAction(action);
    }
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_partnersPageAction);
    view->addAction(m_customersPageAction);
    view->addAction(m_agreementsPageAction);
    view->addAction(m_tasksPageAction);
    view->addSeparator();
    view->addAction(m_clearFiltersAction);
    view->addAction(m_resetColumnsAction);
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu *partner = menuBar()->addMenu(tr("&Partner"));
    partner->addAction(m_newPartnerAction);
    partner->addAction(m_newAgreementAction);
    partner->addAction(m_openPartnerAction);
    partner->addSeparator();
    partner->addAction(m_archiveAction);
    partner->addAction(m_restoreAction);

    QMenu *customer = menuBar()->addMenu(tr("&Customer"));
    customer->addAction(m_newCustomerAction);
    customer->addAction(m_openCustomerAction);

    // A menu of its own: more configuration (roles, entities, commission rates) will join the lists.
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(m_listsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    // The same commands on the lists' context menus.
    const auto separator = [](QWidget *owner) {
        auto *action = new QAction(owner);
        action->setSeparator(true);
        return action;
    };
    partnerView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    partnerView()->addActions(
        {m_openPartnerAction, separator(partnerView()), m_archiveAction, m_restoreAction});
    customerView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    customerView()->addActions({m_openCustomerAction, m_openPartnerAction});
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    // Text only: the style's stock icons cover few of these commands, and half-iconed bars look
    // unfinished. The pages have their own Save buttons.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Each page brings its own commands; Export and Refresh are the window's.
    m_partners->setToolBarActions({m_newPartnerAction, m_archiveAction, m_restoreAction});
    m_customers->setToolBarActions({m_newCustomerAction});
    m_agreements->setToolBarActions({m_newAgreementAction});
    m_pageActionsEnd = m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportAction);
    m_toolBar->addAction(m_refreshAction);
    updateToolBar();
}

void MainWindow::activateCurrentPage()
{
    ListPage *page = currentListPage();
    if (m_waitingForDatabase.removeOne(page))
        page->setDatabase(m_db);
}

void MainWindow::updateToolBar()
{
    const QList<QAction *> wanted = currentListPage()->toolBarActions();
    m_pageActionsEnd->setVisible(!wanted.isEmpty());
    if (wanted == m_pageToolBarActions)
        return;
    for (QAction *action : std::as_const(m_pageToolBarActions))
        m_toolBar->removeAction(action);
    m_toolBar->insertActions(m_pageActionsEnd, wanted);
    m_pageToolBarActions = wanted;
}

DirectoryTable *MainWindow::partnerView() const
{
    return m_partners->table();
}

DirectoryTable *MainWindow::customerView() const
{
    return m_customers->table();
}

PartnerTableModel *MainWindow::partnerModel() const
{
    return m_partners->model();
}

CustomerTableModel *MainWindow::customerModel() const
{
    return m_customers->model();
}

QLineEdit *MainWindow::searchEdit() const
{
    return m_partners->searchEdit();
}

QLineEdit *MainWindow::customerSearchEdit() const
{
    return m_customers->searchEdit();
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(int(page));
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_pages));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(std::max<qsizetype>(0, m_pageList.indexOf(currentListPage())));
}

ListPage *MainWindow::currentListPage() const
{
    auto *page = qobject_cast<ListPage *>(m_pages->currentWidget());
    return page ? page : m_pageList.first();
}

RecordEditor *MainWindow::currentEditor() const
{
    return qobject_cast<RecordEditor *>(m_tabs->currentWidget());
}

bool MainWindow::openDatabase(const QString &path, bool create)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_db.isOpen() && QFileInfo(m_db.path()) == QFileInfo(absolute))
        return true;
    DatabaseOptions options;
    options.path = absolute;
    options.mode = Settings().journalMode();
    // The application's own default file may be created on a first start; any other missing file
    // is a mistake (a moved file, a typing slip) and must not silently become an empty database.
    options.create = create || absolute == QFileInfo(Database::defaultPath()).absoluteFilePath();
    auto opened = Database::open(options);
    if (!opened) {
        m_openError = opened.error();
        if (opened.error().code == Error::Code::NotFound)
            Settings().removeRecentFile(absolute);
        updateRecentMenu();
        showOpenError(absolute, opened.error());
        return false;
    }
    if (!closeEditors()) {
        m_openError
            = Error::make(Error::Code::Cancelled, tr("A partner page with unsaved changes was kept open."));
        return false;
    }
    m_openError = {};
    m_db = opened.value();
    // Only the page in front reads now; each other page reads when it is first shown. Counting five
    // million customers, laying out their rows and running the reports would otherwise all happen
    // at start, on pages the user may never open (and take a few hundred megabytes).
    m_waitingForDatabase = m_pageList;
    activateCurrentPage();

    Settings settings;
    settings.addRecentFile(absolute);
    settings.setLastDatabase(absolute);
    updateRecentMenu();

    setWindowFilePath(absolute);
    //: Window title: database file name, then the application
    setWindowTitle(tr("%1 — ChannelDesk").arg(QFileInfo(absolute).fileName()));
    m_databaseLabel->setText(
        m_db.isSharedMode() ? tr("Shared database (rollback journal)") : tr("Local database"));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(absolute));
    updateCountLabel();
    updateActions();
    if (m_runsDailyJobsOnOpen)
        startDailyJobs();
    return true;
}

void MainWindow::showOpenError(const QString &path, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Cannot Open Database"),
        tr("ChannelDesk cannot open “%1”.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
    box->setInformativeText(error.message);
    box->setDetailedText(QDir::toNativeSeparators(path));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("openErrorBox"));
    // Window-modal and not blocking: the caller learns the outcome at once (tests, startup).
    box->open();
}

void MainWindow::newDatabase()
{
    const QString dir = m_db.isOpen() ? QFileInfo(m_db.path()).absolutePath() : QDir::homePath();
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QDir(dir).filePath(tr("channeldesk.sqlite")), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // The save dialog already asked to replace it; a database is never replaced in place.
        QMessageBox::warning(this, tr("New Database"),
            tr("“%1” already exists. Choose another name, or open it with File ▸ Open.")
                .arg(QFileInfo(path).fileName()));
        return;
    }
    openDatabase(path, true);
}

void MainWindow::openDatabaseDialog()
{
    const QString dir = m_db.isOpen() ? QFileInfo(m_db.path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), dir, fileFilter());
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = Settings().recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &file = files.at(i);
        //: Recent file menu entry: number (keyboard accelerator), file name
        QAction *action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(file).fileName()));
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openDatabase(file); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"), this, [this] {
        Settings().clearRecentFiles();
        updateRecentMenu();
    });
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::updateCountLabel()
{
    m_countLabel->setText(m_db.isOpen() ? currentListPage()->countText() : tr("No database open"));
}

void MainWindow::updateActions()
{
    const bool open = m_db.isOpen();
    const bool onList = m_tabs->currentWidget() == m_pages;
    const bool onPartners = onList && currentPage() == Page::Partners;
    m_importAction->setEnabled(open);
    m_exportAction->setEnabled(open && onList && !currentListPage()->exportTitle().isEmpty());
    m_newAgreementAction->setEnabled(open);
    m_backupAction->setEnabled(open);
    m_listsAction->setEnabled(open);
    m_saveAction->setEnabled(currentEditor() && currentEditor()->isModified());
    m_closeTabAction->setEnabled(!onList);
    m_newPartnerAction->setEnabled(open);
    m_newCustomerAction->setEnabled(open);
    m_refreshAction->setEnabled(open);
    m_findAction->setEnabled(open);

    qint64 partnerId = 0;
    bool currentArchived = false;
    qint64 selected = 0;
    if (onPartners) {
        const QModelIndex current = partnerView()->currentIndex();
        partnerId = m_partners->currentPartnerId();
        const auto row = current.isValid() ? m_partners->model()->partnerRow(current.row()) : std::nullopt;
        currentArchived = row && row->archived;
        selected = partnerView()->selectedRowCount();
    } else if (onList && currentPage() == Page::Customers) {
        partnerId = m_customers->currentPartnerId();
    }
    const bool onCustomers = onList && currentPage() == Page::Customers;
    m_openPartnerAction->setEnabled(open && onList && partnerId != 0);
    m_openCustomerAction->setEnabled(open && onCustomers && m_customers->currentCustomerId() != 0);
    // The cursor row decides: Archive for a current partner, Restore for an archived one.
    m_archiveAction->setEnabled(open && onPartners && selected > 0 && !currentArchived);
    m_restoreAction->setEnabled(open && onPartners && selected > 0 && currentArchived);
}

template<typename Editor>
Editor *MainWindow::findEditor(qint64 id) const
{
    for (int i = 0; id != 0 && i < m_tabs->count(); ++i) {
        auto *editor = qobject_cast<Editor *>(m_tabs->widget(i));
        if (editor && editor->recordId() == id)
            return editor;
    }
    return nullptr;
}

void MainWindow::addEditorTab(RecordEditor *editor)
{
    m_undoGroup->addStack(editor->undoStack());
    const QString title = editor->title();
    const int index = m_tabs->addTab(editor, title);
    m_tabs->setTabToolTip(index, title);
    connect(editor, &RecordEditor::titleChanged, this, [this, editor](const QString &text) {
        const int i = m_tabs->indexOf(editor);
        if (i >= 0) {
            m_tabs->setTabText(i, text);
            m_tabs->setTabToolTip(i, text);
        }
        updateActions(); // the title marks unsaved changes
    });
    // Lists show names of several kinds (a customer's partner), so any save refreshes them all.
    connect(editor, &RecordEditor::saved, this, &MainWindow::refreshLists);
    connect(editor->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateActions);
    m_tabs->setCurrentIndex(index);
    editor->setFocus();
}

PartnerEditor *MainWindow::openPartner(qint64 partnerId)
{
    if (!m_db.isOpen())
        return nullptr;
    if (auto *open = findEditor<PartnerEditor>(partnerId)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    auto *editor = new PartnerEditor(m_db, partnerId, m_tabs);
    connect(editor, &PartnerEditor::openCustomerRequested, this, &MainWindow::openCustomer);
    connect(editor, &PartnerEditor::openPartnerRequested, this, &MainWindow::openPartner);
    connect(editor, &PartnerEditor::openAgreementRequested, this, &MainWindow::openAgreement);
    connect(editor, &PartnerEditor::newAgreementRequested, this, &MainWindow::newAgreement);
    addEditorTab(editor);
    return editor;
}

AgreementEditor *MainWindow::openAgreement(qint64 agreementId)
{
    if (!m_db.isOpen() || agreementId == 0)
        return nullptr;
    if (auto *open = findEditor<AgreementEditor>(agreementId)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    auto *editor = new AgreementEditor(m_db, agreementId, m_tabs);
    connect(editor, &AgreementEditor::openPartnerRequested, this, &MainWindow::openPartner);
    addEditorTab(editor);
    return editor;
}

void MainWindow::newAgreement(qint64 partnerId)
{
    if (!m_db.isOpen())
        return;
    NewAgreementDialog dialog(m_db, partnerId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refreshLists();
    openAgreement(dialog.created().id);
}

CustomerEditor *MainWindow::openCustomer(qint64 customerId)
{
    if (!m_db.isOpen())
        return nullptr;
    if (auto *open = findEditor<CustomerEditor>(customerId)) {
        m_tabs->setCurrentWidget(open);
        return open;
    }
    auto *editor = new CustomerEditor(m_db, customerId, m_tabs);
    connect(editor, &CustomerEditor::openPartnerRequested, this, &MainWindow::openPartner);
    addEditorTab(editor);
    return editor;
}

void MainWindow::currentTabChanged(int)
{
    RecordEditor *editor = currentEditor();
    // A record page's own history, or on the home tab that of the page in front.
    m_undoGroup->setActiveStack(editor ? editor->undoStack() : currentListPage()->undoStack());
    updateActions();
}

bool MainWindow::closeTab(int index)
{
    auto *editor = qobject_cast<RecordEditor *>(m_tabs->widget(index));
    if (!editor)
        return false;
    if (!editor->maybeSave())
        return false;
    m_undoGroup->removeStack(editor->undoStack());
    m_tabs->removeTab(index);
    editor->deleteLater();
    return true;
}

bool MainWindow::closeEditors()
{
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (m_tabs->widget(i) != m_pages) {
            m_tabs->setCurrentIndex(i);
            if (!closeTab(i))
                return false;
        }
    }
    return true;
}

void MainWindow::refreshLists()
{
    for (ListPage *page : std::as_const(m_pageList)) {
        if (!m_waitingForDatabase.contains(page))
            page->refresh();
    }
    updateActions();
}

// The start page's cards; each opens its page filtered to what it counts. Later domains add theirs
// here (statements to approve, sanctions hits to review, ...).
void MainWindow::addTodayCards()
{
    const auto myOpenTasks = [](const Database &db, bool overdue) -> Result<qint64> {
        auto me = TaskStore(db).currentUserId();
        if (!me)
            return me.error();
        TaskFilter f;
        f.assigneeId = me.value();
        f.overdueOnly = overdue;
        return TaskStore(db).count(f);
    };
    const auto showMyTasks = [this](bool overdue) {
        showPage(Page::Tasks);
        m_tasks->setScope(TaskListView::Scope::Mine);
        m_tasks->setShow(TaskListView::Show::Open);
        m_tasks->setOverdueOnly(overdue);
    };
    m_today->addCard({QStringLiteral("overdue-tasks"), tr("My overdue tasks"),
        tr("Open tasks of yours that are past their due date."),
        [=](const Database &db) { return myOpenTasks(db, true); }, [=] { showMyTasks(true); }});
    m_today->addCard(
        {QStringLiteral("open-tasks"), tr("My open tasks"), tr("Everything still to do on your list."),
            [=](const Database &db) { return myOpenTasks(db, false); }, [=] { showMyTasks(false); }});
    m_today->addCard({QStringLiteral("expiring-agreements"), tr("Agreements expiring"),
        tr("Agreements in the Expiring stage: their end is near and no renewal is signed."),
        [](const Database &db) {
            AgreementFilter f;
            f.stage = AgreementStage::Expiring;
            return AgreementDirectory(db).count(f);
        },
        [this] {
            showPage(Page::Agreements);
            m_agreements->clearFilters();
            m_agreements->setMode(AgreementsView::Mode::Board);
        }});
    m_today->addCard({QStringLiteral("waiting-leads"), tr("Leads waiting for a partner"),
        tr("New leads that no partner has yet."),
        [](const Database &db) {
            LeadFilter f;
            f.status = LeadStatus::New;
            return LeadStore(db).count(f);
        },
        [this] {
            showPage(Page::Leads);
            m_leads->showStatus(LeadStatus::New);
        }});
    m_today->addCard({QStringLiteral("flagged-leads"), tr("Flagged leads"),
        tr("Leads routing could not place (no partner nearby, every candidate declined)."),
        [](const Database &db) {
            LeadFilter f;
            f.flaggedOnly = true;
            return LeadStore(db).count(f);
        },
        [this] {
            showPage(Page::Leads);
            m_leads->showStatus(std::nullopt, true);
        }});
}

void MainWindow::archiveSelected(bool archive)
{
    if (!m_db.isOpen() || currentPage() != Page::Partners)
        return;
    const qint64 selected = partnerView()->selectedRowCount();
    if (selected > kMaxArchiveAtOnce) {
        QMessageBox::information(this, archive ? tr("Archive Partners") : tr("Restore Partners"),
            tr("%Ln partner(s) are selected. Select at most %1 at a time.", nullptr, int(selected))
                .arg(kMaxArchiveAtOnce));
        return;
    }
    // Only the rows in the state the command changes; the others are left as they are.
    QList<PartnerRow> rows;
    for (int row : partnerView()->selectedRows()) {
        if (auto r = partnerModel()->partnerRow(row); r && r->archived != archive)
            rows.append(*r);
    }
    if (rows.isEmpty())
        return;
    QString question;
    if (rows.size() == 1) {
        question = archive ? tr("Archive “%1”? The partner leaves the lists; its history and customers stay.")
                                 .arg(rows.first().name)
                           : tr("Restore “%1” to the partner lists?").arg(rows.first().name);
    } else {
        question = archive
            ? tr("Archive %Ln partner(s)? They leave the lists; their history and customers stay.", nullptr,
                int(rows.size()))
            : tr("Restore %Ln partner(s) to the partner lists?", nullptr, int(rows.size()));
    }
    const QString title = archive ? tr("Archive Partners") : tr("Restore Partners");
    if (QMessageBox::question(
            this, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;

    QList<qint64> ids;
    for (const PartnerRow &row : std::as_const(rows))
        ids << row.id;
    // One transaction in core: all of them, or none with the reason.
    const auto changed = PartnerStore(m_db).setArchivedMany(ids, archive);
    refreshLists();
    if (!changed) {
        QMessageBox box(QMessageBox::Warning, title,
            archive ? tr("No partner was archived.") : tr("No partner was restored."), QMessageBox::Ok, this);
        box.setInformativeText(changed.error().message);
        box.exec();
        return;
    }
    statusBar()->showMessage(archive ? tr("%Ln partner(s) archived.", nullptr, int(changed.value()))
                                     : tr("%Ln partner(s) restored.", nullptr, int(changed.value())),
        5000);
}

void MainWindow::importFile()
{
    if (!m_db.isOpen())
        return;
    ImportDialog dialog(m_db, this);
    connect(&dialog, &ImportDialog::imported, this, &MainWindow::refreshLists);
    dialog.exec();
}

void MainWindow::editLists()
{
    if (!m_db.isOpen())
        return;
    ListsDialog dialog(m_db, this);
    dialog.exec();
    // The filter lists, the rows and the open record pages show names from these lists.
    if (dialog.hasWritten()) {
        refreshLists();
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (auto *editor = qobject_cast<RecordEditor *>(m_tabs->widget(i)))
                editor->listsChanged();
        }
    }
}

void MainWindow::exportList()
{
    ListPage *page = currentListPage();
    if (!m_db.isOpen() || page->exportTitle().isEmpty())
        return;
    const QString path = ListPage::askExportPath(this, page->exportTitle(),
        QDir(QFileInfo(m_db.path()).absolutePath()).filePath(page->exportFileName()));
    if (path.isEmpty())
        return;
    const Status status = exportCurrentList(path);
    if (!status && status.error().code != Error::Code::Cancelled)
        QMessageBox::critical(this, tr("Export Failed"), status.error().toString());
}

Status MainWindow::exportCurrentList(const QString &path)
{
    if (!m_db.isOpen())
        return Error::make(Error::Code::Usage, tr("No database is open."));
    QString message;
    const Status status = currentListPage()->exportTo(path, &message);
    if (!status) {
        if (status.error().code == Error::Code::Cancelled)
            statusBar()->showMessage(tr("Export cancelled; no file was written."), 5000);
        return status;
    }
    statusBar()->showMessage(message, 8000);
    return status;
}

void MainWindow::backup()
{
    if (!m_db.isOpen())
        return;
    const QFileInfo info(m_db.path());
    //: Suggested backup file name: database name, then the date
    const QString suggested
        = tr("%1-backup-%2.sqlite").arg(info.completeBaseName(), QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Back Up Database"), info.dir().filePath(suggested), fileFilter());
    if (path.isEmpty())
        return;
    if (const Status status = backupTo(path); !status)
        QMessageBox::critical(this, tr("Backup Failed"), status.error().toString());
}

Status MainWindow::backupTo(const QString &path)
{
    if (!m_db.isOpen())
        return Error::make(Error::Code::Usage, tr("No database is open."));
    // Database::backupTo() has no way to stop early, so the dialog offers no Cancel.
    const Status status = JobProgressDialog::run(
        this, tr("Backing up the database…"), m_db,
        [path](const Database &db, const JobProgressDialog::Control &control) {
            return db.backupTo(path, [&](int done, int total) { control.progress(done, total); });
        },
        false);
    if (status)
        statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(path)), 8000);
    return status;
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About ChannelDesk"),
        tr("<h3>ChannelDesk %1</h3><p>Partner and customer registry for the channel back office.</p>"
           "<p>Database schema %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::number(Database::latestSchemaVersion())));
}

void MainWindow::saveLayout()
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    for (ListPage *page : std::as_const(m_pageList)) {
        if (DirectoryTable *table = page->directoryTable())
            table->saveLayout();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!closeEditors()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

} // namespace cd
