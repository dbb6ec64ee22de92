#pragma once

// Small helpers that many test files share. One definition each: the test areas build as unity
// batches, where two files' helpers of the same name would collide.

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
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

// Inserts `rows` rows through `insert`, row i bound to values(i), in one transaction: the big
// fixtures of the list tests. Stops the run when a row cannot be written.
inline void fillRows(
    const Database &db, const QString &insert, int rows, const std::function<QVariantList(int i)> &values)
{
    Transaction tx(db.sql());
    if (!tx.begin().ok())
        qFatal("cannot begin");
    QSqlQuery q(db.sql());
    if (!q.prepare(insert))
        qFatal("%s", qPrintable(q.lastError().text()));
    for (int i = 0; i < rows; ++i) {
        for (const QVariant &v : values(i))
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
    }
    if (!tx.commit().ok())
        qFatal("cannot commit");
}

// SQL NULL for a text column.
inline QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace cd::test
