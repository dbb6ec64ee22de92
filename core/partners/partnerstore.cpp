#include "partnerstore.h"

#include "common/accountnumber.h"
#include "common/clock.h"
#include "common/iban.h"
#include "db/rowreader.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "lookups.h"
#include "partnerstore_p.h"
#include "timeline/timelinestore.h"

#include <QCoreApplication>

namespace cd {

namespace {

const QString kPartnerColumns = QStringLiteral(
    "id, code, name, legal_name, kind, business_nature, area_id, street, city, postcode, region, country, "
    "latitude, longitude, website, tax_id, control_account, bank_holder, iban, bic, bank_name, status, "
    "status_reason, status_date, level_id, weight_override, activation_id, account_manager_id, tags, notes, "
    "commission_rate, margin_based, archived_at, created_at, updated_at, version");

Partner readPartner(const QSqlQuery &r)
{
    Partner p;
    sql::RowReader row(r);
    row(p.id, p.code, p.name, p.legalName).key(p.kind, Partner::kindFromKey, PartnerKind::Reseller);
    row(p.businessNature, p.areaId, p.street, p.city, p.postcode, p.region, p.country, p.latitude,
        p.longitude, p.website, p.taxId, p.controlAccount, p.bankHolder, p.iban, p.bic, p.bankName)
        .key(p.status, Partner::statusFromKey, PartnerStatus::Active);
    row(p.statusReason, p.statusDate, p.levelId, p.weightOverride, p.activationId, p.accountManagerId);
    const QString tags = row.next().toString();
    p.tags = tags.isEmpty() ? QStringList() : tags.split(QStringLiteral(", "));
    row(p.notes, p.commissionRate, p.marginBased, p.archivedAt, p.createdAt, p.updatedAt, p.version);
    return p;
}

// The stored columns of a partner in a fixed order, for INSERT and UPDATE alike.
QVariantList values(const Partner &p)
{
    return {p.code, p.name.trimmed(), p.legalName.trimmed(), Partner::kindKey(p.kind), p.businessNature,
        sql::nullIfZero(p.areaId), p.street, p.city.trimmed(), p.postcode, p.region, p.country.toUpper(),
        sql::nullIfUnset(p.latitude), sql::nullIfUnset(p.longitude), p.website, p.taxId, p.controlAccount,
        p.bankHolder, Iban::normalized(p.iban), p.bic.trimmed().toUpper(), p.bankName,
        Partner::statusKey(p.status), p.statusReason,
        p.statusDate.isValid() ? QVariant(p.statusDate.toString(Qt::ISODate))
                               : QVariant(QMetaType::fromType<QString>()),
        sql::nullIfZero(p.levelId),
        p.weightOverride ? QVariant(*p.weightOverride) : QVariant(QMetaType::fromType<int>()),
        sql::nullIfZero(p.activationId), sql::nullIfZero(p.accountManagerId), Partner::normalizedTags(p.tags),
        p.notes,
        p.commissionRate ? QVariant(p.commissionRate->toString()) : QVariant(QMetaType::fromType<QString>()),
        p.marginBased ? 1 : 0};
}

const QString kWritable = QStringLiteral(
    "code, name, legal_name, kind, business_nature, area_id, street, city, postcode, region, country, "
    "latitude, "
    "longitude, website, tax_id, control_account, bank_holder, iban, bic, bank_name, status, status_reason, "
    "status_date, level_id, weight_override, activation_id, account_manager_id, tags, notes, "
    "commission_rate, "
    "margin_based");

// A field as the timeline shows it: a label and a readable value.
struct FieldValue
{
    QString key;
    QString value;
};

QString lookupName(const QSqlDatabase &db, const char *table, const char *column, qint64 id)
{
    if (id == 0)
        return {};
    auto v = sql::scalar(db,
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(QLatin1String(column), QLatin1String(table)),
        {id});
    return v.ok() ? v.value().toString() : QString::number(id);
}

QList<FieldValue> describe(const QSqlDatabase &db, const Partner &p)
{
    const auto num
        = [](const std::optional<double> &d) { return d ? QString::number(*d, 'f', 6) : QString(); };
    return {
        {QStringLiteral("code"), p.code},
        {QStringLiteral("name"), p.name.trimmed()},
        {QStringLiteral("legal name"), p.legalName.trimmed()},
        {QStringLiteral("kind"), Partner::kindKey(p.kind)},
        {QStringLiteral("business nature"), p.businessNature},
        {QStringLiteral("area"), lookupName(db, "areas", "name", p.areaId)},
        {QStringLiteral("street"), p.street},
        {QStringLiteral("city"), p.city.trimmed()},
        {QStringLiteral("postcode"), p.postcode},
        {QStringLiteral("region"), p.region},
        {QStringLiteral("country"), p.country.toUpper()},
        {QStringLiteral("latitude"), num(p.latitude)},
        {QStringLiteral("longitude"), num(p.longitude)},
        {QStringLiteral("website"), p.website},
        {QStringLiteral("tax id"), p.taxId},
        {QStringLiteral("control account"), p.controlAccount},
        {QStringLiteral("bank holder"), p.bankHolder},
        {QStringLiteral("IBAN"), Iban::normalized(p.iban)},
        {QStringLiteral("BIC"), p.bic.trimmed().toUpper()},
        {QStringLiteral("bank name"), p.bankName},
        {QStringLiteral("status"), Partner::statusKey(p.status)},
        {QStringLiteral("status reason"), p.statusReason},
        {QStringLiteral("level"), lookupName(db, "partner_levels", "name", p.levelId)},
        {QStringLiteral("weight override"),
            p.weightOverride ? QString::number(*p.weightOverride) : QString()},
        {QStringLiteral("activation"), lookupName(db, "partner_activations", "name", p.activationId)},
        {QStringLiteral("account manager"), lookupName(db, "users", "login", p.accountManagerId)},
        {QStringLiteral("tags"), Partner::normalizedTags(p.tags)},
        {QStringLiteral("notes"), p.notes},
        {QStringLiteral("commission rate"),
            p.commissionRate ? p.commissionRate->toPercentString() : QString()},
        {QStringLiteral("margin based"), p.marginBased ? QStringLiteral("yes") : QStringLiteral("no")},
    };
}

Error firstError(const QList<Error> &errors)
{
    return errors.first();
}

} // namespace

namespace partnerrows {

Error codeTaken(const QString &code)
{
    return Error {Error::Code::Duplicate,
        QCoreApplication::translate("PartnerStore", "The code %1 is already used by another partner.")
            .arg(code),
        QStringLiteral("code"), {}, 0, 0};
}

QString insertStatement()
{
    return QStringLiteral("INSERT INTO partners (") + kWritable
        + QStringLiteral(", created_at, updated_at) VALUES (") + QStringLiteral("?, ").repeated(32)
        + QStringLiteral("?)");
}

// The values of insertStatement() for a new partner: a partner that is not active gets today as its status
// date when it has none.
QVariantList insertValues(Partner p)
{
    if (p.status != PartnerStatus::Active && !p.statusDate.isValid())
        p.statusDate = Clock::today();
    const QString now = sql::isoUtc(Clock::nowUtc());
    QVariantList binds = values(p);
    binds << now << now;
    return binds;
}

QString contactInsertStatement()
{
    return QStringLiteral(
        "INSERT INTO contacts (partner_id, name, function, email, phone, is_primary, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
}

// The values of insertStatement()Contact; the contact's name and e-mail are stored trimmed.
QVariantList contactValues(const Contact &c)
{
    const QString now = sql::isoUtc(Clock::nowUtc());
    return {
        c.partnerId, c.name.trimmed(), c.function, c.email.trimmed(), c.phone, c.primary ? 1 : 0, now, now};
}

TimelineEvent contactAdded(const Contact &c)
{
    TimelineEvent e {.entity = QStringLiteral("contact"),
        .entityId = c.id,
        .partnerId = c.partnerId,
        .action = QStringLiteral("contact-added"),
        .newValue = c.name.trimmed()};
    return e;
}

TimelineEvent partnerCreated(qint64 id, const Partner &p)
{
    TimelineEvent e {.entity = QStringLiteral("partner"),
        .entityId = id,
        .partnerId = id,
        .action = QStringLiteral("created"),
        .newValue = p.name};
    return e;
}

} // namespace partnerrows

using namespace partnerrows;

QString PartnerStore::selectColumns()
{
    return kPartnerColumns;
}

Partner PartnerStore::fromRow(const QSqlQuery &row)
{
    return readPartner(row);
}

PartnerStore::PartnerStore(const Database &db)
    : VersionedStore(db)
{}

VersionedTable PartnerStore::table()
{
    return {QStringLiteral("partners"), kPartnerColumns, QStringLiteral("partner"), true};
}

QString PartnerStore::missingId(qint64 id)
{
    return QCoreApplication::translate("PartnerStore", "There is no partner with id %1.").arg(id);
}

QString PartnerStore::missingCode(const QString &code)
{
    return QCoreApplication::translate("PartnerStore", "There is no partner with the code %1.").arg(code);
}

QString PartnerStore::changedElsewhere(const Partner &stored)
{
    return QCoreApplication::translate(
        "PartnerStore", "Partner %1 was changed by someone else (by %2) since you opened it.")
        .arg(stored.name, stored.updatedAt.toLocalTime().toString(Qt::ISODate));
}

Result<QString> PartnerStore::generateCode() const
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString code = AccountNumber::generate(*QRandomGenerator::global());
        auto v = sql::scalar(m_db.sql(),
            QStringLiteral("SELECT (SELECT count(*) FROM partners WHERE code = ?) + (SELECT count(*) FROM "
                           "customers WHERE code = ?)"),
            {code, code});
        if (!v)
            return v.error();
        if (v.value().toInt() == 0)
            return code;
    }
    return Error::make(Error::Code::Database,
        QCoreApplication::translate("PartnerStore", "Could not find a free account number."));
}

