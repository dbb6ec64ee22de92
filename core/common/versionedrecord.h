#pragma once

// VersionedRecord: what every record kept by a VersionedStore carries besides its own fields: when
// it was archived (invalid while current), created and last saved (UTC), and the version an update
// must still find to be saved (optimistic locking).

#include <QDateTime>

namespace cd {

struct VersionedRecord
{
    QDateTime archivedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    bool isArchived() const { return archivedAt.isValid(); }
};

} // namespace cd
