// MainWindow's file commands: new, open and recent databases, import, export and backup.

#include "mainwindow.h"
#include "mainwindow_p.h"

namespace cd {

using namespace mainwindow;

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

void MainWindow::importFile()
{
    if (!m_db.isOpen())
        return;
    ImportDialog dialog(m_db, this);
    connect(&dialog, &ImportDialog::imported, this, &MainWindow::refreshLists);
    dialog.exec();
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

} // namespace cd