Status PartnerStore::checkUsable(const Partner &p) const
{
    const QList<Error> errors = p.validate();
    if (!errors.isEmpty())
        return firstError(errors);
    return {};
}

Result<Partner> PartnerStore::create(Partner p) const
{
    p.code = p.code.trimmed();
    if (Status s = checkUsable(p); !s)
        return s.error();
    return inTransaction(m_db.sql(), [&]() -> Result<Partner> {
        if (p.code.isEmpty()) {
            auto code = generateCode();
            if (!code)
                return code.error();
            p.code = code.value();
        } else if (auto exists = codeExists(p.code); !exists || exists.value()) {
            if (!exists)
                return exists.error();
            return codeTaken(p.code);
        }
        const QVariantList binds = insertValues(p);
        // The stored row comes back from the insert itself, as the database normalised it.
        auto q = sql::exec(
            m_db.sql(), insertStatement() + QStringLiteral(" RETURNING ") + kPartnerColumns, binds);
        if (!q)
            return q.error();
        if (!q.value().next())
            return sql::errorFrom(q.value().lastError());
        const Partner stored = readPartner(q.value());
        q.value().finish();
        if (Status s = TimelineStore(m_db).record(partnerCreated(stored.id, p)); !s)
            return s.error();
        return stored;
    });
}

