#include "agreementstore.h"

#include "agreementsql_p.h"
#include "common/clock.h"
#include "db/rowreader.h"
#include "db/transaction.h"
#include "timeline/timelinestore.h"

#include <QCoreApplication>

namespace cd {

namespace {

// An event on the timelines of the agreement and its partner.
TimelineEvent agreementEvent(const Agreement &a, const QString &action)
{
    TimelineEvent e {
        .entity = QStringLiteral("agreement"), .entityId = a.id, .partnerId = a.partnerId, .action = action};
    return e;
}

using agreementsql::date;

const QString kAgreementColumns = QStringLiteral(
    "id, number, partner_id, type_id, owner_id, stage, commission_rate, terms, notes, signed_on, "
    "terminated_on, termination_reason, current_end, created_at, updated_at, version");

Agreement readAgreement(const QSqlQuery &r)
{
    Agreement a;
    sql::RowReader row(r);
    row(a.id, a.number, a.partnerId, a.typeId, a.ownerId)
        .key(a.stage, AgreementStages::fromKey, AgreementStage::Prepared);
    row(a.commissionRate, a.terms, a.notes, a.signedOn, a.terminatedOn, a.terminationReason, a.currentEnd,
        a.createdAt, a.updatedAt, a.version);
    return a;
}

const QString kPeriodColumns = QStringLiteral(
    "id, agreement_id, sequence, start_date, end_date, notice_days, auto_renew, renewal_months, created_at");

AgreementPeriod readPeriod(const QSqlQuery &r)
{
    AgreementPeriod p;
    sql::RowReader {r}(p.id, p.agreementId, p.sequence, p.start, p.end, p.noticeDays, p.autoRenew,
        p.renewalMonths, p.createdAt);
    return p;
}

Error agreementNotFound(qint64 id)
{
    return Error::make(Error::Code::NotFound,
        QCoreApplication::translate("AgreementStore", "There is no agreement with id %1.").arg(id));
}

Error conflict(const QString &number)
{
    return Error::make(Error::Code::Conflict,
        QCoreApplication::translate(
            "AgreementStore", "Agreement %1 was changed by someone else in the meantime.")
            .arg(number));
}

QString userName(const QSqlDatabase &db, qint64 id)
{
    if (id == 0)
        return {};
    auto v = sql::scalar(db, QStringLiteral("SELECT login FROM users WHERE id = ?"), {id});
    return v.ok() ? v.value().toString() : QString::number(id);
}

QString typeName(const QSqlDatabase &db, qint64 id)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT key FROM agreement_types WHERE id = ?"), {id});
    return v.ok() ? v.value().toString() : QString::number(id);
}

// Inserts `period` as the agreement's next period and makes it current.
Result<AgreementPeriod> insertPeriod(const QSqlDatabase &db, AgreementPeriod p)
{
    auto seq = sql::scalar(db,
        QStringLiteral("SELECT coalesce(max(sequence), 0) + 1 FROM agreement_periods WHERE agreement_id = ?"),
        {p.agreementId});
    if (!seq)
        return seq.error();
    p.sequence = seq.value().toInt();
    p.createdAt = Clock::nowUtc();
    auto q = sql::exec(db,
        QStringLiteral(
            "INSERT INTO agreement_periods (agreement_id, sequence, start_date, end_date, notice_days, "
            "auto_renew, renewal_months, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {p.agreementId, p.sequence, date(p.start), date(p.end), p.noticeDays, p.autoRenew ? 1 : 0,
            p.renewalMonths, sql::isoUtc(p.createdAt)});
    if (!q)
        return q.error();
    p.id = q.value().lastInsertId().toLongLong();
    if (Status s = sql::run(db,
            QStringLiteral("UPDATE agreements SET current_period_id = ?, current_end = ? WHERE id = ?"),
            {p.id, date(p.end), p.agreementId});
        !s)
        return s.error();
    return p;
}

} // namespace

AgreementStore::AgreementStore(const Database &db)
    : m_db(db)
{}

Result<Agreement> AgreementStore::get(qint64 id) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT ") + kAgreementColumns + QStringLiteral(" FROM agreements WHERE id = ?"),
        {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return agreementNotFound(id);
    return readAgreement(q.value());
}

Result<Agreement> AgreementStore::findByNumber(const QString &number) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT ") + kAgreementColumns + QStringLiteral(" FROM agreements WHERE number = ?"),
        {number.trimmed().toUpper()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound,
            QCoreApplication::translate("AgreementStore", "There is no agreement with the number %1.")
                .arg(number.trimmed()));
    return readAgreement(q.value());
}

