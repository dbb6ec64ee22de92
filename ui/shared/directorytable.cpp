#include "directorytable.h"

#include "pagedtablemodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>

namespace cd {

DirectoryTable::DirectoryTable(Settings::Table table, QWidget *parent)
    : QTableView(parent)
    , m_table(table)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // Fixed row height: the view never measures rows, so a million rows cost nothing to lay out.
    QHeaderView *rows = verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->setMinimumSectionSize(fontMetrics().height() + 2);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 4);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &DirectoryTable::showHeaderMenu);

    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit rowActivated(index.row());
    });
}

void DirectoryTable::setDirectoryModel(
    QAbstractItemModel *model, const QList<Column> &columns, int sortColumn, Qt::SortOrder order)
{
    setSortingEnabled(false);
    if (auto *old = qobject_cast<PagedTableModel *>(this->model()))
        disconnect(old, &PagedTableModel::restarted, this, nullptr);
    setModel(model);
    // A new search or filter starts at the top, even when the view was at the end of the old rows.
    if (auto *paged = qobject_cast<PagedTableModel *>(model))
        connect(paged, &PagedTableModel::restarted, this, &QAbstractItemView::scrollToTop);
    m_columns = columns;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    applyDefaults();
    const QByteArray saved = Settings().headerState(m_table);
    if (!saved.isEmpty())
        horizontalHeader()->restoreState(saved);
    // Enabling sorting sorts the model by the header's indicator, restored or default.
    setSortingEnabled(true);
}

void DirectoryTable::applyDefaults()
{
    QHeaderView *header = horizontalHeader();
    if (!model())
        return;
    for (int logical = 0; logical < header->count(); ++logical) {
        header->moveSection(header->visualIndex(logical), logical);
        header->setSectionHidden(logical, false);
    }
    const int padding = fontMetrics().averageCharWidth() * 3;
    for (const Column &c : std::as_const(m_columns)) {
        const QString title = model()->headerData(c.column, Qt::Horizontal).toString();
        // Room for the sort arrow beside the title.
        const int titleWidth = header->fontMetrics().horizontalAdvance(title) + padding * 2;
        const int sampleWidth = fontMetrics().horizontalAdvance(c.sample) + padding;
        header->resizeSection(c.column, std::max(titleWidth, sampleWidth));
        header->setSectionHidden(c.column, c.hidden);
    }
    header->setSortIndicator(m_sortColumn, m_sortOrder);
}

void DirectoryTable::saveLayout() const
{
    if (model())
        Settings().setHeaderState(m_table, horizontalHeader()->saveState());
}

void DirectoryTable::resetLayout()
{
    Settings().clearHeaderState(m_table);
    applyDefaults();
}

QList<int> DirectoryTable::selectedRows() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

qint64 DirectoryTable::selectedRowCount() const
{
    if (!selectionModel())
        return 0;
    // Rows are selected whole, so every range spans all columns and ranges do not share rows.
    qint64 n = 0;
    for (const QItemSelectionRange &range : selectionModel()->selection())
        n += range.height();
    return n;
}

void DirectoryTable::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() == Qt::NoModifier && currentIndex().isValid()) {
        emit rowActivated(currentIndex().row());
        return;
    }
    QTableView::keyPressEvent(event);
}

void DirectoryTable::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = horizontalHeader();
    if (!model())
        return;
    QMenu menu(this);
    int visible = 0;
    for (int logical = 0; logical < header->count(); ++logical)
        visible += header->isSectionHidden(logical) ? 0 : 1;
    // In the order the user sees the columns.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action = menu.addAction(model()->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        // The last visible column stays: a table without columns cannot get them back.
        action->setEnabled(header->isSectionHidden(logical) || visible > 1);
        connect(action, &QAction::toggled, this, [this, header, logical](bool shown) {
            header->setSectionHidden(logical, !shown);
            if (shown && header->sectionSize(logical) < header->minimumSectionSize() * 2)
                header->resizeSection(logical, header->defaultSectionSize());
            saveLayout();
        });
    }
    menu.addSeparator();
    menu.addAction(tr("Reset Columns"), this, &DirectoryTable::resetLayout);
    menu.exec(header->viewport()->mapToGlobal(pos));
}

} // namespace cd