Result<Partner> PartnerStore::update(const Partner &changed) const
{
    Partner p = changed;
    p.code = p.code.trimmed();
    if (p.code.isEmpty())
        return Error::validation(
            QStringLiteral("code"), QCoreApplication::translate("PartnerStore", "The code cannot be empty."));
    if (Status s = checkUsable(p); !s)
        return s.error();
    return inTransaction(m_db.sql(), [&]() -> Result<Partner> {
        auto before = get(p.id);
        if (!before)
            return before.error();
        if (before->version != p.version)
            return conflict(before.value());
        if (p.code != before->code) {
            auto exists = codeExists(p.code);
            if (!exists)
                return exists.error();
            if (exists.value())
                return codeTaken(p.code);
        }
        if (p.status != before->status && p.statusDate == before->statusDate)
            p.statusDate = Clock::today();
        if (p.status == PartnerStatus::Active && before->status != PartnerStatus::Active)
            p.statusReason.clear();

        const QList<FieldValue> oldFields = describe(m_db.sql(), before.value());
        const QList<FieldValue> newFields = describe(m_db.sql(), p);
        QList<FieldChange> changes;
        const bool statusChanged = p.status != before->status;
        for (int i = 0; i < oldFields.size(); ++i) {
            if (oldFields[i].value == newFields[i].value)
                continue;
            // With a status change the reason travels as the status event's comment.
            if (statusChanged && oldFields[i].key == QLatin1String("status reason"))
                continue;
            FieldChange change {oldFields[i].key, oldFields[i].value, newFields[i].value};
            if (oldFields[i].key == QLatin1String("status")) {
                change.action = QStringLiteral("status");
                change.comment = p.statusReason;
            }
            changes.append(change);
        }
        if (changes.isEmpty())
            return before; // nothing to save; the version stays
        if (Status s = rows().recordChanges(p.id, p.id, changes); !s)
            return s.error();
        auto updated = rows().updateAt(p.id, p.version, kWritable.split(QStringLiteral(", ")), values(p));
        if (!updated)
            return updated.error();
        if (!updated.value())
            return conflict(before.value());
        auto stored = get(p.id);
        if (!stored)
            return stored.error();
        return stored;
    });
}

