#include "dialect.h"

#include "fulltext.h"

namespace cd::sql {

namespace {

class SqliteDialect final : public Dialect
{
public:
    QString driver() const override { return QStringLiteral("QSQLITE"); }

    QString caseless(const QString &expression) const override
    {
        return expression + QStringLiteral(" COLLATE NOCASE");
    }

    // The unary + makes the column an expression, which no index serves.
    QString unindexed(const QString &column) const override { return QLatin1Char('+') + column; }

    QString useIndex(const QString &index) const override { return QStringLiteral(" INDEXED BY ") + index; }

    QString searchQuery(const QString &text) const override { return fulltext::matchQuery(text); }

    // Each entity's FTS5 table is named <entity>_fts; its rowid is the entity's id.
    QString searchIds(const QString &entity) const override
    {
        return QStringLiteral("SELECT rowid FROM %1_fts WHERE %1_fts MATCH ?").arg(entity);
    }

    QString schemaObjects() const override
    {
        return QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL");
    }

    QStringList connectionSetup(const ConnectionTuning &tuning) const override
    {
        // WAL needs shared memory that network file systems do not provide: a shared file keeps the
        // rollback journal and syncs fully.
        return {
            QStringLiteral("PRAGMA foreign_keys = ON"),
            tuning.sharedFile ? QStringLiteral("PRAGMA journal_mode = DELETE")
                              : QStringLiteral("PRAGMA journal_mode = WAL"),
            tuning.sharedFile ? QStringLiteral("PRAGMA synchronous = FULL")
                              : QStringLiteral("PRAGMA synchronous = NORMAL"),
            QStringLiteral("PRAGMA cache_size = -%1").arg(std::max(1, tuning.cacheKiB)),
            QStringLiteral("PRAGMA temp_store = MEMORY"),
        };
    }
};

} // namespace

const Dialect &sqliteDialect()
{
    static const SqliteDialect dialect;
    return dialect;
}

const Dialect &dialect(const QSqlDatabase &)
{
    return sqliteDialect();
}

} // namespace cd::sql
