#include "directorypage.h"

#include "filterbar.h"
#include "pagedtablemodel.h"

#include <QItemSelectionModel>
#include <QVBoxLayout>

namespace cd {

DirectoryPage::DirectoryPage(Settings::Table table, QWidget *parent)
    : ListPage(parent)
    , m_filters(new FilterBar(this))
    , m_table(new DirectoryTable(table, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *bar = new QVBoxLayout;
    bar->setContentsMargins(8, 8, 8, 2);
    bar->addWidget(m_filters);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_filters, &FilterBar::changed, this, [this] { applyFilter(false); });
    connect(m_table, &DirectoryTable::rowActivated, this, [this](int row) { activateRow(row); });
    setFocusProxy(m_table);
}

DirectoryPage::~DirectoryPage()
{
    m_table->saveLayout();
}

void DirectoryPage::setDirectoryModel(
    PagedTableModel *model, const QList<DirectoryTable::Column> &columns, int sortColumn)
{
    m_model = model;
    // Scrolling never waits for the database: pages are read on a worker.
    model->setBackgroundReads(true);
    m_table->setDirectoryModel(model, columns, sortColumn);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DirectoryPage::selectionChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &DirectoryPage::selectionChanged);
    connect(model, &PagedTableModel::countChanged, this, &DirectoryPage::countChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &DirectoryPage::countChanged);
}

void DirectoryPage::setDatabase(const Database &db)
{
    m_db = db;
    reloadLists();
    applyFilter(false);
    m_model->setDatabase(db);
}

void DirectoryPage::refresh()
{
    reloadLists();
    applyFilter(true);
}

void DirectoryPage::clearFilters()
{
    m_filters->clear();
}

QLineEdit *DirectoryPage::searchEdit() const
{
    return m_filters->searchEdit();
}

QString DirectoryPage::countText() const
{
    if (m_model->lastError().isError())
        return m_model->lastError().message;
    return countLabel(m_model->totalCount(), m_model->countIsExact());
}

} // namespace cd
