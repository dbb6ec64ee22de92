#pragma once

// TimelineModel: a partner's activity timeline for a list view, newest first; older events are
// read in batches as the view scrolls to them (canFetchMore/fetchMore).

#include "db/database.h"
#include "timeline/timelineevent.h"

#include <QAbstractListModel>

namespace cd {

class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        AtRole, // QDateTime, UTC
        UserLoginRole, // QString: who did it
        ActionRole, // QString: "created", "changed", ...
        FieldRole, // QString: the changed field, for "changed"
        CommentRole, // QString
    };
    Q_ENUM(Role)

    static constexpr int BatchSize = 200;

    explicit TimelineModel(QObject *parent = nullptr);

    // Shows the timeline of `partnerId` (0 = none) and reads its newest events.
    Status setPartner(const Database &db, qint64 partnerId);
    qint64 partnerId() const { return m_partnerId; }
    // Reads the newest events again (after a change).
    Status reload();

    TimelineEvent event(int row) const { return m_events.value(row); }
    const Error &lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Result<QList<TimelineEvent>> read(int offset) const;

    Database m_db;
    qint64 m_partnerId = 0;
    QList<TimelineEvent> m_events;
    bool m_complete = true; // the oldest event has been read
    Error m_error;
};

} // namespace cd
