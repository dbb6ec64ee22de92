#include "commissionrulestore.h"

#include "commissiontext_p.h"

#include "common/clock.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "timeline/timelinestore.h"

#include <QCoreApplication>
#include <QSet>

namespace cd {

namespace {

const QString kPlanColumns = QStringLiteral(
    "id, name, basis, rate, tiers, tier_mode, category_rates, timing, line_cap, period_cap, cascade, "
    "distributor_rate, distributor_share, include_deals, created_at, updated_at, version");

std::optional<Decimal> optionalDecimal(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return std::nullopt;
    auto d = Decimal::parse(v.toString());
    return d ? std::optional<Decimal>(d.value()) : std::nullopt;
}

QVariant decimalOrNull(const std::optional<Decimal> &d)
{
    return d ? QVariant(d->toString()) : QVariant(QMetaType::fromType<QString>());
}

CommissionPlan readPlan(const QSqlQuery &r)
{
    CommissionPlan p;
    int i = 0;
    p.id = r.value(i++).toLongLong();
    p.name = r.value(i++).toString();
    p.tiered = r.value(i++).toString() == QLatin1String("tiered");
    p.rate = optionalDecimal(r.value(i++)).value_or(Rate());
    p.tiers
        = CommissionPlan::tiersFromText(r.value(i++).toString(), false, {}).valueOr(QList<CommissionTier>());
    p.mode = r.value(i++).toString() == QLatin1String("marginal") ? TierMode::Marginal : TierMode::Whole;
    p.categoryRates = CommissionPlan::categoryRatesFromText(r.value(i++).toString(), false, {})
                          .valueOr(QList<CategoryRate>());
    p.timing
        = r.value(i++).toString() == QLatin1String("payment") ? PayTiming::OnPayment : PayTiming::OnInvoice;
    p.lineCap = optionalDecimal(r.value(i++));
    p.periodCap = optionalDecimal(r.value(i++));
    p.cascade = CommissionPlan::ratesFromText(r.value(i++).toString(), false, {}).valueOr(QList<Rate>());
    p.distributorRate = optionalDecimal(r.value(i++));
    p.distributorShare = optionalDecimal(r.value(i++));
    p.includeDeals = r.value(i++).toBool();
    p.createdAt = QDateTime::fromString(r.value(i++).toString(), Qt::ISODateWithMs);
    p.updatedAt = QDateTime::fromString(r.value(i++).toString(), Qt::ISODateWithMs);
    p.version = r.value(i++).toInt();
    return p;
}

QVariantList planValues(const CommissionPlan &p)
{
    return {p.name.trimmed(), p.tiered ? QStringLiteral("tiered") : QStringLiteral("fixed"),
        p.rate.toString(), CommissionPlan::tiersText(p.tiers), CommissionPlan::modeKey(p.mode),
        CommissionPlan::categoryRatesText(p.categoryRates), CommissionPlan::timingKey(p.timing),
        decimalOrNull(p.lineCap), decimalOrNull(p.periodCap), CommissionPlan::ratesText(p.cascade),
        decimalOrNull(p.distributorRate), decimalOrNull(p.distributorShare), p.includeDeals ? 1 : 0};
}

Error duplicateName(const QString &name)
{
    return {Error::Code::Duplicate, CommissionText::tr("There is already a plan named %1.").arg(name),
        QStringLiteral("name"), {}, 0, 0};
}

QString shareText(const QList<SplitShare> &shares, const QHash<qint64, QString> &codes)
{
    QStringList parts;
    for (const SplitShare &s : shares)
        parts.append(QStringLiteral("%1 %2").arg(codes.value(s.partnerId), s.share.toPercentString()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

namespace commission {

QList<Error> validateShares(const QList<SplitShare> &shares)
{
    QList<Error> errors;
    qint64 sum = 0;
    QSet<qint64> seen;
    for (const SplitShare &s : shares) {
        if (s.partnerId <= 0)
            errors.append(Error::validation(
                QStringLiteral("share"), CommissionText::tr("Every share needs its partner.")));
        else if (seen.contains(s.partnerId))
            errors.append(Error::validation(QStringLiteral("share"),
                CommissionText::tr("The partner %1 has two shares; give each partner one.")
                    .arg(s.partnerCode)));
        seen.insert(s.partnerId);
        if (!(Rate() < s.share))
            errors.append(Error::validation(QStringLiteral("share"),
                CommissionText::tr("The share of %1 must be above 0 (it is %2).")
                    .arg(s.partnerCode, s.share.toPercentString())));
        sum += s.share.micros();
    }
    if (!shares.isEmpty() && sum != kWholeMicros)
        errors.append(Error::validation(QStringLiteral("share"),
            CommissionText::tr("The shares sum to %1; they must sum to exactly 100 %.")
                .arg(Rate::fromMicros(sum).toPercentString())));
    return errors;
}

} // namespace commission

CommissionRuleStore::CommissionRuleStore(const Database &db)
    : m_db(db)
{}

Result<CommissionPlan> CommissionRuleStore::addPlan(CommissionPlan plan) const
{
    plan.name = plan.name.trimmed();
    if (const QList<Error> errors = plan.validate(); !errors.isEmpty())
        return errors.first();
    const QSqlDatabase db = m_db.sql();
    return inTransaction(db, [&]() -> Result<CommissionPlan> {
        auto taken
            = sql::scalar(db, QStringLiteral("SELECT 1 FROM commission_plans WHERE name = ?"), {plan.name});
        if (!taken)
            return taken.error();
        if (taken->isValid())
            return duplicateName(plan.name);
        const QString now = sql::isoUtc(Clock::nowUtc());
        QVariantList binds = planValues(plan);
        binds << now << now;
        auto q = sql::exec(db,
            QStringLiteral(
                "INSERT INTO commission_plans (name, basis, rate, tiers, tier_mode, category_rates, timing, "
                "line_cap, period_cap, cascade, distributor_rate, distributor_share, include_deals, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            binds);
        if (!q)
            return q.error();
        return this->plan(q->lastInsertId().toLongLong());
    });
}

Result<CommissionPlan> CommissionRuleStore::updatePlan(const CommissionPlan &plan) const
{
    if (const QList<Error> errors = plan.validate(); !errors.isEmpty())
        return errors.first();
    const QSqlDatabase db = m_db.sql();
    return inTransaction(db, [&]() -> Result<CommissionPlan> {
        auto taken
            = sql::scalar(db, QStringLiteral("SELECT 1 FROM commission_plans WHERE name = ? AND id <> ?"),
                {plan.name.trimmed(), plan.id});
        if (!taken)
            return taken.error();
        if (taken->isValid())
            return duplicateName(plan.name.trimmed());
        QVariantList binds = planValues(plan);
        binds << sql::isoUtc(Clock::nowUtc()) << plan.id << plan.version;
        auto q = sql::exec(db,
            QStringLiteral(
                "UPDATE commission_plans SET name = ?, basis = ?, rate = ?, tiers = ?, tier_mode = ?, "
                "category_rates = ?, timing = ?, line_cap = ?, period_cap = ?, cascade = ?, "
                "distributor_rate = ?, distributor_share = ?, include_deals = ?, updated_at = ?, "
                "version = version + 1 WHERE id = ? AND version = ?"),
            binds);
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::make(Error::Code::Conflict,
                CommissionText::tr(
                    "The plan %1 was changed or removed by someone else; reload it and try again.")
                    .arg(plan.name));
        return this->plan(plan.id);
    });
}

Result<QList<CommissionPlan>> CommissionRuleStore::plans() const
{
    return sql::rows(m_db.sql(),
        QStringLiteral("SELECT ") + kPlanColumns + QStringLiteral(" FROM commission_plans ORDER BY name, id"),
        {}, readPlan);
}

Result<CommissionPlan> CommissionRuleStore::plan(qint64 id) const
{
    auto rows = sql::rows(m_db.sql(),
        QStringLiteral("SELECT ") + kPlanColumns + QStringLiteral(" FROM commission_plans WHERE id = ?"),
        {id}, readPlan);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(
            Error::Code::NotFound, CommissionText::tr("There is no commission plan with the id %1.").arg(id));
    return rows->first();
}

Result<CommissionPlan> CommissionRuleStore::planNamed(const QString &name) const
{
    auto rows = sql::rows(m_db.sql(),
        QStringLiteral("SELECT ") + kPlanColumns + QStringLiteral(" FROM commission_plans WHERE name = ?"),
        {name.trimmed()}, readPlan);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error {Error::Code::NotFound,
            CommissionText::tr("There is no commission plan named %1.").arg(name), QStringLiteral("plan"), {},
            0, 0};
    return rows->first();
}

Result<QDate> CommissionRuleStore::startDay(const QDate &given) const
{
    if (given.isValid())
        return given;
    return firstOpenDay();
}

Status CommissionRuleStore::writeFrom(QDate &from, const std::function<Status()> &write) const
{
    return inTransaction(m_db.sql(), [&]() -> Status {
        auto start = startDay(from);
        if (!start)
            return start.error();
        from = start.value();
        return write();
    });
}

Result<QDate> CommissionRuleStore::firstOpenDay() const
{
    auto last = sql::scalar(m_db.sql(), QStringLiteral("SELECT max(ends_on) FROM commission_periods"));
    if (!last)
        return last.error();
    if (last->isNull() || !last->isValid())
        return QDate(1900, 1, 1);
    return QDate::fromString(last->toString(), Qt::ISODate).addDays(1);
}

Status CommissionRuleStore::assign(qint64 planId, qint64 partnerId, qint64 levelId, QDate from) const
{
    const QSqlDatabase db = m_db.sql();
    return writeFrom(from, [&]() -> Status {
        QString planName;
        if (planId > 0) {
            auto p = plan(planId);
            if (!p)
                return p.error();
            planName = p->name;
        }
        const QString table = partnerId > 0 ? QStringLiteral("partners") : QStringLiteral("partner_levels");
        auto exists = sql::scalar(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table),
            {partnerId > 0 ? partnerId : levelId});
        if (!exists)
            return exists.error();
        if (!exists->isValid())
            return Error::make(Error::Code::NotFound,
                partnerId > 0 ? CommissionText::tr("The partner is not stored.")
                              : CommissionText::tr("The level is not stored."));
        if (Status s = sql::run(db,
                QStringLiteral(
                    "INSERT INTO commission_plan_assignments (plan_id, partner_id, level_id, valid_from, "
                    "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)"),
                {sql::nullIfZero(planId), sql::nullIfZero(partnerId), sql::nullIfZero(levelId),
                    from.toString(Qt::ISODate), sql::isoUtc(Clock::nowUtc()), m_db.userLogin()});
            !s)
            return s;
        if (partnerId <= 0)
            return {};
        TimelineEvent e {.entity = QStringLiteral("partner"),
            .entityId = partnerId,
            .partnerId = partnerId,
            .action = QStringLiteral("commission-plan"),
            .field = from.toString(Qt::ISODate),
            .newValue = planName};
        return TimelineStore(m_db).record(e);
    });
}

Status CommissionRuleStore::assignToPartner(qint64 planId, qint64 partnerId, QDate from) const
{
    return assign(planId, partnerId, 0, from);
}

Status CommissionRuleStore::assignToLevel(qint64 planId, qint64 levelId, QDate from) const
{
    return assign(planId, 0, levelId, from);
}

Result<QList<PlanAssignment>> CommissionRuleStore::assignments() const
{
    return sql::rows(m_db.sql(),
        QStringLiteral(
            "SELECT coalesce(plan_id, 0), coalesce(partner_id, 0), coalesce(level_id, 0), valid_from "
            "FROM commission_plan_assignments ORDER BY valid_from, id"),
        {}, [](const QSqlQuery &r) {
            return PlanAssignment {r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toLongLong(),
                QDate::fromString(r.value(3).toString(), Qt::ISODate)};
        });
}

Status CommissionRuleStore::setOverride(
    qint64 customerId, qint64 partnerId, std::optional<Rate> rate, QDate from) const
{
    if (rate) {
        if (auto e = commission::checkRate(*rate, QStringLiteral("rate")))
            return *e;
    }
    const QSqlDatabase db = m_db.sql();
    return writeFrom(from, [&]() -> Status {
        auto names = sql::exec(db,
            QStringLiteral(
                "SELECT (SELECT code FROM customers WHERE id = ?), (SELECT code FROM partners WHERE id = ?)"),
            {customerId, partnerId});
        if (!names)
            return names.error();
        names.value().next();
        if (names->value(0).isNull())
            return Error::make(Error::Code::NotFound, CommissionText::tr("The customer is not stored."));
        if (names->value(1).isNull())
            return Error::make(Error::Code::NotFound, CommissionText::tr("The partner is not stored."));
        const QString customerCode = names->value(0).toString();
        if (Status s = sql::run(db,
                QStringLiteral("INSERT INTO commission_overrides (customer_id, partner_id, rate, valid_from, "
                               "created_at, "
                               "created_by) VALUES (?, ?, ?, ?, ?, ?)"),
                {customerId, partnerId,
                    rate ? QVariant(rate->toString()) : QVariant(QMetaType::fromType<QString>()),
                    from.toString(Qt::ISODate), sql::isoUtc(Clock::nowUtc()), m_db.userLogin()});
            !s)
            return s;
        TimelineEvent e {.entity = QStringLiteral("customer"),
            .entityId = customerId,
            .partnerId = partnerId,
            .action = QStringLiteral("commission-override"),
            .field = from.toString(Qt::ISODate),
            .oldValue = customerCode,
            .newValue = rate ? rate->toPercentString() : QString()};
        return TimelineStore(m_db).record(e);
    });
}

Status CommissionRuleStore::setSplit(qint64 customerId, const QList<SplitShare> &shares, QDate from) const
{
    if (const QList<Error> errors = commission::validateShares(shares); !errors.isEmpty())
        return errors.first();
    const QSqlDatabase db = m_db.sql();
    return writeFrom(from, [&]() -> Status {
        auto customer
            = sql::scalar(db, QStringLiteral("SELECT code FROM customers WHERE id = ?"), {customerId});
        if (!customer)
            return customer.error();
        if (!customer->isValid())
            return Error::make(Error::Code::NotFound, CommissionText::tr("The customer is not stored."));
        QHash<qint64, QString> codes;
        for (const SplitShare &s : shares) {
            auto code
                = sql::scalar(db, QStringLiteral("SELECT code FROM partners WHERE id = ?"), {s.partnerId});
            if (!code)
                return code.error();
            if (!code->isValid())
                return Error::make(Error::Code::NotFound,
                    CommissionText::tr("The partner %1 is not stored.").arg(s.partnerCode));
            codes.insert(s.partnerId, code->toString());
        }
        auto q = sql::exec(db,
            QStringLiteral("INSERT INTO commission_splits (customer_id, valid_from, created_at, created_by) "
                           "VALUES (?, ?, ?, ?)"),
            {customerId, from.toString(Qt::ISODate), sql::isoUtc(Clock::nowUtc()), m_db.userLogin()});
        if (!q)
            return q.error();
        const qint64 splitId = q->lastInsertId().toLongLong();
        for (const SplitShare &s : shares) {
            if (Status st = sql::run(db,
                    QStringLiteral(
                        "INSERT INTO commission_split_shares (split_id, partner_id, share) VALUES (?, ?, ?)"),
                    {splitId, s.partnerId, s.share.toString()});
                !st)
                return st;
        }
        TimelineStore timeline(m_db);
        TimelineEvent e {.entity = QStringLiteral("customer"),
            .entityId = customerId,
            .action = QStringLiteral("commission-split"),
            .field = from.toString(Qt::ISODate),
            .oldValue = customer->toString(),
            .newValue = shareText(shares, codes)};
        if (Status st = timeline.record(e); !st)
            return st;
        for (const SplitShare &s : shares) {
            e.partnerId = s.partnerId;
            if (Status st = timeline.record(e); !st)
                return st;
        }
        return {};
    });
}

Status CommissionRuleStore::setLinkTerms(
    qint64 distributorId, qint64 resellerId, std::optional<Rate> rate, std::optional<Rate> share) const
{
    if (rate && share)
        return Error::validation(QStringLiteral("distributor"),
            CommissionText::tr(
                "Give the distributor either a rate of its own or a share of the seller's commission, not "
                "both."));
    for (const auto &r : {rate, share}) {
        if (r) {
            if (auto e = commission::checkRate(*r, QStringLiteral("distributor")))
                return *e;
        }
    }
    const QSqlDatabase db = m_db.sql();
    return inTransaction(db, [&]() -> Status {
        auto q = sql::exec(db,
            QStringLiteral("UPDATE distributor_links SET commission_rate = ?, commission_share = ? WHERE "
                           "distributor_id = ? AND reseller_id = ? AND removed_at IS NULL"),
            {rate ? QVariant(rate->toString()) : QVariant(QMetaType::fromType<QString>()),
                share ? QVariant(share->toString()) : QVariant(QMetaType::fromType<QString>()), distributorId,
                resellerId});
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return Error::make(
                Error::Code::NotFound, CommissionText::tr("The distributor does not serve this reseller."));
        TimelineEvent e {.entity = QStringLiteral("partner"),
            .entityId = resellerId,
            .partnerId = resellerId,
            .action = QStringLiteral("changed"),
            .field = QStringLiteral("distributor commission"),
            .newValue = rate ? rate->toPercentString()
                : share      ? share->toPercentString()
                             : QString()};
        return TimelineStore(m_db).record(e);
    });
}

Result<qint64> CommissionRuleStore::partnerPlanOn(qint64 partnerId, const QDate &date) const
{
    return planOn(QStringLiteral("partner_id"), partnerId, date);
}

Result<qint64> CommissionRuleStore::levelPlanOn(qint64 levelId, const QDate &date) const
{
    return planOn(QStringLiteral("level_id"), levelId, date);
}

// `column`: partner_id or level_id (the assignment indexes lead with them).
Result<qint64> CommissionRuleStore::planOn(const QString &column, qint64 id, const QDate &date) const
{
    auto plan = sql::scalar(m_db.sql(),
        QStringLiteral("SELECT coalesce(plan_id, 0) FROM commission_plan_assignments WHERE %1 = ? AND "
                       "valid_from <= ? ORDER BY valid_from DESC, id DESC LIMIT 1")
            .arg(column),
        {id, date.toString(Qt::ISODate)});
    if (!plan)
        return plan.error();
    return plan->toLongLong();
}

Result<QList<std::pair<QString, Rate>>> CommissionRuleStore::overridesOn(
    qint64 customerId, const QDate &date) const
{
    // The latest override per partner up to `date`; an ended one (rate NULL) hides the partner.
    auto rows = sql::rows(m_db.sql(),
        QStringLiteral(
            "SELECT p.code, o.rate FROM commission_overrides o JOIN partners p ON p.id = o.partner_id "
            "WHERE o.customer_id = ? AND o.id = (SELECT x.id FROM commission_overrides x WHERE "
            "x.customer_id = o.customer_id AND x.partner_id = o.partner_id AND x.valid_from <= ? ORDER BY "
            "x.valid_from DESC, x.id DESC LIMIT 1) ORDER BY p.code"),
        {customerId, date.toString(Qt::ISODate)}, [](const QSqlQuery &r) {
            return std::pair {r.value(0).toString(), r.value(1)};
        });
    if (!rows)
        return rows.error();
    QList<std::pair<QString, Rate>> out;
    for (const auto &[code, rate] : rows.value()) {
        if (!rate.isNull())
            out.append({code, Decimal::parse(rate.toString()).valueOr(Rate())});
    }
    return out;
}

Result<QList<SplitShare>> CommissionRuleStore::splitOn(qint64 customerId, const QDate &date) const
{
    return sql::rows(m_db.sql(),
        QStringLiteral(
            "SELECT s.partner_id, s.share, p.code FROM commission_split_shares s JOIN partners p ON p.id = "
            "s.partner_id WHERE s.split_id = (SELECT id FROM commission_splits WHERE customer_id = ? AND "
            "valid_from <= ? ORDER BY valid_from DESC, id DESC LIMIT 1) ORDER BY p.code"),
        {customerId, date.toString(Qt::ISODate)}, [](const QSqlQuery &r) {
            return SplitShare {r.value(0).toLongLong(), Decimal::parse(r.value(1).toString()).valueOr(Rate()),
                r.value(2).toString()};
        });
}

} // namespace cd
