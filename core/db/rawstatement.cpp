#include "rawstatement.h"

#include <sqlite3.h>

namespace cd::sql {

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

Status RawStatement::prepare(sqlite3 *db, const QString &statement)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = db;
    if (!db)
        return Error::make(Error::Code::Database, QStringLiteral("No open SQLite connection."));
    const QByteArray utf8 = statement.toUtf8();
    if (sqlite3_prepare_v3(
            db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK)
        return error();
    return {};
}

void RawStatement::bind(int index, const QString &value)
{
    if (value.isEmpty()) {
        sqlite3_bind_text(m_statement, index, "", 0, SQLITE_STATIC);
        return;
    }
    // SQLite copies the UTF-16 text; the database stores it as UTF-8 (its encoding).
    sqlite3_bind_text16(
        m_statement, index, value.utf16(), int(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

void RawStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void RawStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void RawStatement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        return;
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, index, value.toBool() ? 1 : 0);
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        return;
    case QMetaType::QString:
        bind(index, *static_cast<const QString *>(value.constData()));
        return;
    default:
        bind(index, value.toString());
    }
}

void RawStatement::bindAll(const QVariantList &values, int first)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        bind(first + int(i), values.at(i));
}

Status RawStatement::run()
{
    const int rc = sqlite3_step(m_statement);
    Status result;
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        result = error();
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return result;
}

qint64 RawStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Error RawStatement::error() const
{
    return Error::make(Error::Code::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

} // namespace cd::sql
