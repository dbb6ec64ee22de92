#include "dealstore.h"

#include "common/clock.h"
#include "db/rowreader.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "network/networkscope.h"
#include "timeline/timelinestore.h"

namespace cd {

namespace {

const QString kDealSelect = QStringLiteral(
    "SELECT d.id, d.lead_id, d.partner_id, d.distributor_id, d.stage_id, d.value_minor, d.currency, "
    "d.expected_close, d.outcome, d.created_at, d.closed_at, d.version, l.company, p.code, p.name, dp.code, "
    "s.name "
    "FROM deals d JOIN leads l ON l.id = d.lead_id JOIN partners p ON p.id = d.partner_id "
    "LEFT JOIN partners dp ON dp.id = d.distributor_id JOIN deal_stages s ON s.id = d.stage_id");

Deal readDeal(const QSqlQuery &r)
{
    Deal d;
    sql::RowReader row(r);
    row(d.id, d.leadId, d.partnerId, d.distributorId, d.stageId, d.value, d.expectedClose)
        .key(d.outcome, Deal::outcomeFromKey, DealOutcome::Open);
    row(d.createdAt, d.closedAt, d.version, d.company, d.partnerCode, d.partnerName, d.distributorCode,
        d.stageName);
    return d;
}

DealStage readStage(const QSqlQuery &r)
{
    return {r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toInt(), r.value(3).toBool(),
        r.value(4).toBool(), r.value(5).toInt()};
}

Error conflict(const Deal &deal)
{
    return Error::make(Error::Code::Conflict,
        QCoreApplication::translate(
            "DealStore", "The deal for %1 was changed by someone else since you opened it.")
            .arg(deal.company));
}

Status checkStage(const DealStage &stage)
{
    if (stage.name.trimmed().isEmpty())
        return Error::validation(
            QStringLiteral("name"), QCoreApplication::translate("DealStore", "The stage needs a name."));
    if (stage.won && stage.lost)
        return Error::validation(QStringLiteral("won"),
            QCoreApplication::translate("DealStore", "A stage cannot close a deal as both won and lost."));
    return {};
}

} // namespace

DealStore::DealStore(const Database &db)
    : m_db(db)
{}

Result<QList<DealStage>> DealStore::stages() const
{
    return sql::rows(m_db.sql(),
        QStringLiteral(
            "SELECT id, name, sequence, won, lost, version FROM deal_stages ORDER BY sequence, id"),
        {}, readStage);
}

Result<DealStage> DealStore::addStage(DealStage stage) const
{
    stage.name = stage.name.trimmed();
    if (Status s = checkStage(stage); !s)
        return s.error();
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("INSERT INTO deal_stages (name, sequence, won, lost) VALUES (?, ?, ?, ?)"),
        {stage.name, stage.sequence, stage.won, stage.lost});
    if (!q)
        return q.error().code == Error::Code::Duplicate ? Error {Error::Code::Duplicate,
                   tr("There is already a stage named %1.").arg(stage.name), QStringLiteral("name"), {}, 0, 0}
                                                        : q.error();
    stage.id = q->lastInsertId().toLongLong();
    stage.version = 1;
    return stage;
}

Result<DealStage> DealStore::updateStage(const DealStage &changed) const
{
    DealStage stage = changed;
    stage.name = stage.name.trimmed();
    if (Status s = checkStage(stage); !s)
        return s.error();
    Transaction tx(m_db.sql());
    if (Status s = tx.begin(); !s)
        return s.error();
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "UPDATE deal_stages SET name = ?, sequence = ?, won = ?, lost = ?, version = version + 1 "
            "WHERE id = ? AND version = ?"),
        {stage.name, stage.sequence, stage.won, stage.lost, stage.id, stage.version});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::make(
            Error::Code::Conflict, tr("The stage %1 was changed by someone else.").arg(stage.name));
    // Deals in the stage follow its new meaning, so reports never disagree with the pipeline.
    const QString now = sql::isoUtc(Clock::nowUtc());
    const QString outcome = stage.won ? QStringLiteral("won")
        : stage.lost                  ? QStringLiteral("lost")
                                      : QStringLiteral("open");
    if (Status s = sql::run(m_db.sql(),
            QStringLiteral("UPDATE deals SET outcome = ?, closed_at = CASE WHEN ? = 'open' THEN NULL "
                           "ELSE coalesce(closed_at, ?) END, updated_at = ?, version = version + 1 "
                           "WHERE stage_id = ? AND outcome <> ?"),
            {outcome, outcome, now, now, stage.id, outcome});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    ++stage.version;
    return stage;
}

