#include "leadstore.h"

#include "common/clock.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "network/networkscope.h"
#include "timeline/timelinestore.h"

namespace cd {

namespace {

const QString kLeadColumns = QStringLiteral(
    "l.id, l.company, l.contact_name, l.email, l.phone, l.street, l.city, l.postcode, l.country, l.area_id, "
    "l.latitude, l.longitude, l.estimated_value_minor, l.currency, l.source, l.status, "
    "l.assigned_partner_id, "
    "l.submitted_by_distributor_id, l.flag_reason, l.flagged_at, l.notes, l.created_at, l.assigned_at, "
    "l.accepted_at, l.closed_at, l.version, ap.code, ap.name, dp.code, dp.name, a.name");

const QString kFrom = QStringLiteral(
    " FROM leads l LEFT JOIN partners ap ON ap.id = l.assigned_partner_id "
    "LEFT JOIN partners dp ON dp.id = l.submitted_by_distributor_id LEFT JOIN areas a ON a.id = l.area_id");

QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(sql::isoUtc(t)) : QVariant(QMetaType::fromType<QString>());
}

Error leadNotFound(qint64 id)
{
    return Error::make(Error::Code::NotFound,
        QCoreApplication::translate("LeadStore", "There is no lead with id %1.").arg(id));
}

Error wrongState(const Lead &lead, const QString &action)
{
    return Error::validation(QStringLiteral("status"),
        QCoreApplication::translate("LeadStore", "Lead %1 is %2 and cannot be %3.")
            .arg(QString::number(lead.id), Lead::statusLabel(lead.status), action));
}

// The timeline event for a lead action, shown on one partner's timeline.
TimelineEvent leadEvent(
    const Lead &lead, const QString &action, qint64 partnerId, const QString &comment = {})
{
    TimelineEvent e {.entity = QStringLiteral("lead"),
        .entityId = lead.id,
        .partnerId = partnerId,
        .action = action,
        .newValue = lead.company,
        .comment = comment};
    return e;
}

} // namespace

LeadStore::LeadStore(const Database &db)
    : m_db(db)
{}

QString LeadStore::selectColumns()
{
    return kLeadColumns;
}

Lead LeadStore::fromRow(const QSqlQuery &r)
{
    Lead l;
    int i = 0;
    l.id = r.value(i++).toLongLong();
    l.company = r.value(i++).toString();
    l.contactName = r.value(i++).toString();
    l.email = r.value(i++).toString();
    l.phone = r.value(i++).toString();
    l.street = r.value(i++).toString();
    l.city = r.value(i++).toString();
    l.postcode = r.value(i++).toString();
    l.country = r.value(i++).toString();
    l.areaId = r.value(i++).toLongLong();
    const QVariant lat = r.value(i++);
    const QVariant lon = r.value(i++);
    if (!lat.isNull())
        l.latitude = lat.toDouble();
    if (!lon.isNull())
        l.longitude = lon.toDouble();
    const QVariant minor = r.value(i++);
    const QString currency = r.value(i++).toString();
    if (!minor.isNull())
        l.estimatedValue = Money(minor.toLongLong(), currency);
    l.source = r.value(i++).toString();
    l.status = Lead::statusFromKey(r.value(i++).toString()).value_or(LeadStatus::New);
    l.assignedPartnerId = r.value(i++).toLongLong();
    l.submittedByDistributorId = r.value(i++).toLongLong();
    l.flagReason = r.value(i++).toString();
    l.flaggedAt = sql::dateTime(r.value(i++));
    l.notes = r.value(i++).toString();
    l.createdAt = sql::dateTime(r.value(i++));
    l.assignedAt = sql::dateTime(r.value(i++));
    l.acceptedAt = sql::dateTime(r.value(i++));
    l.closedAt = sql::dateTime(r.value(i++));
    l.version = r.value(i++).toInt();
    l.assignedPartnerCode = r.value(i++).toString();
    l.assignedPartnerName = r.value(i++).toString();
    l.distributorCode = r.value(i++).toString();
    l.distributorName = r.value(i++).toString();
    l.areaName = r.value(i++).toString();
    return l;
}

