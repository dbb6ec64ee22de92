#pragma once

// Small helpers that many test files share. One definition each: the test areas build as unity
// batches, where two files' helpers of the same name would collide.

#include "db/database.h"
#include "db/sql.h"

#include <QStringList>

#include <initializer_list>
#include <limits>

namespace cd::test {

// The ends of the minor-unit range.
inline constexpr qint64 kMax = std::numeric_limits<qint64>::max();
inline constexpr qint64 kMin = std::numeric_limits<qint64>::min();

// The number a statement returns (a count); stops the run when the statement fails, so a broken
// query never passes as a count of zero.
inline qint64 count(const Database &db, const QString &statement)
{
    auto v = sql::scalar(db.sql(), statement);
    if (!v)
        qFatal("%s", qPrintable(v.error().toString()));
    return v.value().toLongLong();
}

// The rows of `table`.
inline qint64 count(const Database &db, const char *table)
{
    return count(db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
}

inline QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

} // namespace cd::test
