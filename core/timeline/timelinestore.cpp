#include "timelinestore.h"

#include "common/clock.h"
#include "db/sql.h"

#include <QCoreApplication>

namespace cd {

QString TimelineEvent::describe() const
{
    const auto show = [](const QVariant &v) {
        const QString s = v.toString();
        return s.isEmpty() ? QCoreApplication::translate("TimelineEvent", "(empty)") : s;
    };
    QString text;
    if (action == QLatin1String("created"))
        text = QCoreApplication::translate("TimelineEvent", "Created");
    else if (action == QLatin1String("changed"))
        text = QCoreApplication::translate("TimelineEvent", "%1 changed from %2 to %3")
                   .arg(field, show(oldValue), show(newValue));
    else if (action == QLatin1String("status"))
        text = QCoreApplication::translate("TimelineEvent", "Status changed from %1 to %2")
                   .arg(show(oldValue), show(newValue));
    else if (action == QLatin1String("archived"))
        text = QCoreApplication::translate("TimelineEvent", "Archived");
    else if (action == QLatin1String("restored"))
        text = QCoreApplication::translate("TimelineEvent", "Restored from the archive");
    else if (action == QLatin1String("contact-added"))
        text = QCoreApplication::translate("TimelineEvent", "Contact %1 added").arg(show(newValue));
    else if (action == QLatin1String("contact-changed"))
        text = QCoreApplication::translate("TimelineEvent", "Contact %1: %2 changed from %3 to %4")
                   .arg(comment, field, show(oldValue), show(newValue));
    else if (action == QLatin1String("contact-removed"))
        text = QCoreApplication::translate("TimelineEvent", "Contact %1 removed").arg(show(oldValue));
    else if (action == QLatin1String("customer-assigned"))
        text = QCoreApplication::translate("TimelineEvent", "Customer %1 assigned").arg(show(newValue));
    else if (action == QLatin1String("customer-unassigned"))
        text = QCoreApplication::translate("TimelineEvent", "Customer %1 moved to another partner")
                   .arg(show(oldValue));
    else if (action == QLatin1String("reassigned"))
        text = QCoreApplication::translate("TimelineEvent", "Primary partner changed from %1 to %2")
                   .arg(show(oldValue), show(newValue));
    else if (action == QLatin1String("imported"))
        text = QCoreApplication::translate("TimelineEvent", "Imported");
    else
        text = action;
    if (!comment.isEmpty() && action != QLatin1String("contact-changed"))
        text += QStringLiteral(" — ") + comment;
    return text;
}

TimelineStore::TimelineStore(const QSqlDatabase &db, const QString &user)
    : m_db(db)
    , m_user(user)
{}

Status TimelineStore::record(TimelineEvent e) const
{
    if (!e.at.isValid())
        e.at = Clock::nowUtc();
    if (e.user.isEmpty())
        e.user = m_user;
    const auto text = [](const QVariant &v) {
        return v.isValid() ? QVariant(v.toString()) : QVariant(QMetaType::fromType<QString>());
    };
    return sql::run(m_db,
        QStringLiteral("INSERT INTO timeline (at, user_login, entity, entity_id, partner_id, action, field, "
                       "old_value, new_value, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {sql::isoUtc(e.at), e.user, e.entity, e.entityId, sql::nullIfZero(e.partnerId), e.action, e.field,
            text(e.oldValue), text(e.newValue), e.comment});
}

Result<QList<TimelineEvent>> TimelineStore::forPartner(qint64 partnerId, int limit, int offset) const
{
    return read(QStringLiteral("partner_id = ?"), {partnerId}, limit, offset);
}

Result<QList<TimelineEvent>> TimelineStore::forEntity(const QString &entity, qint64 id, int limit) const
{
    return read(QStringLiteral("entity = ? AND entity_id = ?"), {entity, id}, limit, 0);
}

Result<QList<TimelineEvent>> TimelineStore::read(
    const QString &where, const QVariantList &binds, int limit, int offset) const
{
    QVariantList all = binds;
    all << limit << offset;
    auto q = sql::exec(m_db,
        QStringLiteral("SELECT id, at, user_login, entity, entity_id, partner_id, action, field, old_value, "
                       "new_value, comment FROM timeline WHERE ")
            + where + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"),
        all);
    if (!q)
        return q.error();
    QList<TimelineEvent> events;
    QSqlQuery &r = q.value();
    while (r.next()) {
        TimelineEvent e;
        e.id = r.value(0).toLongLong();
        e.at = QDateTime::fromString(r.value(1).toString(), Qt::ISODateWithMs);
        e.user = r.value(2).toString();
        e.entity = r.value(3).toString();
        e.entityId = r.value(4).toLongLong();
        e.partnerId = r.value(5).toLongLong();
        e.action = r.value(6).toString();
        e.field = r.value(7).toString();
        e.oldValue = r.value(8);
        e.newValue = r.value(9);
        e.comment = r.value(10).toString();
        events.append(e);
    }
    return events;
}

} // namespace cd
