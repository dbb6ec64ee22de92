#pragma once

// Small helpers to run SQL and turn driver failures into Error values. Core-only.

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>
#include <type_traits>
#include <utility>

namespace cd::sql {

Error errorFrom(const QSqlError &error, const QString &context = {});

// Prepares and runs `statement` with positional bindings; the query is returned ready to read.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
// Runs a statement that returns nothing.
Status run(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
// First column of the first row, or an invalid QVariant when there is no row.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});
// Every row of the statement, each made by `read(query)`.
template<class Read>
auto rows(const QSqlDatabase &db, const QString &statement, const QVariantList &binds, Read read)
    -> Result<QList<std::decay_t<std::invoke_result_t<Read, const QSqlQuery &>>>>
{
    auto query = exec(db, statement, binds);
    if (!query)
        return query.error();
    QList<std::decay_t<std::invoke_result_t<Read, const QSqlQuery &>>> out;
    while (query.value().next())
        out.append(read(std::as_const(query.value())));
    return out;
}

// The first column of every row as ids, in the order the statement gives them.
Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});

// Null for an empty string, the string otherwise; SQL NULL for "no value" keeps columns honest.
inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
inline QVariant nullIfUnset(const std::optional<double> &d)
{
    return d ? QVariant(*d) : QVariant(QMetaType::fromType<double>());
}
inline QVariant nullIfZero(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QString isoUtc(const QDateTime &dt);
// "id, code, name" as "p.id, p.code, p.name" for `alias`: a store's columns in a query that joins
// other tables.
QString qualified(const QString &columns, const QString &alias);
// A stored timestamp (ISO 8601 with milliseconds, as isoUtc writes it); invalid for NULL.
QDateTime dateTime(const QVariant &v);

} // namespace cd::sql