Result<Agreement> AgreementStore::create(Agreement a, const std::optional<AgreementPeriod> &firstPeriod) const
{
    if (const auto errors = a.validate(); !errors.isEmpty())
        return errors.first();
    if (firstPeriod) {
        if (const auto errors = firstPeriod->validate(); !errors.isEmpty())
            return errors.first();
    }
    const QSqlDatabase db = m_db.sql();
    return inTransaction(db, [&]() -> Result<Agreement> {
        auto partner
            = sql::scalar(db, QStringLiteral("SELECT name FROM partners WHERE id = ?"), {a.partnerId});
        if (!partner)
            return partner.error();
        if (!partner.value().isValid())
            return Error::validation(QStringLiteral("partner"),
                QCoreApplication::translate("AgreementStore", "There is no partner with id %1.")
                    .arg(a.partnerId));
        auto type
            = sql::scalar(db, QStringLiteral("SELECT id FROM agreement_types WHERE id = ?"), {a.typeId});
        if (!type)
            return type.error();
        if (!type.value().isValid())
            return Error::validation(QStringLiteral("type"),
                QCoreApplication::translate("AgreementStore", "There is no agreement type with id %1.")
                    .arg(a.typeId));

        // The year's counter row is taken under the write lock, so the number is never handed out twice.
        const int year = Clock::today().year();
        if (Status s = sql::run(db,
                QStringLiteral("INSERT INTO agreement_counters (year, last) VALUES (?, 1) "
                               "ON CONFLICT (year) DO UPDATE SET last = last + 1"),
                {year});
            !s)
            return s.error();
        auto last
            = sql::scalar(db, QStringLiteral("SELECT last FROM agreement_counters WHERE year = ?"), {year});
        if (!last)
            return last.error();
        a.number
            = QStringLiteral("AGR-%1-%2").arg(year).arg(last.value().toLongLong(), 5, 10, QLatin1Char('0'));
        a.stage = AgreementStage::Prepared;
        a.signedOn = {};
        a.terminatedOn = {};
        a.terminationReason.clear();
        a.currentEnd = {};
        a.createdAt = a.updatedAt = Clock::nowUtc();
        a.version = 1;
        auto q = sql::exec(db,
            QStringLiteral(
                "INSERT INTO agreements (number, partner_id, type_id, owner_id, stage, commission_rate, "
                "terms, notes, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
            {a.number, a.partnerId, a.typeId, sql::nullIfZero(a.ownerId), AgreementStages::key(a.stage),
                a.commissionRate.toString(), a.terms, a.notes, sql::isoUtc(a.createdAt),
                sql::isoUtc(a.updatedAt)});
        if (!q)
            return q.error();
        a.id = q.value().lastInsertId().toLongLong();
        if (firstPeriod) {
            AgreementPeriod p = *firstPeriod;
            p.agreementId = a.id;
            auto inserted = insertPeriod(db, p);
            if (!inserted)
                return inserted.error();
            a.currentEnd = inserted.value().end;
        }
        TimelineStore timeline(m_db);
        TimelineEvent e = agreementEvent(a, QStringLiteral("agreement-created"));
        e.newValue = a.number;
        if (Status s = timeline.record(e); !s)
            return s.error();
        return a;
    });
}

Result<Agreement> AgreementStore::update(const Agreement &a) const
{
    if (const auto errors = a.validate(); !errors.isEmpty())
        return errors.first();
    const QSqlDatabase db = m_db.sql();
    return inTransaction(db, [&]() -> Result<Agreement> {
        auto old = get(a.id);
        if (!old)
            return old.error();
        const Agreement &o = old.value();
        if (o.version != a.version)
            return conflict(o.number);
        if (o.partnerId != a.partnerId)
            return Error::validation(QStringLiteral("partner"),
                QCoreApplication::translate(
                    "AgreementStore", "An agreement cannot move to another partner."));

        struct Change
        {
            QString field;
            QString from;
            QString to;
        };
        QList<Change> changes;
        if (o.typeId != a.typeId)
            changes.append({QStringLiteral("type"), typeName(db, o.typeId), typeName(db, a.typeId)});
        if (o.ownerId != a.ownerId)
            changes.append({QStringLiteral("owner"), userName(db, o.ownerId), userName(db, a.ownerId)});
        if (o.commissionRate != a.commissionRate)
            changes.append({QStringLiteral("commission rate"), o.commissionRate.toPercentString(),
                a.commissionRate.toPercentString()});
        if (o.terms != a.terms)
            changes.append({QStringLiteral("terms"), o.terms.left(200), a.terms.left(200)});
        if (o.notes != a.notes)
            changes.append({QStringLiteral("notes"), o.notes.left(200), a.notes.left(200)});
        if (changes.isEmpty())
            return o;

        const QDateTime now = Clock::nowUtc();
        auto q = sql::exec(db,
            QStringLiteral(
                "UPDATE agreements SET type_id = ?, owner_id = ?, commission_rate = ?, terms = ?, notes = ?, "
                "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
            {a.typeId, sql::nullIfZero(a.ownerId), a.commissionRate.toString(), a.terms, a.notes,
                sql::isoUtc(now), a.id, a.version});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() != 1)
            return conflict(o.number);
        TimelineStore timeline(m_db);
        for (const Change &c : changes) {
            TimelineEvent e = agreementEvent(a, QStringLiteral("changed"));
            e.field = c.field;
            e.oldValue = c.from;
            e.newValue = c.to;
            e.comment = o.number;
            if (Status s = timeline.record(e); !s)
                return s.error();
        }
        return get(a.id);
    });
}

Result<AgreementFacts> AgreementStore::facts(qint64 agreementId) const
{
    auto a = get(agreementId);
    if (!a)
        return a.error();
    AgreementFacts f;
    f.agreement = a.value();
    auto current = currentPeriod(agreementId);
    if (!current)
        return current.error();
    f.currentPeriod = current.value();
    f.hasPeriod = f.currentPeriod.has_value();
    auto signedDoc = sql::scalar(m_db.sql(),
        QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM agreement_documents WHERE agreement_id = ? AND signed_copy = 1)"),
        {agreementId});
    if (!signedDoc)
        return signedDoc.error();
    f.hasSignedDocument = signedDoc.value().toBool();
    auto ever = sql::scalar(
        m_db.sql(), QStringLiteral("SELECT ever_signed FROM agreements WHERE id = ?"), {agreementId});
    if (!ever)
        return ever.error();
    f.everSigned = ever.value().toBool();
    return f;
}

