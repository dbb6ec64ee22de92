// MainWindow's commands: the actions, the menus they sit in and the tool bar.

#include "mainwindow.h"
#include "mainwindow_p.h"

namespace cd {

using namespace mainwindow;

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

} // namespace cd
