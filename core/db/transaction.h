#pragma once

// Transaction: RAII write transaction. Rolls back unless commit() succeeded, so an early return on
// an error can never leave half a change behind. Nests: inside an open transaction it becomes a
// savepoint, so a store's single write can be part of a caller's batch (an import) unchanged.

#include "common/result.h"

#include <QSqlDatabase>

namespace cd {

class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // BEGIN IMMEDIATE on SQLite: takes the write lock now, so two writers never deadlock upgrading.
    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_savepoint; // empty for an outermost transaction
    bool m_active = false;
};

} // namespace cd
