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

// Runs `write` in one Transaction: committed when it returns a value (or an ok Status), taken back
// when it returns an error. `write` returns a Result or a Status; so does inTransaction.
template<typename Write>
auto inTransaction(const QSqlDatabase &db, Write &&write) -> decltype(write())
{
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s.error();
    auto result = write();
    if (!result)
        return result;
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

} // namespace cd
