#include "mainwindow.h"
#include "mainwindow_p.h"
#include <optional>

namespace cd {

using namespace mainwindow;

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
    m_commissions = new CommissionsView(this);
    m_pageList = {m_today, m_partners, m_customers, m_agreements, m_tasks, m_network, m_leads, m_reports,
        m_commissions};
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
    // Commissions: the Commissions page on the oldest period that needs the step.
    const auto showPeriod = [this](const Result<QString> &period) {
        showPage(Page::Commissions);
        if (period && !period->isEmpty())
            m_commissions->setPeriod(period.value());
    };
    m_today->addCard({QStringLiteral("periods-to-settle"), tr("Commission periods to settle"),
        tr("Periods that have ended and are not settled yet."),
        [](const Database &db) -> Result<qint64> {
            auto periods = Settlement(db).periodsToSettle(Clock::today());
            if (!periods)
                return periods.error();
            return qint64(periods->size());
        },
        [this, showPeriod] {
            auto periods = Settlement(m_db).periodsToSettle(Clock::today());
            showPeriod(periods && !periods->isEmpty() ? Result<QString>(periods->first().key)
                                                      : Result<QString>(QString()));
        }});
    m_today->addCard({QStringLiteral("statements-to-approve"), tr("Commission statements to approve"),
        tr("Draft statements of settled periods: check them, then approve."),
        [](const Database &db) { return Settlement(db).statementCount(StatementStatus::Draft); },
        [this, showPeriod] { showPeriod(Settlement(m_db).oldestPeriodWith(StatementStatus::Draft)); }});
    m_today->addCard({QStringLiteral("statements-to-pay"), tr("Commission statements to pay"),
        tr("Approved statements that no payout has paid yet."),
        [](const Database &db) { return Settlement(db).statementCount(StatementStatus::Approved); },
        [this, showPeriod] { showPeriod(Settlement(m_db).oldestPeriodWith(StatementStatus::Approved)); }});
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
