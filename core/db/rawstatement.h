#pragma once

// RawStatement: one SQLite statement prepared once and run many times through SQLite's C API, for
// the bulk paths of imports. Qt Sql builds a result record (a QSqlField per column, type names
// lower-cased) and converts every value through QVariant on each run; at a million rows that was
// most of an import's time. Values are bound from QVariant (so the stores' value lists are the one
// source of what a row holds) or directly.

#include "common/result.h"

#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace cd::sql {

class RawStatement
{
public:
    RawStatement() = default;
    ~RawStatement();
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    Status prepare(sqlite3 *db, const QString &statement);
    bool isPrepared() const { return m_statement != nullptr; }

    // Parameters count from 1. As sql::exec binds: an invalid or explicitly null QVariant
    // (QVariant(QMetaType), sql::nullIfEmpty) binds NULL; integers, doubles and bools bind as
    // such; a string, even a null QString, binds as text ('' for empty); anything else as its text.
    void bind(int index, const QVariant &value);
    void bind(int index, const QString &value);
    void bind(int index, qint64 value);
    void bindNull(int index);
    // Binds values[0] to parameter `first`, values[1] to first + 1, ...
    void bindAll(const QVariantList &values, int first = 1);

    // Runs the statement to its end and resets it for the next run (bindings cleared); an error
    // names the failed constraint as SQLite does.
    Status run();
    // The rowid of the last row inserted on the connection.
    qint64 lastInsertId() const;

private:
    Error error() const;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace cd::sql
