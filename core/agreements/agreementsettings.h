#pragma once

// AgreementSettings: the settings the agreement rules and the daily job need, stored in the database
// (not per machine) so every machine running the job reaches the same result.

#include "common/result.h"
#include "db/database.h"

#include <QList>
#include <QSqlDatabase>

namespace cd {

struct AgreementSettings
{
    QList<int> alertWindows {90, 60, 30}; // days before the end; the largest starts Expiring
    qint64 maxDocumentBytes = 20 * 1024 * 1024;

    int largestAlertWindow() const;
    QList<Error> validate() const;

    static Result<AgreementSettings> load(const Database &db);
    // Validates and writes both values in one transaction.
    static Status save(const Database &db, const AgreementSettings &settings);
};

} // namespace cd
