#pragma once

// Small helpers to run SQL and turn driver failures into Error values. Core-only.

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace cd::sql {

Error errorFrom(const QSqlError &error, const QString &context = {});

// Prepares and runs `statement` with positional bindings; the query is returned ready to read.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
// Runs a statement that returns nothing.
Status run(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
// First column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});

// Null for an empty string, the string otherwise; SQL NULL for "no value" keeps columns honest.
inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
inline QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QString isoUtc(const QDateTime &dt);

} // namespace cd::sql
