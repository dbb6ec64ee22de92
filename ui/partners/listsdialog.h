#pragma once

// ListsDialog: maintains the lists partners refer to, one tab each: levels with their lead weights,
// activations, areas and users (account managers). Each edit is saved at once, version checked;
// what the store refuses is said under the list.

#include "db/database.h"
#include "partners/lookups.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace cd {

class LookupListModel;

class ListsDialog : public QDialog
{
    Q_OBJECT
public:
    using List = LookupStore::List;

    explicit ListsDialog(const Database &db, QWidget *parent = nullptr);
    ~ListsDialog() override;

    // Brings the tab of `list` to the front.
    void showList(List list);
    List currentList() const;
    // True once anything was written: filters and lists elsewhere should read the lists again.
    bool hasWritten() const { return m_written; }

    LookupListModel *model(List list) const;
    QTableView *view(List list) const;
    // Why the last change to `list` failed; empty after a successful one.
    QString message(List list) const;

    // The buttons of the tab in front. Adding starts editing the new entry's name.
    void addEntry();
    void removeCurrentEntry();
    void moveCurrentEntry(int delta);

private:
    struct Page
    {
        LookupListModel *model = nullptr;
        QTableView *view = nullptr;
        QLabel *message = nullptr;
        QPushButton *remove = nullptr;
        QPushButton *up = nullptr;
        QPushButton *down = nullptr;
    };

    QWidget *createPage(List list, const QString &hint);
    const Page &current() const;
    void updateButtons();

    Database m_db;
    QTabWidget *m_tabs = nullptr;
    QList<Page> m_pages; // by List
    bool m_written = false;
};

} // namespace cd
