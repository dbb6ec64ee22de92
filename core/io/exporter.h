#pragma once

// Exporter: writes partners, their contacts or customers to CSV files that the Importer reads back
// unchanged, or to Excel workbooks with typed cells (by the file's suffix, see TableFile),
// streaming the rows so that a million partners need no more memory than ten.

#include "common/result.h"
#include "customers/customerdirectory.h"
#include "db/database.h"
#include "partners/partnerdirectory.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace cd {

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    // done and total count rows; total is -1 while unknown.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Each writes the matching rows in the given order to `path` and returns how many it wrote. The
    // file is written under a temporary name and renamed at the end: a failed or cancelled export
    // (Error::Code::Cancelled) leaves no file behind, and an older file at `path` unchanged.

    // Every partner field; lookups (area, level, activation, account manager) by name.
    static Result<qint64> exportPartners(const Database &db, const PartnerFilter &filter,
        const PartnerSort &sort, const QString &path, const Progress &progress = {},
        const std::atomic_bool *cancel = nullptr);
    // The contacts of the matching partners, partner by partner in the partners' order.
    static Result<qint64> exportContacts(const Database &db, const PartnerFilter &filter,
        const PartnerSort &sort, const QString &path, const Progress &progress = {},
        const std::atomic_bool *cancel = nullptr);
    // Customers with their partner's code (and name, for people reading the file).
    static Result<qint64> exportCustomers(const Database &db, const CustomerFilter &filter,
        const CustomerSort &sort, const QString &path, const Progress &progress = {},
        const std::atomic_bool *cancel = nullptr);
};

} // namespace cd
