#pragma once

// AgreementExporter: writes the agreements of a list filter to CSV or XLSX (by the file's suffix,
// see TableFile) in the list's order, streaming the rows; the file appears only when complete (a
// failed or cancelled export leaves none).

#include "agreements/agreementdirectory.h"
#include "common/result.h"
#include "db/database.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace cd {

class AgreementExporter
{
    Q_DECLARE_TR_FUNCTIONS(AgreementExporter)
public:
    // done and total count rows; total is -1 while unknown.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // The header row: stable column keys, the same in every language so the file can be read back.
    static QStringList header();
    // One row as written: dates in ISO 8601, the stage by its key.
    static QStringList fields(const AgreementRow &row);

    // Writes the matching agreements to `path`; returns how many rows were written.
    static Result<qint64> exportAgreements(const Database &db, const AgreementFilter &filter,
        const AgreementSort &sort, const QString &path, const Progress &progress = {},
        const std::atomic_bool *cancel = nullptr);
};

} // namespace cd
