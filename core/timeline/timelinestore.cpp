#include "timelinestore.h"

#include "agreements/agreementstage.h"
#include "common/clock.h"
#include "db/rowreader.h"
#include "db/sql.h"
#include "partners/partner.h"

#include <QCoreApplication>

namespace cd {

namespace {

// Field keys as the stores record them, with the label people read.
const char *const kFieldLabels[][2] = {
    {"code", QT_TRANSLATE_NOOP("TimelineEvent", "Code")},
    {"name", QT_TRANSLATE_NOOP("TimelineEvent", "Name")},
    {"legal name", QT_TRANSLATE_NOOP("TimelineEvent", "Legal name")},
    {"kind", QT_TRANSLATE_NOOP("TimelineEvent", "Kind")},
    {"business nature", QT_TRANSLATE_NOOP("TimelineEvent", "Business nature")},
    {"area", QT_TRANSLATE_NOOP("TimelineEvent", "Area")},
    {"street", QT_TRANSLATE_NOOP("TimelineEvent", "Street")},
    {"city", QT_TRANSLATE_NOOP("TimelineEvent", "City")},
    {"postcode", QT_TRANSLATE_NOOP("TimelineEvent", "Postcode")},
    {"region", QT_TRANSLATE_NOOP("TimelineEvent", "Region")},
    {"country", QT_TRANSLATE_NOOP("TimelineEvent", "Country")},
    {"latitude", QT_TRANSLATE_NOOP("TimelineEvent", "Latitude")},
    {"longitude", QT_TRANSLATE_NOOP("TimelineEvent", "Longitude")},
    {"website", QT_TRANSLATE_NOOP("TimelineEvent", "Website")},
    {"tax id", QT_TRANSLATE_NOOP("TimelineEvent", "Tax ID")},
    {"control account", QT_TRANSLATE_NOOP("TimelineEvent", "Control account")},
    {"bank holder", QT_TRANSLATE_NOOP("TimelineEvent", "Account holder")},
    {"IBAN", QT_TRANSLATE_NOOP("TimelineEvent", "IBAN")},
    {"BIC", QT_TRANSLATE_NOOP("TimelineEvent", "BIC")},
    {"bank name", QT_TRANSLATE_NOOP("TimelineEvent", "Bank")},
    {"status reason", QT_TRANSLATE_NOOP("TimelineEvent", "Status reason")},
    {"level", QT_TRANSLATE_NOOP("TimelineEvent", "Level")},
    {"weight override", QT_TRANSLATE_NOOP("TimelineEvent", "Lead weight override")},
    {"activation", QT_TRANSLATE_NOOP("TimelineEvent", "Activation")},
    {"account manager", QT_TRANSLATE_NOOP("TimelineEvent", "Account manager")},
    {"tags", QT_TRANSLATE_NOOP("TimelineEvent", "Tags")},
    {"notes", QT_TRANSLATE_NOOP("TimelineEvent", "Notes")},
    {"function", QT_TRANSLATE_NOOP("TimelineEvent", "Function")},
    {"e-mail", QT_TRANSLATE_NOOP("TimelineEvent", "E-mail")},
    {"phone", QT_TRANSLATE_NOOP("TimelineEvent", "Phone")},
    {"primary", QT_TRANSLATE_NOOP("TimelineEvent", "Primary contact")},
    {"segment", QT_TRANSLATE_NOOP("TimelineEvent", "Segment")},
};

QString fieldLabel(const QString &key)
{
    for (const auto &entry : kFieldLabels) {
        if (key == QLatin1String(entry[0]))
            return QCoreApplication::translate("TimelineEvent", entry[1]);
    }
    return key;
}

// Lead and deal events carry the lead's company as the new value.
QString leadSentence(const QString &action, const QString &company)
{
    const char *const sentences[][2] = {
        {"lead-created", QT_TRANSLATE_NOOP("TimelineEvent", "Lead %1 created")},
        {"lead-submitted", QT_TRANSLATE_NOOP("TimelineEvent", "Lead %1 submitted for a reseller")},
        {"lead-assigned", QT_TRANSLATE_NOOP("TimelineEvent", "Lead %1 assigned")},
        {"lead-unassigned", QT_TRANSLATE_NOOP("TimelineEvent", "Lead %1 given to another partner")},
        {"lead-accepted", QT_TRANSLATE_NOOP("TimelineEvent", "Lead %1 accepted")},
        {"lead-declined", QT_TRANSLATE_NOOP("TimelineEvent", "Lead %1 declined")},
        {"lead-flagged", QT_TRANSLATE_NOOP("TimelineEvent", "Lead %1 could not be routed")},
        {"lead-changed", QT_TRANSLATE_NOOP("TimelineEvent", "Lead %1 changed")},
        {"lead-converted", QT_TRANSLATE_NOOP("TimelineEvent", "Lead %1 converted to a deal")},
        {"lead-lost", QT_TRANSLATE_NOOP("TimelineEvent", "Lead %1 lost")},
        {"deal-stage", QT_TRANSLATE_NOOP("TimelineEvent", "Deal moved to stage %1")},
        {"deal-value", QT_TRANSLATE_NOOP("TimelineEvent", "Deal value changed to %1")},
    };
    for (const auto &entry : sentences) {
        if (action == QLatin1String(entry[0]))
            return QCoreApplication::translate("TimelineEvent", entry[1]).arg(company);
    }
    return {};
}

} // namespace

QString TimelineEvent::describe() const
{
    // Agreement stages are stored as keys; people read their labels.
    const auto stageLabel = [](const QVariant &v) {
        const auto stage = AgreementStages::fromKey(v.toString());
        return stage ? AgreementStages::label(*stage) : v.toString();
    };
    const auto show = [this](const QVariant &v) {
        const QString s = v.toString();
        if (s.isEmpty())
            return QCoreApplication::translate("TimelineEvent", "(empty)");
        // Kinds and statuses are stored as keys; people read their labels.
        if (field == QLatin1String("kind") || action == QLatin1String("status")
            || field == QLatin1String("status")) {
            if (const auto kind = Partner::kindFromKey(s))
                return Partner::kindLabel(*kind);
            if (const auto status = Partner::statusFromKey(s))
                return Partner::statusLabel(*status);
        }
        return s;
    };
    QString text;
    if (action == QLatin1String("created"))
        text = QCoreApplication::translate("TimelineEvent", "Created");
    else if (action == QLatin1String("changed"))
        text = QCoreApplication::translate("TimelineEvent", "%1 changed from %2 to %3")
                   .arg(fieldLabel(field), show(oldValue), show(newValue));
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
                   .arg(comment, fieldLabel(field), show(oldValue), show(newValue));
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
    else if (action == QLatin1String("moved"))
        text = QCoreApplication::translate("TimelineEvent", "Moved from %1 to %2")
                   .arg(show(oldValue), show(newValue));
    else if (action == QLatin1String("child-added"))
        text = QCoreApplication::translate("TimelineEvent", "%1 placed below this partner (before: %2)")
                   .arg(show(newValue), show(oldValue));
    else if (action == QLatin1String("child-removed"))
        text = QCoreApplication::translate("TimelineEvent", "%1 moved away to %2")
                   .arg(show(oldValue), show(newValue));
    else if (action == QLatin1String("distributor-linked"))
        text = field == QLatin1String("distributor")
            ? QCoreApplication::translate("TimelineEvent", "Served by distributor %1").arg(show(newValue))
            : QCoreApplication::translate("TimelineEvent", "Serves reseller %1").arg(show(newValue));
    else if (action == QLatin1String("distributor-unlinked"))
        text = field == QLatin1String("distributor")
            ? QCoreApplication::translate("TimelineEvent", "No longer served by distributor %1")
                  .arg(show(oldValue))
            : QCoreApplication::translate("TimelineEvent", "No longer serves reseller %1")
                  .arg(show(oldValue));
    else if (action == QLatin1String("distributor-focus"))
        text = QCoreApplication::translate("TimelineEvent", "Distributor link focus changed from %1 to %2")
                   .arg(show(oldValue), show(newValue));
    else if (action == QLatin1String("agreement-created"))
        text = QCoreApplication::translate("TimelineEvent", "Agreement %1 prepared").arg(show(newValue));
    else if (action == QLatin1String("agreement-stage"))
        text = QCoreApplication::translate("TimelineEvent", "Agreement %1 moved from %2 to %3")
                   .arg(field, stageLabel(oldValue), stageLabel(newValue));
    else if (action == QLatin1String("document-added"))
        text = QCoreApplication::translate("TimelineEvent", "Agreement %1: document %2 stored")
                   .arg(field, show(newValue));
    else if (action == QLatin1String("period-added"))
        text = QCoreApplication::translate("TimelineEvent", "Agreement %1: contract period %2 added")
                   .arg(field, show(newValue));
    else if (action == QLatin1String("commission-plan"))
        text = newValue.toString().isEmpty()
            ? QCoreApplication::translate("TimelineEvent", "No commission plan from %1 on").arg(field)
            : QCoreApplication::translate("TimelineEvent", "Commission plan %1 from %2 on")
                  .arg(show(newValue), field);
    else if (action == QLatin1String("commission-override"))
        text = newValue.toString().isEmpty() ? QCoreApplication::translate(
                   "TimelineEvent", "Commission override for customer %1 ended from %2 on")
                                                   .arg(show(oldValue), field)
                                             : QCoreApplication::translate("TimelineEvent",
                                                 "Commission override for customer %1: %2 from %3 on")
                                                   .arg(show(oldValue), show(newValue), field);
    else if (action == QLatin1String("commission-split"))
        text = newValue.toString().isEmpty()
            ? QCoreApplication::translate("TimelineEvent", "Commission split of customer %1 ended from %2 on")
                  .arg(show(oldValue), field)
            : QCoreApplication::translate("TimelineEvent", "Commission split of customer %1: %2 from %3 on")
                  .arg(show(oldValue), show(newValue), field);
    else if (action == QLatin1String("statement-settled"))
        text = QCoreApplication::translate("TimelineEvent", "Commission statement %1 settled: %2")
                   .arg(field, show(newValue));
    else if (action == QLatin1String("statement-approved"))
        text = QCoreApplication::translate("TimelineEvent", "Commission statement %1 approved: %2")
                   .arg(field, show(newValue));
    else if (action == QLatin1String("statement-paid"))
        text = QCoreApplication::translate("TimelineEvent", "Commission statement %1 paid: %2")
                   .arg(field, show(newValue));
    else if (action == QLatin1String("imported"))
        text = QCoreApplication::translate("TimelineEvent", "Imported");
    else if (const QString lead = leadSentence(action, show(newValue)); !lead.isEmpty())
        text = lead;
    else
        text = action;
    if (!comment.isEmpty() && action != QLatin1String("contact-changed"))
        text += QStringLiteral(" — ") + comment;
    return text;
}

TimelineStore::TimelineStore(const Database &db)
    : m_db(db.sql())
    , m_user(db.userLogin())
{}

QString TimelineStore::insertStatement()
{
    return QStringLiteral(
        "INSERT INTO timeline (at, user_login, entity, entity_id, partner_id, action, field, "
        "old_value, new_value, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

QVariantList TimelineStore::insertValues(TimelineEvent e) const
{
    if (!e.at.isValid())
        e.at = Clock::nowUtc();
    if (e.user.isEmpty())
        e.user = m_user;
    const auto text = [](const QVariant &v) {
        return v.isValid() ? QVariant(v.toString()) : QVariant(QMetaType::fromType<QString>());
    };
    return {sql::isoUtc(e.at), e.user, e.entity, e.entityId, sql::nullIfZero(e.partnerId), e.action, e.field,
        text(e.oldValue), text(e.newValue), e.comment};
}

Status TimelineStore::record(const TimelineEvent &e) const
{
    return sql::run(m_db, insertStatement(), insertValues(e));
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
        sql::RowReader {r}(e.id, e.at, e.user, e.entity, e.entityId, e.partnerId, e.action, e.field,
            e.oldValue, e.newValue, e.comment);
        events.append(e);
    }
    return events;
}

} // namespace cd
