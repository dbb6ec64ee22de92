#include "versionedstore.h"

#include "common/clock.h"
#include "sql.h"
#include "timeline/timelinestore.h"

namespace cd {

VersionedRows::VersionedRows(const Database &db, const VersionedTable &table)
    : m_db(db)
    , m_table(table)
{}

Result<std::optional<QSqlQuery>> VersionedRows::select(const QString &keyColumn, const QVariant &key) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(m_table.columns, m_table.name, keyColumn),
        {key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<QSqlQuery>();
    return std::optional<QSqlQuery>(q.value());
}

Result<bool> VersionedRows::exists(const QString &keyColumn, const QVariant &key) const
{
    auto v = sql::scalar(
        m_db.sql(), QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(m_table.name, keyColumn), {key});
    if (!v)
        return v.error();
    return v.value().isValid();
}

Result<bool> VersionedRows::writeArchived(qint64 id, int version, bool archived, const QString &comment) const
{
    const QString now = sql::isoUtc(Clock::nowUtc());
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "UPDATE %1 SET archived_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND "
            "version = ?")
            .arg(m_table.name),
        {archived ? QVariant(now) : QVariant(QMetaType::fromType<QString>()), now, id, version});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return false;
    FieldChange change;
    change.action = archived ? QStringLiteral("archived") : QStringLiteral("restored");
    change.comment = comment;
    if (Status s = recordChanges(id, m_table.isPartner ? id : 0, {change}); !s)
        return s.error();
    return true;
}

Status VersionedRows::recordChanges(qint64 id, qint64 partnerId, const QList<FieldChange> &changes) const
{
    const TimelineStore timeline(m_db);
    for (const FieldChange &c : changes) {
        TimelineEvent e {.entity = m_table.entity,
            .entityId = id,
            .partnerId = partnerId,
            .action = c.action,
            .field = c.field,
            .oldValue = c.oldValue,
            .newValue = c.newValue,
            .comment = c.comment};
        if (Status s = timeline.record(e); !s)
            return s;
    }
    return {};
}

Result<bool> VersionedRows::updateAt(
    qint64 id, int version, const QStringList &columns, const QVariantList &values) const
{
    Q_ASSERT(columns.size() == values.size());
    QString assignments;
    for (const QString &column : columns)
        assignments += column + QStringLiteral(" = ?, ");
    QVariantList binds = values;
    binds << sql::isoUtc(Clock::nowUtc()) << id << version;
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("UPDATE %1 SET %2updated_at = ?, version = version + 1 WHERE id = ? AND version = ?")
            .arg(m_table.name, assignments),
        binds);
    if (!q)
        return q.error();
    return q.value().numRowsAffected() == 1;
}

Error VersionedRows::naming(const Error &error, const QString &name, const QString &code)
{
    Error e = error;
    //: A failure among several rows (archiving many partners): name (code), then the reason
    e.message = tr("%1 (%2): %3").arg(name, code, error.message);
    return e;
}

} // namespace cd
