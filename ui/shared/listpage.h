#pragma once

// ListPage: one entry of the main window's navigation (Partners, Customers, Agreements, ...). The
// window knows its pages only through this class: it asks each for its title, the count for the
// status bar, its search field, whether and how it exports, and the actions it brings to the tool
// bar, so a new domain adds a page without touching the window's code paths (as Qt Creator's modes
// do).

#include "common/result.h"
#include "db/database.h"

#include <QWidget>

#include <atomic>
#include <functional>

class QAction;
class QLineEdit;
class QUndoStack;

namespace cd {

class DirectoryTable;

class ListPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // The navigation entry and the home tab's text.
    virtual QString title() const = 0;
    virtual void setDatabase(const Database &db) = 0;
    // Reads the rows again (after edits on record pages, imports, list changes).
    virtual void refresh() = 0;

    // The status bar text: "1,234 partners", the reason a read failed, or empty for no count.
    virtual QString countText() const { return {}; }
    // The field Edit ▸ Find goes to; nullptr when the page has none.
    virtual QLineEdit *searchEdit() const { return nullptr; }
    virtual void clearFilters() {}
    // The table whose columns View ▸ Reset Columns resets and whose layout is saved on close.
    virtual DirectoryTable *directoryTable() const { return nullptr; }

    // File ▸ Export: the dialog's title and suggested file name; empty = the page does not export.
    virtual QString exportTitle() const { return {}; }
    virtual QString exportFileName() const { return {}; }
    // Writes exactly what the page shows (search, filters, order), behind a progress dialog with
    // Cancel; `message` gets the status bar text on success.
    virtual Status exportTo(const QString &path, QString *message);

    // Asks where to save an export, offering CSV and Excel workbook (the last choice first); a
    // name without a suffix gets the chosen type's. Empty when the user cancels.
    static QString askExportPath(QWidget *parent, const QString &title, const QString &suggestedPath);

    // The page's undo history for changes it writes at once (network moves and links); nullptr
    // when it has none. Edit ▸ Undo follows it while the page is in front.
    virtual QUndoStack *undoStack() const { return nullptr; }

    // Commands shown on the tool bar while this page is in front (they may be shared with menus).
    QList<QAction *> toolBarActions() const { return m_toolBarActions; }
    void setToolBarActions(const QList<QAction *> &actions) { m_toolBarActions = actions; }

protected:
    // What an export writes: rows of `db` to the file, reporting progress (known total 0 = ask the
    // list's count) and stopping when `cancel` becomes true; returns how many rows it wrote.
    using ExportWriter = std::function<Result<qint64>(const Database &db,
        const std::function<void(qint64 done, qint64 total)> &progress, const std::atomic_bool *cancel)>;
    // Runs `writer` on a worker thread with its own connection behind a progress dialog with Cancel;
    // `total` is the list's count, for the progress bar when the writer does not know it.
    Status runExport(
        const Database &db, const QString &label, qint64 total, const ExportWriter &writer, qint64 *written);

signals:
    // countText() changed.
    void countChanged();
    // The selection or the current row changed: the window updates what its actions can do.
    void selectionChanged();

private:
    QList<QAction *> m_toolBarActions;
};

} // namespace cd