Result<Lead> LeadStore::get(qint64 id) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT ") + kLeadColumns + kFrom + QStringLiteral(" WHERE l.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return leadNotFound(id);
    return fromRow(q.value());
}

Result<bool> LeadStore::canSubmitFor(qint64 distributorId, qint64 partnerId) const
{
    if (distributorId == partnerId)
        return false;
    // The partners the distributor may see: below it in the hierarchy, linked to it, or below a
    // linked reseller (sub-resellers).
    auto r = sql::scalar(m_db.sql(),
        QStringLiteral("WITH RECURSIVE ") + NetworkScope::cteSql()
            + QStringLiteral(" SELECT EXISTS (SELECT 1 FROM scope_partners WHERE id = ?)"),
        {distributorId, partnerId});
    if (!r)
        return r.error();
    return r->toBool();
}

Status LeadStore::checkUsable(const Lead &lead) const
{
    const QList<Error> errors = lead.validate();
    if (!errors.isEmpty())
        return errors.first();
    const auto exists = [this](const char *table, qint64 id) -> Result<bool> {
        auto r = sql::scalar(m_db.sql(),
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE id = ?)").arg(QLatin1String(table)), {id});
        if (!r)
            return r.error();
        return r->toBool();
    };
    if (lead.areaId != 0) {
        auto e = exists("areas", lead.areaId);
        if (!e)
            return e.error();
        if (!e.value())
            return Error::validation(QStringLiteral("area"),
                QCoreApplication::translate("LeadStore", "There is no area with id %1.").arg(lead.areaId));
    }
    if (lead.assignedPartnerId != 0) {
        auto e = sql::scalar(m_db.sql(),
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM partners WHERE id = ? AND archived_at IS NULL)"),
            {lead.assignedPartnerId});
        if (!e)
            return e.error();
        if (!e->toBool())
            return Error::validation(QStringLiteral("partner"),
                QCoreApplication::translate("LeadStore", "There is no current partner with id %1.")
                    .arg(lead.assignedPartnerId));
    }
    // Only on creation: a declined lead keeps its distributor while it waits for a new partner.
    if (lead.submittedByDistributorId != 0 && lead.assignedPartnerId == 0)
        return Error::validation(
            QStringLiteral("partner"), tr("A lead submitted by a distributor needs the reseller it is for."));
    if (lead.submittedByDistributorId != 0) {
        auto kind = sql::scalar(m_db.sql(), QStringLiteral("SELECT kind FROM partners WHERE id = ?"),
            {lead.submittedByDistributorId});
        if (!kind)
            return kind.error();
        if (kind->toString() != QLatin1String("distributor"))
            return Error::validation(QStringLiteral("distributor"),
                QCoreApplication::translate("LeadStore", "Partner %1 is not a distributor.")
                    .arg(lead.submittedByDistributorId));
        auto can = canSubmitFor(lead.submittedByDistributorId, lead.assignedPartnerId);
        if (!can)
            return can.error();
        if (!can.value())
            return Error::validation(QStringLiteral("partner"),
                QCoreApplication::translate("LeadStore",
                    "Distributor %1 does not serve partner %2: link them first, or submit the lead for one "
                    "of its resellers.")
                    .arg(lead.submittedByDistributorId)
                    .arg(lead.assignedPartnerId));
    }
    return {};
}