Result<Agreement> AgreementStore::move(qint64 agreementId, const AgreementMove &move) const
{
    const QSqlDatabase db = m_db.sql();
    // The facts are read under the write lock, so no one attaches or moves in between.
    return inTransaction(db, [&]() -> Result<Agreement> {
        auto f = facts(agreementId);
        if (!f)
            return f.error();
        const AgreementFacts &facts = f.value();
        if (Status s = AgreementWorkflow::checkManual(facts, move); !s)
            return s.error();
        const Agreement &a = facts.agreement;

        const QDateTime now = Clock::nowUtc();
        QString extra;
        QVariantList binds {AgreementStages::key(move.to), sql::isoUtc(now)};
        if (move.to == AgreementStage::Signed) {
            extra = QStringLiteral(", signed_on = ?, ever_signed = 1");
            binds << date(move.date);
            if (a.stage == AgreementStage::Renewal) {
                AgreementPeriod p = move.newPeriod ? *move.newPeriod : facts.currentPeriod->next();
                p.agreementId = a.id;
                auto inserted = insertPeriod(db, p);
                if (!inserted)
                    return inserted.error();
                TimelineEvent e = agreementEvent(a, QStringLiteral("period-added"));
                e.field = a.number;
                e.newValue = QStringLiteral("%1 – %2").arg(
                    inserted.value().start.toString(Qt::ISODate), inserted.value().end.toString(Qt::ISODate));
                if (Status s = TimelineStore(m_db).record(e); !s)
                    return s.error();
            }
        } else if (move.to == AgreementStage::Terminated) {
            extra = QStringLiteral(", terminated_on = ?, termination_reason = ?");
            binds << date(move.date) << move.reason.trimmed();
        }
        binds << a.id << a.version;
        auto q = sql::exec(db,
            QStringLiteral("UPDATE agreements SET stage = ?, updated_at = ?") + extra
                + QStringLiteral(", version = version + 1 WHERE id = ? AND version = ?"),
            binds);
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() != 1)
            return conflict(a.number);

        const QDate effective = move.date.isValid() ? move.date : Clock::today();
        if (Status s = sql::run(db,
                QStringLiteral(
                    "INSERT INTO agreement_transitions (agreement_id, from_stage, to_stage, user_login, at, "
                    "effective_on, automatic, comment) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"),
                {a.id, AgreementStages::key(a.stage), AgreementStages::key(move.to), m_db.userLogin(),
                    sql::isoUtc(now), date(effective), move.comment.trimmed()});
            !s)
            return s.error();
        TimelineEvent e = agreementEvent(a, QStringLiteral("agreement-stage"));
        e.field = a.number;
        e.oldValue = AgreementStages::key(a.stage);
        e.newValue = AgreementStages::key(move.to);
        e.comment = move.to == AgreementStage::Terminated && move.comment.trimmed().isEmpty()
            ? move.reason.trimmed()
            : move.comment.trimmed();
        if (Status s = TimelineStore(m_db).record(e); !s)
            return s.error();
        return get(a.id);
    });
}

