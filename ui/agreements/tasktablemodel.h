#pragma once

// TaskTableModel: the task list as a paged table: counts with one query and reads pages on demand
// sorted in the database (due date first); overdue open tasks in red.

#include "agreements/taskstore.h"
#include "shared/directorymodel.h"

#include <optional>

namespace cd {

using TaskModelTraits = ModelTraits<TaskStore, Task, TaskFilter, TaskSort, TaskColumn::Status>;

class TaskTableModel : public DirectoryModel<TaskModelTraits>
{
    Q_OBJECT
public:
    using Column = TaskColumn;
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        AgreementIdRole, // qint64; 0 = none
        OverdueRole, // bool
        DoneRole, // bool
    };
    Q_ENUM(Role)

    using DirectoryModel::DirectoryModel;

    std::optional<Task> task(int row) const { return recordAt(row); }

    QHash<int, QByteArray> roleNames() const override;

protected:
    const Columns &columns() const override;
    QVariant rowData(const Task &row, DirectoryModel::Column column, int role) const override;
};

} // namespace cd
