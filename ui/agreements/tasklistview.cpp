#include "tasklistview.h"

#include "shared/readerror.h"
#include "tasktablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

TaskListView::TaskListView(QWidget *parent)
    : ListPage(parent)
    , m_model(new TaskTableModel(this))
    , m_table(new QTableView(this))
    , m_scope(new QComboBox(this))
    , m_show(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_done(new QPushButton(tr("Mark &Done"), this))
{
    connect(m_model, &PagedTableModel::countChanged, this, &ListPage::countChanged);
    m_scope->setObjectName(QStringLiteral("taskScope"));
    m_scope->addItem(tr("My tasks"), int(Scope::Mine));
    m_scope->addItem(tr("Everyone's tasks"), int(Scope::Everyone));
    m_show->setObjectName(QStringLiteral("taskShow"));
    m_show->addItem(tr("Open"), int(Show::Open));
    m_show->addItem(tr("Done"), int(Show::Done));
    m_show->addItem(tr("Open and done"), int(Show::All));
    m_overdue->setObjectName(QStringLiteral("taskOverdue"));
    m_done->setObjectName(QStringLiteral("taskDone"));
    connect(m_scope, &QComboBox::currentIndexChanged, this, &TaskListView::applyFilter);
    connect(m_show, &QComboBox::currentIndexChanged, this, &TaskListView::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &TaskListView::applyFilter);
    connect(m_done, &QPushButton::clicked, this, [this] { (void)markCurrentDone(); });

    m_model->setBackgroundReads(true); // pages are read on a worker
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // Fixed row height: the list may hold many thousands of generated tasks.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Sorted in the database; soonest due first until the user clicks a header.
    m_table->horizontalHeader()->setSortIndicator(int(TaskTableModel::Column::Due), Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setColumnWidth(int(TaskTableModel::Column::Title), fontMetrics().averageCharWidth() * 44);
    m_table->setColumnWidth(int(TaskTableModel::Column::Agreement), fontMetrics().averageCharWidth() * 18);
    m_table->setColumnWidth(int(TaskTableModel::Column::Partner), fontMetrics().averageCharWidth() * 30);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const auto task = m_model->task(index.row());
        if (task && task->agreementId != 0)
            emit openAgreementRequested(task->agreementId);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TaskListView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TaskListView::updateButtons);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 8, 8, 0);
    bar->addWidget(m_scope);
    bar->addWidget(m_show);
    bar->addWidget(m_overdue);
    bar->addStretch(1);
    bar->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    updateButtons();
}

QString TaskListView::title() const
{
    return tr("Tasks");
}

QString TaskListView::countText() const
{
    return m_model->lastError().isError() ? m_model->lastError().message
                                          : tr("%Ln task(s)", nullptr, int(m_model->totalCount()));
}

void TaskListView::setDatabase(const Database &db)
{
    m_db = db;
    m_userId = db.isOpen() ? valueOrShow(TaskStore(db).currentUserId(), this, tr("your user"), qint64(0)) : 0;
    applyFilter();
    m_model->setDatabase(db);
}

void TaskListView::refresh()
{
    m_model->refresh();
}

void TaskListView::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void TaskListView::setShow(Show show)
{
    m_show->setCurrentIndex(m_show->findData(int(show)));
}

void TaskListView::setOverdueOnly(bool overdue)
{
    m_overdue->setChecked(overdue);
}

void TaskListView::applyFilter()
{
    TaskFilter f;
    const auto show = static_cast<Show>(m_show->currentData().toInt());
    if (show == Show::All)
        f.status.reset();
    else
        f.status = show == Show::Done ? TaskStatus::Done : TaskStatus::Open;
    // "My tasks" of a user the database has never seen is an empty list, not everyone's.
    if (static_cast<Scope>(m_scope->currentData().toInt()) == Scope::Mine)
        f.assigneeId = m_userId > 0 ? m_userId : -1;
    f.overdueOnly = m_overdue->isChecked();
    m_model->setFilter(f);
}

void TaskListView::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const auto task = current.isValid() ? m_model->task(current.row()) : std::nullopt;
    m_done->setEnabled(task && task->status != TaskStatus::Done);
}

Status TaskListView::markCurrentDone()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_db.isOpen())
        return Error::make(Error::Code::Usage, tr("Select a task first."));
    const int row = current.row();
    const auto task = m_model->task(row);
    if (!task)
        return m_model->lastError().isError()
            ? Status(m_model->lastError())
            : Status(Error::make(Error::Code::Usage, tr("Select a task first.")));
    auto done = TaskStore(m_db).markDone(task->id);
    if (!done)
        return done.error();
    m_model->refresh();
    if (m_model->rowCount() > 0)
        m_table->selectRow(std::min(row, m_model->rowCount() - 1));
    emit tasksChanged();
    return {};
}

} // namespace cd
