#pragma once

// DirectoryPage: a list page made of a FilterBar over a DirectoryTable showing a paged model
// (partners, customers; later statements and accounts). It wires what those pages share: the
// selection and count signals, the status bar count with "10,000+" while a broad search is being
// counted, Edit ▸ Find, Clear Filters and the remembered column layout. A page adds its filters,
// builds its core filter from them in applyFilter() and names its rows in countLabel().

#include "directorytable.h"
#include "listpage.h"

namespace cd {

class FilterBar;
class PagedTableModel;

class DirectoryPage : public ListPage
{
    Q_OBJECT
public:
    ~DirectoryPage() override; // remembers the column layout

    void setDatabase(const Database &db) override;
    void refresh() override;
    void clearFilters() override;
    QString countText() const override;
    DirectoryTable *directoryTable() const override { return m_table; }
    QLineEdit *searchEdit() const override;

    DirectoryTable *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filters; }

protected:
    explicit DirectoryPage(Settings::Table table, QWidget *parent = nullptr);

    // Called once from the page's constructor, after its filters are added.
    void setDirectoryModel(
        PagedTableModel *model, const QList<DirectoryTable::Column> &columns, int sortColumn);

    // Reads the lists behind the filters again (levels, areas, ...); the database may be closed.
    virtual void reloadLists() {}
    // Gives the model the filter the controls show and enables Clear Filters when it is not the
    // default; `refreshing` (after edits elsewhere): an unchanged filter reads its rows again.
    virtual void applyFilter(bool refreshing) = 0;
    // "1,234 partners", or "10,000+ partners" when `exact` is false.
    virtual QString countLabel(qint64 count, bool exact) const = 0;
    // The row double-clicked or entered.
    virtual void activateRow(int row) = 0;

    Database m_db;

private:
    FilterBar *m_filters;
    DirectoryTable *m_table;
    PagedTableModel *m_model = nullptr;
};

} // namespace cd