Result<Lead> LeadStore::create(Lead lead) const
{
    lead.company = lead.company.trimmed();
    lead.country = lead.country.trimmed().toUpper();
    if (Status s = checkUsable(lead); !s)
        return s.error();
    return inTransaction(m_db.sql(), [&]() -> Result<Lead> {
        const QDateTime now = Clock::nowUtc();
        if (!lead.createdAt.isValid())
            lead.createdAt = now;
        lead.status = lead.assignedPartnerId != 0 ? LeadStatus::Assigned : LeadStatus::New;
        lead.assignedAt = lead.assignedPartnerId != 0 ? lead.createdAt : QDateTime();
        const bool hasValue = !lead.estimatedValue.currency().isEmpty();
        auto q = sql::exec(m_db.sql(),
            QStringLiteral(
                "INSERT INTO leads (company, contact_name, email, phone, street, city, postcode, country, "
                "area_id, latitude, longitude, estimated_value_minor, currency, source, status, "
                "assigned_partner_id, submitted_by_distributor_id, notes, created_at, assigned_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {lead.company, lead.contactName, lead.email, lead.phone, lead.street, lead.city, lead.postcode,
                lead.country, sql::nullIfZero(lead.areaId), sql::nullIfUnset(lead.latitude),
                sql::nullIfUnset(lead.longitude),
                hasValue ? QVariant(lead.estimatedValue.minorUnits())
                         : QVariant(QMetaType::fromType<qint64>()),
                lead.estimatedValue.currency(), lead.source, Lead::statusKey(lead.status),
                sql::nullIfZero(lead.assignedPartnerId), sql::nullIfZero(lead.submittedByDistributorId),
                lead.notes, sql::isoUtc(lead.createdAt), timeOrNull(lead.assignedAt), sql::isoUtc(now)});
        if (!q)
            return q.error();
        lead.id = q->lastInsertId().toLongLong();
        TimelineStore timeline(m_db);
        if (lead.submittedByDistributorId != 0) {
            if (Status s = timeline.record(
                    leadEvent(lead, QStringLiteral("lead-submitted"), lead.submittedByDistributorId));
                !s)
                return s.error();
        }
        if (lead.assignedPartnerId != 0) {
            if (Status s
                = timeline.record(leadEvent(lead, QStringLiteral("lead-assigned"), lead.assignedPartnerId));
                !s)
                return s.error();
        }
        if (lead.assignedPartnerId == 0 && lead.submittedByDistributorId == 0) {
            // A lead no partner has seen yet still gets its history, on no partner's timeline.
            if (Status s = timeline.record(leadEvent(lead, QStringLiteral("lead-created"), 0)); !s)
                return s.error();
        }
        return get(lead.id);
    });
}

Result<Lead> LeadStore::update(const Lead &changed) const
{
    Lead lead = changed;
    lead.company = lead.company.trimmed();
    lead.country = lead.country.trimmed().toUpper();
    const QList<Error> errors = lead.validate();
    if (!errors.isEmpty())
        return errors.first();
    return inTransaction(m_db.sql(), [&]() -> Result<Lead> {
        auto before = get(lead.id);
        if (!before)
            return before.error();
        if (before->version != lead.version)
            return Error::make(Error::Code::Conflict,
                QCoreApplication::translate(
                    "LeadStore", "Lead %1 was changed by someone else since you opened it.")
                    .arg(before->company));
        const bool hasValue = !lead.estimatedValue.currency().isEmpty();
        if (Status s = sql::run(m_db.sql(),
                QStringLiteral(
                    "UPDATE leads SET company = ?, contact_name = ?, email = ?, phone = ?, street = ?, "
                    "city = ?, postcode = ?, country = ?, area_id = ?, latitude = ?, longitude = ?, "
                    "estimated_value_minor = ?, currency = ?, source = ?, notes = ?, updated_at = ?, "
                    "version = version + 1 WHERE id = ?"),
                {lead.company, lead.contactName, lead.email, lead.phone, lead.street, lead.city,
                    lead.postcode, lead.country, sql::nullIfZero(lead.areaId),
                    sql::nullIfUnset(lead.latitude), sql::nullIfUnset(lead.longitude),
                    hasValue ? QVariant(lead.estimatedValue.minorUnits())
                             : QVariant(QMetaType::fromType<qint64>()),
                    lead.estimatedValue.currency(), lead.source, lead.notes, sql::isoUtc(Clock::nowUtc()),
                    lead.id});
            !s)
            return s.error();
        TimelineStore timeline(m_db);
        if (Status s
            = timeline.record(leadEvent(lead, QStringLiteral("lead-changed"), lead.assignedPartnerId));
            !s)
            return s.error();
        return get(lead.id);
    });
}