Result<QList<AgreementPeriod>> AgreementStore::periods(qint64 agreementId) const
{
    return sql::rows(m_db.sql(),
        QStringLiteral("SELECT ") + kPeriodColumns
            + QStringLiteral(" FROM agreement_periods WHERE agreement_id = ? ORDER BY sequence"),
        {agreementId}, readPeriod);
}

Result<std::optional<AgreementPeriod>> AgreementStore::currentPeriod(qint64 agreementId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT ") + kPeriodColumns
            + QStringLiteral(" FROM agreement_periods WHERE agreement_id = ? ORDER BY sequence DESC LIMIT 1"),
        {agreementId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<AgreementPeriod>();
    return std::optional<AgreementPeriod>(readPeriod(q.value()));
}

Result<AgreementPeriod> AgreementStore::addPeriod(AgreementPeriod period) const
{
    if (const auto errors = period.validate(); !errors.isEmpty())
        return errors.first();
    const QSqlDatabase db = m_db.sql();
    return inTransaction(db, [&]() -> Result<AgreementPeriod> {
        auto a = get(period.agreementId);
        if (!a)
            return a.error();
        if (a.value().stage != AgreementStage::Prepared && a.value().stage != AgreementStage::PendingReturn
            && a.value().stage != AgreementStage::Renewal)
            return Error::validation(QStringLiteral("period"),
                QCoreApplication::translate(
                    "AgreementStore", "A period can only be added in the stages %1, %2 and %3.")
                    .arg(AgreementStages::label(AgreementStage::Prepared),
                        AgreementStages::label(AgreementStage::PendingReturn),
                        AgreementStages::label(AgreementStage::Renewal)));
        auto current = currentPeriod(period.agreementId);
        if (!current)
            return current.error();
        if (current.value() && period.start <= current.value()->end)
            return Error::validation(QStringLiteral("start"),
                QCoreApplication::translate(
                    "AgreementStore", "The new period must start after %1, when the current one ends.")
                    .arg(current.value()->end.toString(Qt::ISODate)));
        auto inserted = insertPeriod(db, period);
        if (!inserted)
            return inserted.error();
        if (Status s = sql::run(db,
                QStringLiteral("UPDATE agreements SET updated_at = ?, version = version + 1 WHERE id = ?"),
                {sql::isoUtc(Clock::nowUtc()), period.agreementId});
            !s)
            return s.error();
        TimelineEvent e = agreementEvent(a.value(), QStringLiteral("period-added"));
        e.field = a.value().number;
        e.newValue = QStringLiteral("%1 – %2").arg(
            inserted.value().start.toString(Qt::ISODate), inserted.value().end.toString(Qt::ISODate));
        if (Status s = TimelineStore(m_db).record(e); !s)
            return s.error();
        return inserted;
    });
}

Result<AgreementPeriod> AgreementStore::updatePeriod(const AgreementPeriod &period) const
{
    if (const auto errors = period.validate(); !errors.isEmpty())
        return errors.first();
    const QSqlDatabase db = m_db.sql();
    Transaction t(db);
    if (Status s = t.begin(); !s)
        return s.error();
    auto a = get(period.agreementId);
    if (!a)
        return a.error();
    auto current = currentPeriod(period.agreementId);
    if (!current)
        return current.error();
    if (!current.value() || current.value()->id != period.id)
        return Error::validation(QStringLiteral("period"),
            QCoreApplication::translate("AgreementStore", "Only the current period can be changed."));
    if (a.value().stage != AgreementStage::Prepared && a.value().stage != AgreementStage::PendingReturn)
        return Error::validation(QStringLiteral("period"),
            QCoreApplication::translate(
                "AgreementStore", "The period of a signed agreement cannot be changed."));
    if (Status s = sql::run(db,
            QStringLiteral(
                "UPDATE agreement_periods SET start_date = ?, end_date = ?, notice_days = ?, auto_renew = ?, "
                "renewal_months = ? WHERE id = ?"),
            {date(period.start), date(period.end), period.noticeDays, period.autoRenew ? 1 : 0,
                period.renewalMonths, period.id});
        !s)
        return s.error();
    if (Status s = sql::run(db,
            QStringLiteral(
                "UPDATE agreements SET current_end = ?, updated_at = ?, version = version + 1 WHERE id = ?"),
            {date(period.end), sql::isoUtc(Clock::nowUtc()), period.agreementId});
        !s)
        return s.error();
    TimelineEvent e = agreementEvent(a.value(), QStringLiteral("changed"));
    e.field = QStringLiteral("period");
    e.oldValue = QStringLiteral("%1 – %2").arg(
        current.value()->start.toString(Qt::ISODate), current.value()->end.toString(Qt::ISODate));
    e.newValue
        = QStringLiteral("%1 – %2").arg(period.start.toString(Qt::ISODate), period.end.toString(Qt::ISODate));
    e.comment = a.value().number;
    if (Status s = TimelineStore(m_db).record(e); !s)
        return s.error();
    if (Status s = t.commit(); !s)
        return s.error();
    AgreementPeriod out = period;
    out.sequence = current.value()->sequence;
    out.createdAt = current.value()->createdAt;
    return out;
}

Result<QList<AgreementTransition>> AgreementStore::history(qint64 agreementId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral(
            "SELECT id, agreement_id, from_stage, to_stage, user_login, at, effective_on, automatic, comment "
            "FROM agreement_transitions WHERE agreement_id = ? ORDER BY id"),
        {agreementId});
    if (!q)
        return q.error();
    QList<AgreementTransition> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        AgreementTransition t;
        sql::RowReader row(r);
        row(t.id, t.agreementId)
            .key(t.from, AgreementStages::fromKey, AgreementStage::Prepared)
            .key(t.to, AgreementStages::fromKey, AgreementStage::Prepared);
        row(t.user, t.at, t.effectiveOn, t.automatic, t.comment);
        out.append(t);
    }
    return out;
}

