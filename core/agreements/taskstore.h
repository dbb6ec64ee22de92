#pragma once

// TaskStore: the task list: paged queries with "mine" and "overdue" filters, and marking done.

#include "common/result.h"
#include "db/database.h"
#include "task.h"

#include <optional>

namespace cd {

struct TaskFilter
{
    std::optional<TaskStatus> status = TaskStatus::Open; // nullopt = all
    qint64 assigneeId = 0; // 0 = anyone ("my tasks" passes the current user's id)
    qint64 agreementId = 0;
    bool overdueOnly = false; // open and due before today
    bool operator==(const TaskFilter &) const = default;
};

// The columns a task list shows and sorts by.
enum class TaskColumn { Title, Agreement, Partner, Due, Assignee, Status };

struct TaskSort
{
    TaskColumn column = TaskColumn::Due; // soonest first, tasks without a due date last
    Qt::SortOrder order = Qt::AscendingOrder;
    bool operator==(const TaskSort &) const = default;
};

class TaskStore
{
public:
    explicit TaskStore(const Database &db);

    Result<qint64> count(const TaskFilter &filter) const;
    // Rows [offset, offset + limit) in `sort` order (ties by id); `total` (the count, -1 = not
    // known) lets a deep page be read from the far end.
    Result<QList<Task>> page(
        const TaskFilter &filter, const TaskSort &sort, qint64 offset, int limit, qint64 total = -1) const;
    // Ordered by due date, then id.
    Result<QList<Task>> page(const TaskFilter &filter, qint64 offset, int limit) const;
    Result<Task> get(qint64 id) const;
    // A hand-made task; title required.
    Result<Task> create(Task task) const;
    // Marks the task done now (Clock::nowUtc()); done again is fine and changes nothing.
    Result<Task> markDone(qint64 id) const;
    Result<Task> reopen(qint64 id) const;
    // The id of the current user (Database::userLogin()), created on first use.
    Result<qint64> currentUserId() const;

private:
    Database m_db;
};

} // namespace cd
