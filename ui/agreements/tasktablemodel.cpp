#include "tasktablemodel.h"

#include "shared/rolenames.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace cd {

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ForegroundRole:
    case Qt::FontRole:
    case IdRole:
    case AgreementIdRole:
    case OverdueRole:
    case DoneRole:
        break;
    default:
        return {};
    }
    const Task *t = rowAt(index.row());
    if (!t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Column::Title:
            return t->title;
        case Column::Agreement:
            return t->agreementNumber;
        case Column::Partner:
            return t->partnerName;
        case Column::Due:
            return t->dueDate.isValid() ? QLocale().toString(t->dueDate, QLocale::ShortFormat) : QString();
        case Column::Assignee:
            return t->assignee;
        case Column::Status:
            if (t->status == TaskStatus::Done)
                return tr("done %1").arg(
                    QLocale().toString(t->doneAt.toLocalTime().date(), QLocale::ShortFormat));
            return t->isOverdue() ? tr("overdue") : tr("open");
        }
        return {};
    case Qt::ForegroundRole:
        if (t->isOverdue())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::FontRole:
        if (t->status == TaskStatus::Done) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case IdRole:
        return t->id;
    case AgreementIdRole:
        return t->agreementId;
    case OverdueRole:
        return t->isOverdue();
    case DoneRole:
        return t->status == TaskStatus::Done;
    }
    return {};
}

QString TaskTableModel::columnTitle(Column column) const
{
    switch (column) {
    case Column::Title:
        return tr("Task");
    case Column::Agreement:
        return tr("Agreement");
    case Column::Partner:
        return tr("Partner");
    case Column::Due:
        return tr("Due");
    case Column::Assignee:
        return tr("Assignee");
    case Column::Status:
        return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> TaskTableModel::roleNames() const
{
    return withRoleNames(QAbstractTableModel::roleNames(),
        {{IdRole, "taskId"}, {AgreementIdRole, "agreementId"}, {OverdueRole, "overdue"}, {DoneRole, "done"}});
}

} // namespace cd
