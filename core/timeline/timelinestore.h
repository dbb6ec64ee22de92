#pragma once

// TimelineStore: writes activity events inside the caller's transaction and reads them back.

#include "common/result.h"
#include "db/database.h"
#include "timelineevent.h"

#include <QSqlDatabase>

namespace cd {

class TimelineStore
{
public:
    explicit TimelineStore(const Database &db); // records as db.userLogin()

    // Adds one event; `at` and `user` are filled in when empty. Call inside the change's transaction.
    Status record(const TimelineEvent &event) const;
    // The INSERT of one event and its values (with `at` and `user` filled in), for bulk paths that
    // run the statement themselves.
    static QString insertStatement();
    QVariantList insertValues(TimelineEvent event) const;

    // Newest first.
    Result<QList<TimelineEvent>> forPartner(qint64 partnerId, int limit = 500, int offset = 0) const;
    Result<QList<TimelineEvent>> forEntity(const QString &entity, qint64 id, int limit = 500) const;

private:
    Result<QList<TimelineEvent>> read(
        const QString &where, const QVariantList &binds, int limit, int offset) const;
    QSqlDatabase m_db;
    QString m_user;
};

} // namespace cd
