#include "transaction.h"

#include "sql.h"

#include <QAtomicInteger>
#include <QSqlDriver>

#include <sqlite3.h>

namespace cd {

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{}

Transaction::~Transaction()
{
    rollback();
}

namespace {
QAtomicInteger<quint64> s_savepoints;

bool insideTransaction(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
        sqlite3 *handle = *static_cast<sqlite3 *const *>(v.constData());
        return handle && sqlite3_get_autocommit(handle) == 0;
    }
    return false;
}
} // namespace

Status Transaction::begin()
{
    Status s;
    if (insideTransaction(m_db)) {
        m_savepoint = QStringLiteral("cd_sp_%1").arg(++s_savepoints);
        s = sql::run(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
        s = sql::run(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    }
    m_active = s.ok();
    return s;
}

Status Transaction::commit()
{
    if (!m_active)
        return Error::make(Error::Code::Database, QStringLiteral("commit without an open transaction"));
    Status s = sql::run(
        m_db, m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    if (s.ok())
        m_active = false;
    return s;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_savepoint.isEmpty()) {
        (void)sql::run(m_db, QStringLiteral("ROLLBACK"));
    } else {
        (void)sql::run(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)sql::run(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    }
}

} // namespace cd
