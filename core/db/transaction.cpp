#include "transaction.h"

#include "sql.h"

namespace cd {

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    const bool sqlite = m_db.driverName() == QLatin1String("QSQLITE");
    Status s = sql::run(m_db, sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    m_active = s.ok();
    return s;
}

Status Transaction::commit()
{
    if (!m_active)
        return Error::make(Error::Code::Database, QStringLiteral("commit without an open transaction"));
    Status s = sql::run(m_db, QStringLiteral("COMMIT"));
    if (s.ok())
        m_active = false;
    return s;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    (void)sql::run(m_db, QStringLiteral("ROLLBACK"));
}

} // namespace cd