Result<Partner> PartnerStore::save(Partner partner, const QString &newAreaName) const
{
    return inTransaction(m_db.sql(), [&]() -> Result<Partner> {
        if (partner.areaId == 0 && !newAreaName.trimmed().isEmpty()) {
            auto area = LookupStore(m_db).ensureArea(newAreaName);
            if (!area)
                return area.error();
            partner.areaId = area.value();
        }
        auto stored = partner.id == 0 ? create(partner) : update(partner);
        if (!stored)
            return stored;
        return stored;
    });
}

Result<Partner> PartnerStore::archive(qint64 id, int version, const QString &comment) const
{
    return setArchived(id, version, true, comment);
}

Result<Partner> PartnerStore::restore(qint64 id, int version) const
{
    return setArchived(id, version, false, {});
}

namespace {
Contact contactFromRow(const QSqlQuery &r)
{
    Contact c;
    sql::RowReader {r}(c.id, c.partnerId, c.name, c.function, c.email, c.phone, c.primary, c.version);
    return c;
}
const QString kContactColumns
    = QStringLiteral("id, partner_id, name, function, email, phone, is_primary, version");
} // namespace

Result<QList<Contact>> PartnerStore::contacts(qint64 partnerId) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT ") + kContactColumns
            + QStringLiteral(" FROM contacts WHERE partner_id = ? ORDER BY is_primary DESC, name"),
        {partnerId});
    if (!q)
        return q.error();
    QList<Contact> out;
    while (q.value().next())
        out.append(contactFromRow(q.value()));
    return out;
}

Status PartnerStore::clearOtherPrimaries(const Contact &c) const
{
    if (!c.primary)
        return {};
    return sql::run(m_db.sql(),
        QStringLiteral("UPDATE contacts SET is_primary = 0, version = version + 1 WHERE partner_id = ? AND "
                       "id <> ? AND is_primary = 1"),
        {c.partnerId, c.id});
}

