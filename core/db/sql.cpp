#include "sql.h"

#include "statementcache.h"

#include <QDateTime>

#include <limits>

namespace cd::sql {

Error errorFrom(const QSqlError &error, const QString &context)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    Error e = Error::make(
        Error::Code::Database, context.isEmpty() ? text : context + QStringLiteral(": ") + text);
    // SQLite reports constraint failures with these texts; callers map them to friendlier messages.
    if (text.contains(QLatin1String("UNIQUE constraint failed")))
        e.code = Error::Code::Duplicate;
    return e;
}

namespace {

void bind(QSqlQuery &query, const QVariantList &binds)
{
    for (const QVariant &v : binds) {
        // Qt binds a null QString as SQL NULL; an empty text value must stay '' (NOT NULL columns).
        // An explicit null (QVariant(QMetaType) / nullIfEmpty) still binds NULL.
        if (v.metaType() == QMetaType::fromType<QString>() && !v.isNull() && v.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(v);
    }
}
} // namespace

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    if (StatementCache *cache = StatementCache::active(db); cache && statement.contains(QLatin1Char('?'))) {
        auto prepared = cache->query(statement);
        if (!prepared)
            return prepared.error();
        QSqlQuery &query = *prepared.value();
        bind(query, binds);
        if (!query.exec())
            return errorFrom(query.lastError());
        // The copy shares the prepared statement with the cache (Qt deprecates copying a query
        // because of exactly this sharing, which is the point here).
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        return QSqlQuery(query);
        QT_WARNING_POP
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return errorFrom(query.lastError(), statement.left(80));
    bind(query, binds);
    if (!query.exec())
        return errorFrom(query.lastError());
    return query;
}

Status run(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    return Status(exec(db, statement, binds));
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    auto query = exec(db, statement, binds);
    if (!query)
        return query.error();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    auto query = exec(db, statement, binds);
    if (!query)
        return query.error();
    QList<qint64> out;
    while (query.value().next())
        out.append(query.value().value(0).toLongLong());
    return out;
}

QDateTime dateTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString qualified(const QString &columns, const QString &alias)
{
    QStringList out;
    for (const QString &c : columns.split(QLatin1Char(','))) {
        if (const QString name = c.trimmed(); !name.isEmpty())
            out << alias + QLatin1Char('.') + name;
    }
    return out.join(QStringLiteral(", "));
}

QString isoUtc(const QDateTime &dt)
{
    // Bulk writes stamp many rows within the same millisecond: formatting a date is the costly
    // part, so the last one is kept (per thread).
    thread_local qint64 lastMs = std::numeric_limits<qint64>::min();
    thread_local QString lastText;
    if (!dt.isValid())
        return dt.toUTC().toString(Qt::ISODateWithMs);
    const qint64 ms = dt.toMSecsSinceEpoch();
    if (ms != lastMs) {
        lastText = dt.toUTC().toString(Qt::ISODateWithMs);
        lastMs = ms;
    }
    return lastText;
}

} // namespace cd::sql
