#include "tasktablemodel.h"

#include "shared/rolenames.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace cd {

const TaskTableModel::Columns &TaskTableModel::columns() const
{
    static const Columns columns {{
        {QT_TR_NOOP("Task"), [](const Task &t) -> QVariant { return t.title; }},
        {QT_TR_NOOP("Agreement"), [](const Task &t) -> QVariant { return t.agreementNumber; }},
        {QT_TR_NOOP("Partner"), [](const Task &t) -> QVariant { return t.partnerName; }},
        {QT_TR_NOOP("Due"),
            [](const Task &t) -> QVariant {
                return t.dueDate.isValid() ? QLocale().toString(t.dueDate, QLocale::ShortFormat) : QString();
            }},
        {QT_TR_NOOP("Assignee"), [](const Task &t) -> QVariant { return t.assignee; }},
        {QT_TR_NOOP("Status"),
            [](const Task &t) -> QVariant {
                if (t.status == TaskStatus::Done)
                    return tr("done %1").arg(
                        QLocale().toString(t.doneAt.toLocalTime().date(), QLocale::ShortFormat));
                return t.isOverdue() ? tr("overdue") : tr("open");
            }},
    }};
    return columns;
}

QVariant TaskTableModel::rowData(const Task &t, DirectoryModel::Column, int role) const
{
    switch (role) {
    case Qt::ForegroundRole:
        if (t.isOverdue())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::FontRole:
        if (t.status == TaskStatus::Done) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case IdRole:
        return t.id;
    case AgreementIdRole:
        return t.agreementId;
    case OverdueRole:
        return t.isOverdue();
    case DoneRole:
        return t.status == TaskStatus::Done;
    }
    return {};
}

QHash<int, QByteArray> TaskTableModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(),
        {{IdRole, "taskId"}, {AgreementIdRole, "agreementId"}, {OverdueRole, "overdue"}, {DoneRole, "done"}});
}

} // namespace cd
