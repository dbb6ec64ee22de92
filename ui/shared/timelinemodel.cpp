#include "timelinemodel.h"

#include "shared/rolenames.h"
#include "timeline/timelinestore.h"

#include <QLocale>

namespace cd {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{}

Status TimelineModel::setPartner(const Database &db, qint64 partnerId)
{
    m_db = db;
    m_partnerId = partnerId;
    return reload();
}

Result<QList<TimelineEvent>> TimelineModel::read(int offset) const
{
    if (!m_db.isOpen() || m_partnerId == 0)
        return QList<TimelineEvent>();
    return TimelineStore(m_db).forPartner(m_partnerId, BatchSize, offset);
}

Status TimelineModel::reload()
{
    auto events = read(0);
    m_error = events ? Error {} : events.error();
    beginResetModel();
    m_events = events.valueOr({});
    m_complete = !events || m_events.size() < BatchSize;
    endResetModel();
    return m_error.isError() ? Status(m_error) : Status();
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete)
        return;
    auto more = read(int(m_events.size()));
    if (!more) {
        m_error = more.error();
        m_complete = true; // do not retry on every scroll; reload() tries again
        return;
    }
    m_complete = more.value().size() < BatchSize;
    if (more.value().isEmpty())
        return;
    beginInsertRows({}, int(m_events.size()), int(m_events.size() + more.value().size() - 1));
    m_events.append(more.value());
    endInsertRows();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.describe();
    case Qt::ToolTipRole:
        //: Timeline entry tooltip: date and time, then who
        return tr("%1 by %2").arg(QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat), e.user);
    case IdRole:
        return e.id;
    case AtRole:
        return e.at;
    case UserLoginRole:
        return e.user;
    case ActionRole:
        return e.action;
    case FieldRole:
        return e.field;
    case CommentRole:
        return e.comment;
    }
    return {};
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return withRoleNames(QAbstractListModel::roleNames(),
        {{IdRole, "eventId"}, {AtRole, "at"}, {UserLoginRole, "user"}, {ActionRole, "action"},
            {FieldRole, "field"}, {CommentRole, "comment"}});
}

} // namespace cd