Result<Lead> LeadStore::changeLead(qint64 leadId, const std::function<Status(const Lead &)> &change) const
{
    return inTransaction(m_db.sql(), [&]() -> Result<Lead> {
        auto lead = get(leadId);
        if (!lead)
            return lead.error();
        if (Status s = change(lead.value()); !s)
            return s.error();
        return get(leadId);
    });
}

Result<Lead> LeadStore::assign(qint64 leadId, qint64 partnerId, const QString &comment) const
{
    return changeLead(leadId, [&](const Lead &lead) -> Status {
        if (!lead.isOpen() || lead.status == LeadStatus::Accepted)
            return wrongState(lead, QCoreApplication::translate("LeadStore", "assigned"));
        if (lead.assignedPartnerId == partnerId)
            return {}; // nothing changes
        auto partner = sql::exec(m_db.sql(),
            QStringLiteral(
                "SELECT code, archived_at IS NULL, EXISTS (SELECT 1 FROM lead_declines WHERE lead_id = ? "
                "AND partner_id = partners.id) FROM partners WHERE id = ?"),
            {leadId, partnerId});
        if (!partner)
            return partner.error();
        if (!partner.value().next() || !partner->value(1).toBool())
            return Error::validation(QStringLiteral("partner"),
                QCoreApplication::translate("LeadStore", "There is no current partner with id %1.")
                    .arg(partnerId));
        if (partner->value(2).toBool())
            return Error::validation(QStringLiteral("partner"),
                QCoreApplication::translate(
                    "LeadStore", "Partner %1 declined this lead and is not offered it again.")
                    .arg(partner->value(0).toString()));
        const QString now = sql::isoUtc(Clock::nowUtc());
        if (Status s = sql::run(m_db.sql(),
                QStringLiteral("UPDATE leads SET status = 'assigned', assigned_partner_id = ?, "
                               "assigned_at = coalesce(assigned_at, ?), flag_reason = '', flagged_at = NULL, "
                               "updated_at = ?, version = version + 1 WHERE id = ?"),
                {partnerId, now, now, leadId});
            !s)
            return s.error();
        TimelineStore timeline(m_db);
        if (lead.assignedPartnerId != 0) {
            if (Status s = timeline.record(
                    leadEvent(lead, QStringLiteral("lead-unassigned"), lead.assignedPartnerId, comment));
                !s)
                return s.error();
        }
        if (Status s = timeline.record(leadEvent(lead, QStringLiteral("lead-assigned"), partnerId, comment));
            !s)
            return s.error();
        return {};
    });
}

Result<Lead> LeadStore::accept(qint64 leadId) const
{
    return changeLead(leadId, [&](const Lead &lead) -> Status {
        if (lead.status != LeadStatus::Assigned)
            return wrongState(lead, QCoreApplication::translate("LeadStore", "accepted"));
        const QString now = sql::isoUtc(Clock::nowUtc());
        if (Status s = sql::run(m_db.sql(),
                QStringLiteral(
                    "UPDATE leads SET status = 'accepted', accepted_at = coalesce(accepted_at, ?), "
                    "updated_at = ?, version = version + 1 WHERE id = ?"),
                {now, now, leadId});
            !s)
            return s.error();
        TimelineStore timeline(m_db);
        if (Status s
            = timeline.record(leadEvent(lead, QStringLiteral("lead-accepted"), lead.assignedPartnerId));
            !s)
            return s.error();
        return {};
    });
}