Status DealStore::removeStage(qint64 stageId) const
{
    Transaction tx(m_db.sql());
    if (Status s = tx.begin(); !s)
        return s;
    auto used
        = sql::scalar(m_db.sql(), QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = ?"), {stageId});
    if (!used)
        return used.error();
    if (used->toLongLong() > 0)
        return Error::validation(QStringLiteral("stage"),
            tr("%n deal(s) are in this stage; move them before removing it.", nullptr,
                int(used->toLongLong())));
    if (Status s = sql::run(m_db.sql(), QStringLiteral("DELETE FROM deal_stages WHERE id = ?"), {stageId});
        !s)
        return s;
    return tx.commit();
}

Result<Deal> DealStore::get(qint64 id) const
{
    auto q = sql::exec(m_db.sql(), kDealSelect + QStringLiteral(" WHERE d.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound, tr("There is no deal with id %1.").arg(id));
    return readDeal(q.value());
}

Result<Deal> DealStore::forLead(qint64 leadId) const
{
    auto q = sql::exec(m_db.sql(), kDealSelect + QStringLiteral(" WHERE d.lead_id = ?"), {leadId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(
            Error::Code::NotFound, tr("Lead %1 has not been converted to a deal.").arg(leadId));
    return readDeal(q.value());
}

Result<Deal> DealStore::getAt(qint64 id, int version) const
{
    auto deal = get(id);
    if (deal && deal->version != version)
        return conflict(deal.value());
    return deal;
}

Result<Deal> DealStore::setStage(qint64 dealId, qint64 stageId, int version) const
{
    return inTransaction(m_db.sql(), [&]() -> Result<Deal> {
        auto deal = getAt(dealId, version);
        if (!deal)
            return deal.error();
        auto stage = sql::exec(m_db.sql(),
            QStringLiteral("SELECT id, name, sequence, won, lost, version FROM deal_stages WHERE id = ?"),
            {stageId});
        if (!stage)
            return stage.error();
        if (!stage.value().next())
            return Error::validation(
                QStringLiteral("stage"), tr("There is no deal stage with id %1.").arg(stageId));
        const DealStage target = readStage(stage.value());
        const QString outcome = target.won ? QStringLiteral("won")
            : target.lost                  ? QStringLiteral("lost")
                                           : QStringLiteral("open");
        const QString now = sql::isoUtc(Clock::nowUtc());
        if (Status s = sql::run(m_db.sql(),
                QStringLiteral(
                    "UPDATE deals SET stage_id = ?, outcome = ?, closed_at = CASE WHEN ? = 'open' THEN NULL "
                    "WHEN outcome = ? THEN closed_at ELSE ? END, updated_at = ?, version = version + 1 "
                    "WHERE id = ?"),
                {stageId, outcome, outcome, outcome, now, now, dealId});
            !s)
            return s.error();
        TimelineStore timeline(m_db);
        for (qint64 partner : {deal->partnerId, deal->distributorId}) {
            if (partner == 0)
                continue;
            TimelineEvent e {.entity = QStringLiteral("deal"),
                .entityId = dealId,
                .partnerId = partner,
                .action = QStringLiteral("deal-stage"),
                .field = QStringLiteral("stage"),
                .oldValue = deal->stageName,
                .newValue = target.name,
                .comment = deal->company};
            if (Status s = timeline.record(e); !s)
                return s.error();
        }
        return get(dealId);
    });
}

Result<Deal> DealStore::setValue(
    qint64 dealId, const Money &value, const QDate &expectedClose, int version) const
{
    if (Status s = Money::validateCurrency(value.currency(), QStringLiteral("currency")); !s)
        return s.error();
    if (value.minorUnits() < 0)
        return Error::validation(QStringLiteral("value"), tr("The deal value cannot be negative."));
    return inTransaction(m_db.sql(), [&]() -> Result<Deal> {
        auto deal = getAt(dealId, version);
        if (!deal)
            return deal.error();
        if (Status s = sql::run(m_db.sql(),
                QStringLiteral(
                    "UPDATE deals SET value_minor = ?, currency = ?, expected_close = ?, updated_at = ?, "
                    "version = version + 1 WHERE id = ?"),
                {value.minorUnits(), value.currency(),
                    expectedClose.isValid() ? QVariant(expectedClose.toString(Qt::ISODate))
                                            : QVariant(QMetaType::fromType<QString>()),
                    sql::isoUtc(Clock::nowUtc()), dealId});
            !s)
            return s.error();
        TimelineStore timeline(m_db);
        TimelineEvent e {.entity = QStringLiteral("deal"),
            .entityId = dealId,
            .partnerId = deal->partnerId,
            .action = QStringLiteral("deal-value"),
            .field = QStringLiteral("value"),
            .oldValue = QString(deal->value.toString() + QLatin1Char(' ') + deal->value.currency()),
            .newValue = QString(value.toString() + QLatin1Char(' ') + value.currency()),
            .comment = deal->company};
        if (Status s = timeline.record(e); !s)
            return s.error();
        return get(dealId);
    });
}

Result<Deal> DealStore::markWon(qint64 dealId, int version) const
{
    auto stage = sql::scalar(
        m_db.sql(), QStringLiteral("SELECT id FROM deal_stages WHERE won = 1 ORDER BY sequence, id LIMIT 1"));
    if (!stage)
        return stage.error();
    if (!stage->isValid())
        return Error::validation(QStringLiteral("stage"), tr("The deal pipeline has no won stage."));
    return setStage(dealId, stage->toLongLong(), version);
}

Result<Deal> DealStore::markLost(qint64 dealId, int version) const
{
    auto stage = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT id FROM deal_stages WHERE lost = 1 ORDER BY sequence, id LIMIT 1"));
    if (!stage)
        return stage.error();
    if (!stage->isValid())
        return Error::validation(QStringLiteral("stage"), tr("The deal pipeline has no lost stage."));
    return setStage(dealId, stage->toLongLong(), version);
}

namespace {

QString whereFor(const DealFilter &f, QVariantList &binds, QString &with)
{
    QStringList parts;
    if (f.scopeDistributorId != 0) {
        with = QStringLiteral("WITH RECURSIVE ") + NetworkScope::cteSql() + QLatin1Char(' ');
        binds << f.scopeDistributorId << f.scopeDistributorId;
        parts << QStringLiteral("d.id IN (SELECT id FROM deals WHERE distributor_id = ? UNION "
                                "SELECT id FROM deals WHERE partner_id IN (SELECT id FROM scope_partners))");
    }
    if (f.outcome) {
        parts << QStringLiteral("d.outcome = ?");
        binds << Deal::outcomeKey(*f.outcome);
    }
    if (f.partnerId != 0) {
        parts << QStringLiteral("d.partner_id = ?");
        binds << f.partnerId;
    }
    if (f.distributorId != 0) {
        parts << QStringLiteral("d.distributor_id = ?");
        binds << f.distributorId;
    }
    if (f.stageId != 0) {
        parts << QStringLiteral("d.stage_id = ?");
        binds << f.stageId;
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

} // namespace

Result<qint64> DealStore::count(const DealFilter &filter) const
{
    QVariantList binds;
    QString with;
    const QString where = whereFor(filter, binds, with);
    auto r = sql::scalar(m_db.sql(), with + QStringLiteral("SELECT count(*) FROM deals d") + where, binds);
    if (!r)
        return r.error();
    return r->toLongLong();
}

Result<QList<Deal>> DealStore::list(const DealFilter &filter, int limit, qint64 offset) const
{
    QVariantList binds;
    QString with;
    const QString where = whereFor(filter, binds, with);
    binds << limit << offset;
    return sql::rows(m_db.sql(),
        with + kDealSelect + where + QStringLiteral(" ORDER BY d.id DESC LIMIT ? OFFSET ?"), binds, readDeal);
}

} // namespace cd
