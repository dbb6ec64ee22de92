#pragma once

// Task: one to-do of the simple task list (renewal and expiry alerts from the daily job, or typed in).

#include <QDate>
#include <QDateTime>
#include <QString>

namespace cd {

enum class TaskStatus { Open, Done };

struct Task
{
    qint64 id = 0;
    QString title;
    qint64 agreementId = 0; // 0 = none
    QString agreementNumber; // read only, for display
    qint64 partnerId = 0; // 0 = none
    QString partnerName; // read only, for display
    qint64 assigneeId = 0; // users.id; 0 = nobody
    QString assignee; // read only: display name or login
    QDate dueDate;
    TaskStatus status = TaskStatus::Open;
    QDateTime doneAt; // UTC
    QString dedupeKey; // set by the job ("renewal:<agreement>:<period>"); empty for hand-made tasks
    QDateTime createdAt;

    // Open and due before today (Clock::today()): shown in red.
    bool isOverdue() const;
};

} // namespace cd