Result<Lead> LeadStore::decline(qint64 leadId, qint64 partnerId, const QString &reason) const
{
    return changeLead(leadId, [&](const Lead &lead) -> Status {
        if (lead.status != LeadStatus::Assigned && lead.status != LeadStatus::Accepted)
            return wrongState(lead, QCoreApplication::translate("LeadStore", "declined"));
        if (lead.assignedPartnerId != partnerId)
            return Error::validation(QStringLiteral("partner"),
                QCoreApplication::translate(
                    "LeadStore", "Only the partner the lead is assigned to can decline it."));
        const QDateTime now = Clock::nowUtc();
        if (Status s = sql::run(m_db.sql(),
                QStringLiteral(
                    "INSERT INTO lead_declines (lead_id, partner_id, reason, at, user_login) VALUES "
                    "(?, ?, ?, ?, ?)"),
                {leadId, partnerId, reason, sql::isoUtc(now), m_db.userLogin()});
            !s)
            return s.error();
        // The submitting distributor stays: a declined lead is still attributed to it.
        if (Status s = sql::run(m_db.sql(),
                QStringLiteral(
                    "UPDATE leads SET status = 'declined', assigned_partner_id = NULL, updated_at = ?, "
                    "version = version + 1 WHERE id = ?"),
                {sql::isoUtc(now), leadId});
            !s)
            return s.error();
        TimelineStore timeline(m_db);
        if (Status s = timeline.record(leadEvent(lead, QStringLiteral("lead-declined"), partnerId, reason));
            !s)
            return s.error();
        if (lead.submittedByDistributorId != 0) {
            if (Status s = timeline.record(
                    leadEvent(lead, QStringLiteral("lead-declined"), lead.submittedByDistributorId, reason));
                !s)
                return s.error();
        }
        return {};
    });
}

