#include "customerstore.h"

#include "common/accountnumber.h"
#include "common/clock.h"
#include "common/country.h"
#include "common/email.h"
#include "db/rowreader.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "partners/partnerstore.h"
#include "timeline/timelinestore.h"

#include <QCoreApplication>

namespace cd {

namespace {

const QString kCustomerColumns
    = QStringLiteral("id, code, name, street, city, postcode, country, segment, email, phone, partner_id, "
                     "archived_at, created_at, updated_at, version");

} // namespace

QList<Error> Customer::validate() const
{
    QList<Error> errors;
    if (name.trimmed().isEmpty())
        errors.append(Error::validation(
            QStringLiteral("name"), QCoreApplication::translate("CustomerStore", "The name is required.")));
    if (!code.isEmpty()) {
        if (Status s = AccountNumber::validate(code, QStringLiteral("code")); !s)
            errors.append(s.error());
    }
    if (!country.isEmpty() && !Country::isValid(country))
        errors.append(Error::validation(QStringLiteral("country"),
            QCoreApplication::translate(
                "CustomerStore", "\"%1\" is not an ISO 3166-1 alpha-2 country code (for example DE, FR, US).")
                .arg(country)));
    if (!email.isEmpty()) {
        if (Status s = Email::validate(email, QStringLiteral("email")); !s)
            errors.append(s.error());
    }
    return errors;
}

QString CustomerStore::selectColumns()
{
    return kCustomerColumns;
}

Customer CustomerStore::fromRow(const QSqlQuery &r)
{
    Customer c;
    sql::RowReader {r}(c.id, c.code, c.name, c.street, c.city, c.postcode, c.country, c.segment, c.email,
        c.phone, c.partnerId, c.archivedAt, c.createdAt, c.updatedAt, c.version);
    return c;
}

CustomerStore::CustomerStore(const Database &db)
    : VersionedStore(db)
{}

VersionedTable CustomerStore::table()
{
    return {QStringLiteral("customers"), kCustomerColumns, QStringLiteral("customer"), false};
}

QString CustomerStore::missingId(qint64 id)
{
    return QCoreApplication::translate("CustomerStore", "There is no customer with id %1.").arg(id);
}

QString CustomerStore::missingCode(const QString &code)
{
    return QCoreApplication::translate("CustomerStore", "There is no customer with the code %1.").arg(code);
}

QString CustomerStore::changedElsewhere(const Customer &stored)
{
    return QCoreApplication::translate(
        "CustomerStore", "Customer %1 was changed by someone else since you opened it.")
        .arg(stored.name);
}

namespace {

Error customerCodeTaken(const QString &code)
{
    return Error {Error::Code::Duplicate,
        QCoreApplication::translate("CustomerStore", "The code %1 is already used by another customer.")
            .arg(code),
        QStringLiteral("code"), {}, 0, 0};
}

const QString kInsert = QStringLiteral(
    "INSERT INTO customers (code, name, street, city, postcode, country, segment, email, phone, partner_id, "
    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

// A new customer as create() stores it: code, name and country trimmed (the country upper-case).
Customer normalizedNew(Customer c)
{
    c.code = c.code.trimmed();
    c.name = c.name.trimmed();
    c.country = c.country.trimmed().toUpper();
    return c;
}

QVariantList insertValues(const Customer &c)
{
    const QString now = sql::isoUtc(Clock::nowUtc());
    return {c.code, c.name, c.street, c.city, c.postcode, c.country, c.segment, c.email.trimmed(), c.phone,
        sql::nullIfZero(c.partnerId), now, now};
}

// "created", and "customer-assigned" on the partner's timeline when it has one.
QList<TimelineEvent> createdEvents(qint64 id, const Customer &c)
{
    TimelineEvent e {.entity = QStringLiteral("customer"),
        .entityId = id,
        .action = QStringLiteral("created"),
        .newValue = c.name};
    if (c.partnerId == 0)
        return {e};
    TimelineEvent a {.entity = QStringLiteral("customer"),
        .entityId = id,
        .partnerId = c.partnerId,
        .action = QStringLiteral("customer-assigned"),
        .newValue = QStringLiteral("%1 %2").arg(c.code, c.name)};
    return {e, a};
}

} // namespace

Result<QString> CustomerStore::partnerLabel(qint64 partnerId) const
{
    if (partnerId == 0)
        return QCoreApplication::translate("CustomerStore", "(direct)");
    auto v = sql::scalar(
        m_db.sql(), QStringLiteral("SELECT code || ' ' || name FROM partners WHERE id = ?"), {partnerId});
    if (!v)
        return v.error();
    if (!v.value().isValid())
        return Error {Error::Code::NotFound,
            QCoreApplication::translate("CustomerStore", "There is no partner with id %1.").arg(partnerId),
            QStringLiteral("partner"), {}, 0, 0};
    return v.value().toString();
}

Result<Customer> CustomerStore::create(Customer c) const
{
    c = normalizedNew(std::move(c));
    if (const auto errors = c.validate(); !errors.isEmpty())
        return errors.first();
    return inTransaction(m_db.sql(), [&]() -> Result<Customer> {
        if (c.code.isEmpty()) {
            auto code = PartnerStore(m_db).generateCode();
            if (!code)
                return code.error();
            c.code = code.value();
        } else {
            auto exists = codeExists(c.code);
            if (!exists)
                return exists.error();
            if (exists.value())
                return customerCodeTaken(c.code);
        }
        auto label = partnerLabel(c.partnerId);
        if (!label)
            return label.error();
        auto q = sql::exec(
            m_db.sql(), kInsert + QStringLiteral(" RETURNING ") + kCustomerColumns, insertValues(c));
        if (!q)
            return q.error();
        // The stored row comes back from the insert itself.
        if (!q.value().next())
            return sql::errorFrom(q.value().lastError());
        const Customer stored = fromRow(q.value());
        q.value().finish();
        TimelineStore timeline(m_db);
        for (const TimelineEvent &e : createdEvents(stored.id, c)) {
            if (Status s = timeline.record(e); !s)
                return s.error();
        }
        return stored;
    });
}

Result<Customer> CustomerStore::update(const Customer &changed) const
{
    Customer c = changed;
    c.code = c.code.trimmed();
    c.name = c.name.trimmed();
    c.country = c.country.trimmed().toUpper();
    if (c.code.isEmpty())
        return Error::validation(QStringLiteral("code"),
            QCoreApplication::translate("CustomerStore", "The code cannot be empty."));
    if (const auto errors = c.validate(); !errors.isEmpty())
        return errors.first();
    return inTransaction(m_db.sql(), [&]() -> Result<Customer> {
        auto before = get(c.id);
        if (!before)
            return before.error();
        if (before->version != c.version)
            return conflict(before.value());
        if (c.code != before->code) {
            auto exists = codeExists(c.code);
            if (!exists)
                return exists.error();
            if (exists.value())
                return customerCodeTaken(c.code);
        }
        const QList<FieldChange> fields = {
            {QStringLiteral("code"), before->code, c.code},
            {QStringLiteral("name"), before->name, c.name},
            {QStringLiteral("street"), before->street, c.street},
            {QStringLiteral("city"), before->city, c.city},
            {QStringLiteral("postcode"), before->postcode, c.postcode},
            {QStringLiteral("country"), before->country, c.country},
            {QStringLiteral("segment"), before->segment, c.segment},
            {QStringLiteral("e-mail"), before->email, c.email.trimmed()},
            {QStringLiteral("phone"), before->phone, c.phone},
        };
        QList<FieldChange> changes;
        for (const FieldChange &f : fields) {
            if (f.oldValue != f.newValue)
                changes.append(f);
        }
        if (changes.isEmpty())
            return before;
        if (Status s = rows().recordChanges(c.id, 0, changes); !s)
            return s.error();
        auto updated = rows().updateAt(c.id, c.version,
            {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("street"), QStringLiteral("city"),
                QStringLiteral("postcode"), QStringLiteral("country"), QStringLiteral("segment"),
                QStringLiteral("email"), QStringLiteral("phone")},
            {c.code, c.name, c.street, c.city, c.postcode, c.country, c.segment, c.email.trimmed(), c.phone});
        if (!updated)
            return updated.error();
        if (!updated.value())
            return conflict(before.value());
        auto stored = get(c.id);
        if (!stored)
            return stored.error();
        return stored;
    });
}

Result<Customer> CustomerStore::reassign(
    qint64 customerId, int version, qint64 newPartnerId, const QString &comment) const
{
    return inTransaction(m_db.sql(), [&]() -> Result<Customer> {
        auto before = get(customerId);
        if (!before)
            return before.error();
        if (before->version != version)
            return conflict(before.value());
        if (before->partnerId == newPartnerId)
            return before;
        auto oldLabel = partnerLabel(before->partnerId);
        if (!oldLabel)
            return oldLabel.error();
        auto newLabel = partnerLabel(newPartnerId);
        if (!newLabel)
            return newLabel.error();
        if (Status s = sql::run(m_db.sql(),
                QStringLiteral(
                    "UPDATE customers SET partner_id = ?, updated_at = ?, version = version + 1 WHERE "
                    "id = ? AND version = ?"),
                {sql::nullIfZero(newPartnerId), sql::isoUtc(Clock::nowUtc()), customerId, version});
            !s)
            return s.error();
        TimelineStore timeline(m_db);
        const QString customerLabel = QStringLiteral("%1 %2").arg(before->code, before->name);
        TimelineEvent e {.entity = QStringLiteral("customer"),
            .entityId = customerId,
            .action = QStringLiteral("reassigned"),
            .oldValue = oldLabel.value(),
            .newValue = newLabel.value(),
            .comment = comment};
        if (Status s = timeline.record(e); !s)
            return s.error();
        if (before->partnerId != 0) {
            TimelineEvent out {.entity = QStringLiteral("customer"),
                .entityId = customerId,
                .partnerId = before->partnerId,
                .action = QStringLiteral("customer-unassigned"),
                .oldValue = customerLabel,
                .comment = comment};
            if (Status s = timeline.record(out); !s)
                return s.error();
        }
        if (newPartnerId != 0) {
            TimelineEvent in {.entity = QStringLiteral("customer"),
                .entityId = customerId,
                .partnerId = newPartnerId,
                .action = QStringLiteral("customer-assigned"),
                .newValue = customerLabel,
                .comment = comment};
            if (Status s = timeline.record(in); !s)
                return s.error();
        }
        auto stored = get(customerId);
        if (!stored)
            return stored.error();
        return stored;
    });
}

Result<Customer> CustomerStore::archive(qint64 id, int version) const
{
    return setArchived(id, version, true, {});
}

Result<Customer> CustomerStore::restore(qint64 id, int version) const
{
    return setArchived(id, version, false, {});
}

NewCustomers::NewCustomers(const Database &db)
    : m_db(db)
    , m_timeline(db)
{}

Result<qint64> NewCustomers::add(Customer c)
{
    if (!m_customer.isPrepared()) {
        if (Status s = m_customer.prepare(m_db.handle(), kInsert); !s)
            return s.error();
        if (Status s = m_event.prepare(m_db.handle(), TimelineStore::insertStatement()); !s)
            return s.error();
    }
    c = normalizedNew(std::move(c));
    if (c.code.isEmpty()) {
        auto code = PartnerStore(m_db).generateCode();
        if (!code)
            return code.error();
        c.code = code.value();
    }
    m_customer.bindAll(insertValues(c));
    if (Status s = m_customer.run(); !s) {
        if (s.error().message.contains(QLatin1String("UNIQUE constraint failed: customers.code")))
            return customerCodeTaken(c.code);
        if (s.error().message.contains(QLatin1String("FOREIGN KEY constraint failed")))
            return Error {Error::Code::NotFound,
                QCoreApplication::translate("CustomerStore", "There is no partner with id %1.")
                    .arg(c.partnerId),
                QStringLiteral("partner"), {}, 0, 0};
        return s.error();
    }
    const qint64 id = m_customer.lastInsertId();
    // Only the database itself can fail the events (a full disk, an I/O error): such an error
    // ends the caller's transaction, which takes the customer back with it.
    for (const TimelineEvent &e : createdEvents(id, c)) {
        m_event.bindAll(m_timeline.insertValues(e));
        if (Status s = m_event.run(); !s)
            return s.error();
    }
    return id;
}

} // namespace cd