Result<Contact> PartnerStore::addContact(Contact c) const
{
    if (const auto errors = c.validate(); !errors.isEmpty())
        return errors.first();
    c.name = c.name.trimmed();
    c.email = c.email.trimmed();
    return inTransaction(m_db.sql(), [&]() -> Result<Contact> {
        auto partner = get(c.partnerId);
        if (!partner)
            return partner.error();
        if (Status s = clearOtherPrimaries(c); !s)
            return s.error();
        auto q = sql::exec(m_db.sql(), contactInsertStatement(), contactValues(c));
        if (!q)
            return q.error();
        c.id = q.value().lastInsertId().toLongLong();
        c.version = 1;
        if (Status s = TimelineStore(m_db).record(contactAdded(c)); !s)
            return s.error();
        return c;
    });
}

Result<Contact> PartnerStore::contactAt(qint64 id, int version) const
{
    auto q = sql::exec(m_db.sql(),
        QStringLiteral("SELECT ") + kContactColumns + QStringLiteral(" FROM contacts WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::NotFound,
            QCoreApplication::translate("PartnerStore", "The contact no longer exists."));
    const Contact stored = contactFromRow(q.value());
    if (stored.version != version)
        return Error::make(Error::Code::Conflict,
            QCoreApplication::translate(
                "PartnerStore", "Contact %1 was changed by someone else since you opened it.")
                .arg(stored.name));
    return stored;
}

Result<Contact> PartnerStore::updateContact(const Contact &changed) const
{
    Contact c = changed;
    if (const auto errors = c.validate(); !errors.isEmpty())
        return errors.first();
    c.name = c.name.trimmed();
    c.email = c.email.trimmed();
    Transaction tx(m_db.sql());
    if (Status s = tx.begin(); !s)
        return s.error();
    auto stored = contactAt(c.id, c.version);
    if (!stored)
        return stored.error();
    const Contact &before = stored.value();
    c.partnerId = before.partnerId;
    if (Status s = clearOtherPrimaries(c); !s)
        return s.error();
    TimelineStore timeline(m_db);
    const QList<std::tuple<QString, QString, QString>> fields = {
        {QStringLiteral("name"), before.name, c.name},
        {QStringLiteral("function"), before.function, c.function},
        {QStringLiteral("e-mail"), before.email, c.email},
        {QStringLiteral("phone"), before.phone, c.phone},
        {QStringLiteral("primary"), before.primary ? QStringLiteral("yes") : QStringLiteral("no"),
            c.primary ? QStringLiteral("yes") : QStringLiteral("no")},
    };
    for (const auto &[field, oldValue, newValue] : fields) {
        if (oldValue == newValue)
            continue;
        TimelineEvent e {.entity = QStringLiteral("contact"),
            .entityId = c.id,
            .partnerId = c.partnerId,
            .action = QStringLiteral("contact-changed"),
            .field = field,
            .oldValue = oldValue,
            .newValue = newValue,
            .comment = c.name};
        if (Status s = timeline.record(e); !s)
            return s.error();
    }
    auto u = sql::exec(m_db.sql(),
        QStringLiteral("UPDATE contacts SET name = ?, function = ?, email = ?, phone = ?, is_primary = ?, "
                       "updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"),
        {c.name, c.function, c.email, c.phone, c.primary ? 1 : 0, sql::isoUtc(Clock::nowUtc()), c.id,
            c.version});
    if (!u)
        return u.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    ++c.version;
    return c;
}

Status PartnerStore::removeContact(qint64 contactId, int version) const
{
    Transaction tx(m_db.sql());
    if (Status s = tx.begin(); !s)
        return s;
    auto stored = contactAt(contactId, version);
    if (!stored)
        return stored.error();
    const Contact &before = stored.value();
    if (Status s = sql::run(m_db.sql(), QStringLiteral("DELETE FROM contacts WHERE id = ?"), {contactId}); !s)
        return s;
    TimelineEvent e {.entity = QStringLiteral("contact"),
        .entityId = contactId,
        .partnerId = before.partnerId,
        .action = QStringLiteral("contact-removed"),
        .oldValue = QStringLiteral("%1 <%2>").arg(before.name, before.email)};
    if (Status s = TimelineStore(m_db).record(e); !s)
        return s;
    return tx.commit();
}

} // namespace cd
