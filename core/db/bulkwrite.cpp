#include "bulkwrite.h"

#include "sql.h"

namespace cd {

BulkWriteSettings::BulkWriteSettings(const Database &db)
    : m_db(db)
{}

BulkWriteSettings::~BulkWriteSettings()
{
    if (m_leftWal)
        (void)sql::run(m_db.sql(), QStringLiteral("PRAGMA journal_mode = WAL"));
    if (m_cacheSize != 0)
        (void)sql::run(m_db.sql(), QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
}

Status BulkWriteSettings::apply(bool leaveWal, qint64 cacheKiB)
{
    auto cacheSize = sql::scalar(m_db.sql(), QStringLiteral("PRAGMA cache_size"));
    if (!cacheSize)
        return cacheSize.error();
    if (Status s = sql::run(m_db.sql(), QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB)); !s)
        return s;
    m_cacheSize = cacheSize->toLongLong();
    if (leaveWal && !m_leftWal) {
        auto mode = sql::scalar(m_db.sql(), QStringLiteral("PRAGMA journal_mode"));
        if (mode && mode->toString() == QLatin1String("wal")) {
            auto changed = sql::scalar(m_db.sql(), QStringLiteral("PRAGMA journal_mode = DELETE"));
            m_leftWal = changed.ok() && changed->toString() == QLatin1String("delete");
        }
    }
    return {};
}

} // namespace cd
