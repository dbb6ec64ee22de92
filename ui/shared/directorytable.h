#pragma once

// DirectoryTable: the table view every directory list uses: whole-row selection, fixed row
// height for million-row models, sorting through the model, movable columns with a header menu to
// hide and show them, and a layout remembered in Settings.

#include "settings.h"

#include <QTableView>

namespace cd {

class DirectoryTable : public QTableView
{
    Q_OBJECT
public:
    struct Column
    {
        int column = 0;
        QString sample; // a typical value; the default width fits it
        bool hidden = false;
    };

    explicit DirectoryTable(Settings::Table table, QWidget *parent = nullptr);

    // Sets the model and the default layout, then restores the user's saved layout over it.
    void setDirectoryModel(QAbstractItemModel *model, const QList<Column> &columns, int sortColumn,
        Qt::SortOrder order = Qt::AscendingOrder);
    // The owner calls this before the model goes (a destructor here would run after it).
    void saveLayout() const;
    // Back to the default widths, order and hidden columns; forgets the saved layout.
    void resetLayout();

    // The rows with a selected cell, in row order.
    QList<int> selectedRows() const;
    // How many rows are selected, without listing them (a select-all over a million rows).
    qint64 selectedRowCount() const;

signals:
    // Double-click or Enter on a row.
    void rowActivated(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyDefaults();
    void showHeaderMenu(const QPoint &pos);

    Settings::Table m_table;
    QList<Column> m_columns;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cd