Result<QList<AgreementType>> AgreementStore::types() const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT id, key, name, active, sequence FROM agreement_types ORDER BY sequence, id"));
    if (!q)
        return q.error();
    QList<AgreementType> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
            r.value(3).toBool(), r.value(4).toInt()});
    }
    return out;
}

Result<AgreementType> AgreementStore::saveType(AgreementType type) const
{
    type.key = type.key.trimmed().toLower();
    type.name = type.name.trimmed();
    if (type.key.isEmpty())
        return Error::validation(QStringLiteral("key"),
            QCoreApplication::translate("AgreementStore", "An agreement type needs a key."));
    if (type.name.isEmpty())
        return Error::validation(QStringLiteral("name"),
            QCoreApplication::translate("AgreementStore", "An agreement type needs a name."));
    const QSqlDatabase db = m_db.sql();
    if (type.id == 0) {
        auto q = sql::exec(db,
            QStringLiteral("INSERT INTO agreement_types (key, name, active, sequence) VALUES (?, ?, ?, ?)"),
            {type.key, type.name, type.active ? 1 : 0, type.sequence});
        if (!q) {
            if (q.error().code == Error::Code::Duplicate)
                return Error {Error::Code::Duplicate,
                    QCoreApplication::translate("AgreementStore", "The agreement type %1 exists already.")
                        .arg(type.key),
                    QStringLiteral("key"), {}, 0, 0};
            return q.error();
        }
        type.id = q.value().lastInsertId().toLongLong();
        return type;
    }
    if (Status s = sql::run(db,
            QStringLiteral(
                "UPDATE agreement_types SET key = ?, name = ?, active = ?, sequence = ? WHERE id = ?"),
            {type.key, type.name, type.active ? 1 : 0, type.sequence, type.id});
        !s)
        return s.error();
    return type;
}

Result<qint64> AgreementStore::typeId(const QString &key) const
{
    auto v
        = sql::scalar(m_db.sql(), QStringLiteral("SELECT id FROM agreement_types WHERE key = ? OR name = ?"),
            {key.trimmed().toLower(), key.trimmed()});
    if (!v)
        return v.error();
    return v.value().isValid() ? v.value().toLongLong() : qint64(0);
}

} // namespace cd
