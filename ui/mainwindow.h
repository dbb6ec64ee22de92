#pragma once

// MainWindow: the document window of one open ChannelDesk database: the navigation over the list
// pages (each a ListPage), record pages (each a RecordEditor) in tabs, and the file, edit and
// partner commands. The window knows pages and editors through those two classes; a new domain
// adds its page to the list in the constructor.

#include "db/database.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QTabWidget;
class QThread;
class QUndoGroup;

namespace cd {

class AgreementEditor;
class AgreementsView;
class CustomerEditor;
class CustomerListView;
class CustomerTableModel;
class DirectoryTable;
class LeadsView;
class ListPage;
class NetworkView;
class ReportsView;
class CommissionsView;
class PartnerEditor;
class PartnerListView;
class PartnerTableModel;
class RecordEditor;
class TaskListView;
class TodayPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Pages of the navigation, in its order (the index into pages()).
    enum class Page { Today, Partners, Customers, Agreements, Tasks, Network, Leads, Reports, Commissions };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` (creating it only when `create` is true, or when it is the default database of
    // a first start). On failure shows why in a message box and returns false; the database that
    // was open stays open.
    bool openDatabase(const QString &path, bool create = false);
    // When on, every database opened runs the daily agreement jobs (stage by date, renewals,
    // renewal tasks) on a worker thread with its own connection. Off by default so tests and
    // embedding code decide; the application turns it on.
    void setRunsDailyJobsOnOpen(bool on) { m_runsDailyJobsOnOpen = on; }
    // Starts the daily jobs for the open database now, unless a run is already under way.
    void startDailyJobs();
    Database database() const { return m_db; }
    // Why the last openDatabase() failed.
    const Error &lastOpenError() const { return m_openError; }

    // Writes the list in front to `path` as CSV, exactly as shown: search, filters and order. Runs
    // on a worker thread behind a progress dialog with Cancel.
    Status exportCurrentList(const QString &path);
    // Copies the open database to `path`, behind a progress dialog.
    Status backupTo(const QString &path);

    void showPage(Page page);
    Page currentPage() const;
    // The list pages in navigation order, and the one in front.
    const QList<ListPage *> &pages() const { return m_pageList; }
    ListPage *currentListPage() const;
    // The tool bar: the commands of the page in front, then Export and Refresh.
    QToolBar *toolBar() const { return m_toolBar; }
    // Opens the partner's page in a tab, or brings its tab forward; 0 = a new partner.
    PartnerEditor *openPartner(qint64 partnerId);
    // The agreement's page in a tab, or its tab brought forward.
    AgreementEditor *openAgreement(qint64 agreementId);
    // Asks for partner, type, owner and first period, creates the agreement and opens its page.
    void newAgreement(qint64 partnerId = 0);
    // The same for a customer; 0 = a new customer.
    CustomerEditor *openCustomer(qint64 customerId);
    // The record page in front; nullptr while a list is shown.
    RecordEditor *currentEditor() const;

    // For tests and for the parts of the app that drive the window.
    PartnerListView *partnerListView() const { return m_partners; }
    CustomerListView *customerListView() const { return m_customers; }
    NetworkView *networkView() const { return m_network; }
    LeadsView *leadsView() const { return m_leads; }
    ReportsView *reportsView() const { return m_reports; }
    CommissionsView *commissionsView() const { return m_commissions; }
    TodayPage *todayPage() const { return m_today; }
    AgreementsView *agreementsView() const { return m_agreements; }
    TaskListView *taskListView() const { return m_tasks; }
    DirectoryTable *partnerView() const;
    DirectoryTable *customerView() const;
    PartnerTableModel *partnerModel() const;
    CustomerTableModel *customerModel() const;
    QLineEdit *searchEdit() const; // the partner search
    QLineEdit *customerSearchEdit() const;
    QTabWidget *tabWidget() const { return m_tabs; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void updateToolBar();
    // Gives the page in front the open database if it has not had it yet (see openDatabase()).
    void activateCurrentPage();
    void updateActions();
    void updateRecentMenu();
    void updateCountLabel();
    void saveLayout();

    void newDatabase();
    void openDatabaseDialog();
    void importFile();
    void editLists();
    void exportList();
    void backup();
    void archiveSelected(bool archive);
    void refreshLists();
    void addTodayCards();
    void about();

    template<typename Editor>
    Editor *findEditor(qint64 id) const;
    void addEditorTab(RecordEditor *editor);
    bool closeEditors(); // false when the user kept one open
    bool closeTab(int index);
    void currentTabChanged(int index);
    void showOpenError(const QString &path, const Error &error);

    Database m_db;
    QThread *m_jobThread = nullptr;
    bool m_runsDailyJobsOnOpen = false;
    Error m_openError;

    QListWidget *m_nav = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_pages = nullptr;
    QList<ListPage *> m_pageList;
    QList<ListPage *> m_waitingForDatabase; // pages not shown since the database was opened
    QToolBar *m_toolBar = nullptr;
    QAction *m_pageActionsEnd = nullptr; // the tool bar separator after the page's own commands
    QList<QAction *> m_pageToolBarActions; // on the tool bar now
    PartnerListView *m_partners = nullptr;
    CustomerListView *m_customers = nullptr;
    NetworkView *m_network = nullptr;
    LeadsView *m_leads = nullptr;
    ReportsView *m_reports = nullptr;
    CommissionsView *m_commissions = nullptr;
    TodayPage *m_today = nullptr;
    AgreementsView *m_agreements = nullptr;
    TaskListView *m_tasks = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;

    QMenu *m_recentMenu = nullptr;
    QActionGroup *m_journalModes = nullptr;
    QAction *m_newDatabaseAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_listsAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_newPartnerAction = nullptr;
    QAction *m_openPartnerAction = nullptr;
    QAction *m_newCustomerAction = nullptr;
    QAction *m_openCustomerAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_partnersPageAction = nullptr;
    QAction *m_customersPageAction = nullptr;
    QAction *m_agreementsPageAction = nullptr;
    QAction *m_tasksPageAction = nullptr;
    QAction *m_newAgreementAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_resetColumnsAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace cd