Result<Deal> LeadStore::convert(
    qint64 leadId, const Money &value, const QDate &expectedClose, qint64 stageId) const
{
    Transaction tx(m_db.sql());
    if (Status s = tx.begin(); !s)
        return s.error();
    auto lead = get(leadId);
    if (!lead)
        return lead.error();
    if (lead->status != LeadStatus::Assigned && lead->status != LeadStatus::Accepted)
        return wrongState(lead.value(), QCoreApplication::translate("LeadStore", "converted"));
    Money dealValue = value.currency().isEmpty() ? lead->estimatedValue : value;
    if (dealValue.currency().isEmpty())
        return Error::validation(QStringLiteral("value"),
            QCoreApplication::translate(
                "LeadStore", "The lead has no estimated value: give the deal's value."));
    if (Status s = Money::validateCurrency(dealValue.currency(), QStringLiteral("currency")); !s)
        return s.error();
    if (dealValue.minorUnits() < 0)
        return Error::validation(QStringLiteral("value"),
            QCoreApplication::translate("LeadStore", "The deal value cannot be negative."));
    QString outcome = QStringLiteral("open");
    if (stageId == 0) {
        auto first = sql::scalar(m_db.sql(),
            QStringLiteral(
                "SELECT id FROM deal_stages WHERE won = 0 AND lost = 0 ORDER BY sequence, id LIMIT 1"));
        if (!first)
            return first.error();
        if (!first->isValid())
            return Error::validation(QStringLiteral("stage"),
                QCoreApplication::translate("LeadStore", "The deal pipeline has no open stage."));
        stageId = first->toLongLong();
    } else {
        auto stage = sql::exec(
            m_db.sql(), QStringLiteral("SELECT won, lost FROM deal_stages WHERE id = ?"), {stageId});
        if (!stage)
            return stage.error();
        if (!stage.value().next())
            return Error::validation(QStringLiteral("stage"),
                QCoreApplication::translate("LeadStore", "There is no deal stage with id %1.").arg(stageId));
        outcome = stage->value(0).toBool() ? QStringLiteral("won")
            : stage->value(1).toBool()     ? QStringLiteral("lost")
                                           : QStringLiteral("open");
    }
    const QDateTime now = Clock::nowUtc();
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "INSERT INTO deals (lead_id, partner_id, distributor_id, stage_id, value_minor, currency, "
            "expected_close, outcome, created_at, closed_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {leadId, lead->assignedPartnerId, sql::nullIfZero(lead->submittedByDistributorId), stageId,
            dealValue.minorUnits(), dealValue.currency(),
            expectedClose.isValid() ? QVariant(expectedClose.toString(Qt::ISODate))
                                    : QVariant(QMetaType::fromType<QString>()),
            outcome, sql::isoUtc(now),
            outcome == QLatin1String("open") ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(sql::isoUtc(now)),
            sql::isoUtc(now)});
    if (!q)
        return q.error();
    const qint64 dealId = q->lastInsertId().toLongLong();
    if (Status s = sql::run(m_db.sql(),
            QStringLiteral("UPDATE leads SET status = 'converted', closed_at = ?, updated_at = ?, "
                           "version = version + 1 WHERE id = ?"),
            {sql::isoUtc(now), sql::isoUtc(now), leadId});
        !s)
        return s.error();
    TimelineStore timeline(m_db);
    for (qint64 partner : {lead->assignedPartnerId, lead->submittedByDistributorId}) {
        if (partner == 0)
            continue;
        TimelineEvent e = leadEvent(lead.value(), QStringLiteral("lead-converted"), partner);
        e.entity = QStringLiteral("deal");
        e.entityId = dealId;
        if (Status s = timeline.record(e); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    Deal d;
    d.id = dealId;
    auto deal = sql::exec(m_db.sql(), QStringLiteral("SELECT version FROM deals WHERE id = ?"), {dealId});
    if (!deal)
        return deal.error();
    d.leadId = leadId;
    d.partnerId = lead->assignedPartnerId;
    d.distributorId = lead->submittedByDistributorId;
    d.stageId = stageId;
    d.value = dealValue;
    d.expectedClose = expectedClose;
    d.outcome = outcome == QLatin1String("won") ? DealOutcome::Won
        : outcome == QLatin1String("lost")      ? DealOutcome::Lost
                                                : DealOutcome::Open;
    d.createdAt = now;
    if (d.outcome != DealOutcome::Open)
        d.closedAt = now;
    d.version = deal.value().next() ? deal->value(0).toInt() : 1;
    d.company = lead->company;
    d.partnerCode = lead->assignedPartnerCode;
    d.partnerName = lead->assignedPartnerName;
    d.distributorCode = lead->distributorCode;
    return d;
}

Result<Lead> LeadStore::markLost(qint64 leadId, const QString &reason) const
{
    return changeLead(leadId, [&](const Lead &lead) -> Status {
        if (!lead.isOpen())
            return wrongState(lead, QCoreApplication::translate("LeadStore", "marked lost"));
        const QString now = sql::isoUtc(Clock::nowUtc());
        if (Status s = sql::run(m_db.sql(),
                QStringLiteral(
                    "UPDATE leads SET status = 'lost', closed_at = ?, updated_at = ?, version = version + 1 "
                    "WHERE id = ?"),
                {now, now, leadId});
            !s)
            return s.error();
        TimelineStore timeline(m_db);
        bool recorded = false;
        for (qint64 partner : {lead.assignedPartnerId, lead.submittedByDistributorId}) {
            if (partner == 0)
                continue;
            recorded = true;
            if (Status s = timeline.record(leadEvent(lead, QStringLiteral("lead-lost"), partner, reason)); !s)
                return s.error();
        }
        if (!recorded) {
            if (Status s = timeline.record(leadEvent(lead, QStringLiteral("lead-lost"), 0, reason)); !s)
                return s.error();
        }
        return {};
    });
}

Result<QList<qint64>> LeadStore::declinedPartners(qint64 leadId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT partner_id FROM lead_declines WHERE lead_id = ? ORDER BY partner_id"),
        {leadId});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

} // namespace cd
