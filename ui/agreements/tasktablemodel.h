#pragma once

// TaskTableModel: the task list as a paged table: counts with one query and reads pages on demand
// in the store's order (due date, then id); overdue open tasks in red.

#include "agreements/taskstore.h"
#include "shared/pagecache.h"
#include "shared/pagedtablemodel.h"

#include <optional>

namespace cd {

class TaskTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum class Column { Title, Agreement, Partner, Due, Assignee, Status };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        AgreementIdRole, // qint64; 0 = none
        OverdueRole, // bool
        DoneRole, // bool
    };
    Q_ENUM(Role)

    explicit TaskTableModel(QObject *parent = nullptr);
    TaskTableModel(int pageSize, int maxPages, QObject *parent = nullptr);

    TaskFilter filter() const { return m_filter; }
    void setFilter(const TaskFilter &filter);

    std::optional<Task> task(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    Result<qint64> countRows() const override;
    void clearPages() override { m_cache.clear(); }

private:
    const Task *rowAt(int row) const;

    TaskFilter m_filter;
    mutable PageCache<Task> m_cache;
};

} // namespace cd
