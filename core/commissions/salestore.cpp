#include "salestore.h"

#include "commissiontext_p.h"

#include "common/clock.h"
#include "db/rowreader.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QCoreApplication>

namespace cd {

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QString money(qint64 minor, const QString &currency)
{
    return Money(minor, currency).toString() + QLatin1Char(' ') + currency;
}

// The fields save() compares to tell an update from an unchanged row.
bool sameDocument(const Sale &a, const Sale &b)
{
    return a.kind == b.kind && a.issuedOn == b.issuedOn && a.customerId == b.customerId
        && a.partnerId == b.partnerId && a.partnerGiven == b.partnerGiven
        && a.distributorId == b.distributorId && a.invoiceId == b.invoiceId && a.category == b.category
        && a.amount == b.amount && a.costMinor == b.costMinor && a.paidOn == b.paidOn;
}

} // namespace

SaleStore::SaleStore(const Database &db)
    : m_db(db)
{}

QString SaleStore::selectColumns()
{
    return QStringLiteral(
        "s.id, s.number, s.kind, s.issued_on, s.customer_id, s.partner_id, s.partner_given, "
        "s.distributor_id, "
        "s.invoice_id, s.category, s.amount_minor, s.currency, s.cost_minor, s.paid_on, s.created_at, "
        "s.updated_at, "
        "s.version, c.code, c.name, p.code, d.code, i.number "
        "FROM sales s JOIN customers c ON c.id = s.customer_id LEFT JOIN partners p ON p.id = s.partner_id "
        "LEFT JOIN partners d ON d.id = s.distributor_id LEFT JOIN sales i ON i.id = s.invoice_id");
}

Sale SaleStore::fromRow(const QSqlQuery &r)
{
    Sale s;
    sql::RowReader row(r);
    row(s.id, s.number).key(s.kind, Sale::kindFromKey, SaleKind::Invoice);
    row(s.issuedOn, s.customerId, s.partnerId, s.partnerGiven, s.distributorId, s.invoiceId, s.category,
        s.amount, s.costMinor, s.paidOn, s.createdAt, s.updatedAt, s.version, s.customerCode, s.customerName,
        s.partnerCode, s.distributorCode, s.invoiceNumber);
    return s;
}

Result<Sale> SaleStore::get(qint64 id) const
{
    auto rows = sql::rows(m_db.sql(),
        QStringLiteral("SELECT ") + selectColumns() + QStringLiteral(" WHERE s.id = ?"), {id}, fromRow);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(
            Error::Code::NotFound, CommissionText::tr("There is no sales document with the id %1.").arg(id));
    return rows->first();
}

Result<Sale> SaleStore::findByNumber(const QString &number) const
{
    auto rows = sql::rows(m_db.sql(),
        QStringLiteral("SELECT ") + selectColumns() + QStringLiteral(" WHERE s.number = ?"),
        {number.trimmed()}, fromRow);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(
            Error::Code::NotFound, CommissionText::tr("There is no invoice or credit note %1.").arg(number));
    return rows->first();
}

Result<QList<Sale>> SaleStore::list(const SaleFilter &f, int limit, qint64 offset) const
{
    QStringList where;
    QVariantList binds;
    if (f.from.isValid()) {
        where << QStringLiteral("s.issued_on >= ?");
        binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("s.issued_on <= ?");
        binds << f.to.toString(Qt::ISODate);
    }
    if (f.partnerId > 0) {
        where << QStringLiteral("s.partner_id = ?");
        binds << f.partnerId;
    }
    if (f.customerId > 0) {
        where << QStringLiteral("s.customer_id = ?");
        binds << f.customerId;
    }
    if (f.unpaidOnly)
        where << QStringLiteral("s.paid_on IS NULL AND s.kind = 'invoice'");
    binds << limit << offset;
    return sql::rows(m_db.sql(),
        QStringLiteral("SELECT ") + selectColumns()
            + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
            + QStringLiteral(" ORDER BY s.issued_on DESC, s.id DESC LIMIT ? OFFSET ?"),
        binds, fromRow);
}

Result<qint64> SaleStore::partnerOn(qint64 customerId, const QDate &date) const
{
    auto v = sql::exec(m_db.sql(),
        QStringLiteral(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM customer_partner_changes ch WHERE ch.customer_id = "
            "c.id AND ch.changed_on > ?) THEN coalesce((SELECT ch.old_partner_id FROM "
            "customer_partner_changes ch WHERE ch.customer_id = c.id AND ch.changed_on > ? ORDER BY "
            "ch.changed_on, ch.rowid LIMIT 1), 0) ELSE coalesce(c.partner_id, 0) END "
            "FROM customers c WHERE c.id = ?"),
        {date.toString(Qt::ISODate), date.toString(Qt::ISODate), customerId});
    if (!v)
        return v.error();
    if (!v.value().next())
        return Error::make(Error::Code::NotFound,
            CommissionText::tr("There is no customer with the id %1.").arg(customerId));
    return v->value(0).toLongLong();
}

Status SaleStore::checkCredit(const Sale &sale) const
{
    const QSqlDatabase db = m_db.sql();
    if (sale.invoiceId > 0) {
        auto inv = sql::exec(db,
            QStringLiteral(
                "SELECT kind, customer_id, currency, amount_minor, number FROM sales WHERE id = ?"),
            {sale.invoiceId});
        if (!inv)
            return inv.error();
        if (!inv.value().next())
            return Error::validation(QStringLiteral("invoice"),
                CommissionText::tr("The invoice this credit note refers to is not stored."));
        if (inv.value().value(0).toString() != QLatin1String("invoice"))
            return Error::validation(QStringLiteral("invoice"),
                CommissionText::tr("%1 is a credit note; a credit note refers to an invoice.")
                    .arg(inv.value().value(4).toString()));
        if (inv.value().value(1).toLongLong() != sale.customerId)
            return Error::validation(QStringLiteral("invoice"),
                CommissionText::tr("The invoice %1 is for another customer.")
                    .arg(inv.value().value(4).toString()));
        if (inv.value().value(2).toString() != sale.amount.currency())
            return Error::validation(QStringLiteral("currency"),
                CommissionText::tr("The invoice %1 is in %2; its credit note must be too.")
                    .arg(inv.value().value(4).toString(), inv.value().value(2).toString()));
        auto credited = sql::scalar(db,
            QStringLiteral(
                "SELECT coalesce(sum(amount_minor), 0) FROM sales WHERE invoice_id = ? AND kind = 'credit' "
                "AND number <> ?"),
            {sale.invoiceId, sale.number});
        if (!credited)
            return credited.error();
        const qint64 room = inv.value().value(3).toLongLong() - credited->toLongLong();
        if (sale.amount.minorUnits() > room)
            return Error::validation(QStringLiteral("amount"),
                CommissionText::tr(
                    "The credit note takes back %1, but the invoice %2 has only %3 left to credit.")
                    .arg(money(sale.amount.minorUnits(), sale.amount.currency()),
                        inv.value().value(4).toString(), money(room, sale.amount.currency())));
        return {};
    }
    auto room = sql::scalar(db,
        QStringLiteral(
            "SELECT coalesce(sum(CASE kind WHEN 'invoice' THEN amount_minor ELSE -amount_minor END), 0) "
            "FROM sales WHERE customer_id = ? AND currency = ? AND number <> ?"),
        {sale.customerId, sale.amount.currency(), sale.number});
    if (!room)
        return room.error();
    if (sale.amount.minorUnits() > room->toLongLong())
        return Error::validation(QStringLiteral("amount"),
            CommissionText::tr("The credit note takes back %1, more than the customer's invoices in %2 leave "
                               "to credit (%3).")
                .arg(money(sale.amount.minorUnits(), sale.amount.currency()), sale.amount.currency(),
                    money(room->toLongLong(), sale.amount.currency())));
    return {};
}

Result<SaleStore::Saved> SaleStore::save(Sale sale) const
{
    sale.number = sale.number.trimmed();
    sale.category = sale.category.trimmed();
    if (const QList<Error> errors = sale.validate(); !errors.isEmpty())
        return errors.first();
    const QSqlDatabase db = m_db.sql();
    return inTransaction(db, [&]() -> Result<Saved> {
        auto customer
            = sql::scalar(db, QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {sale.customerId});
        if (!customer)
            return customer.error();
        if (!customer->isValid())
            return Error::validation(
                QStringLiteral("customer"), CommissionText::tr("The customer is not stored."));
        for (const auto &[id, field] : {std::pair {sale.partnerId, QStringLiteral("partner")},
                 std::pair {sale.distributorId, QStringLiteral("distributor")}}) {
            if (id <= 0)
                continue;
            auto found = sql::scalar(db, QStringLiteral("SELECT 1 FROM partners WHERE id = ?"), {id});
            if (!found)
                return found.error();
            if (!found->isValid())
                return Error::validation(field, CommissionText::tr("The partner is not stored."));
        }
        if (!sale.partnerGiven) {
            auto partner = partnerOn(sale.customerId, sale.issuedOn);
            if (!partner)
                return partner.error();
            sale.partnerId = partner.value();
        }
        auto stored = findByNumber(sale.number);
        if (stored && stored->kind != sale.kind)
            return Error::validation(QStringLiteral("kind"),
                CommissionText::tr("%1 is stored as %2; a document number cannot change its kind.")
                    .arg(sale.number,
                        stored->isCredit() ? CommissionText::tr("a credit note")
                                           : CommissionText::tr("an invoice")));
        if (sale.isCredit()) {
            if (Status s = checkCredit(sale); !s)
                return s.error();
        }

        const QString now = sql::isoUtc(Clock::nowUtc());
        const QVariantList values = {Sale::kindKey(sale.kind), sale.issuedOn.toString(Qt::ISODate),
            sale.customerId, sql::nullIfZero(sale.partnerId), sale.partnerGiven ? 1 : 0,
            sql::nullIfZero(sale.distributorId), sql::nullIfZero(sale.invoiceId), sale.category,
            sale.amount.minorUnits(), sale.amount.currency(),
            sale.costMinor ? QVariant(*sale.costMinor) : QVariant(QMetaType::fromType<qint64>()),
            dateOrNull(sale.paidOn)};
        Outcome outcome = Outcome::Created;
        qint64 id = 0;
        if (stored) {
            const Sale &old = stored.value();
            id = old.id;
            if (sameDocument(old, sale))
                return Saved {old, Outcome::Unchanged};
            QVariantList binds = values;
            binds << now << id;
            if (Status s = sql::run(db,
                    QStringLiteral(
                        "UPDATE sales SET kind = ?, issued_on = ?, customer_id = ?, partner_id = ?, "
                        "partner_given = ?, distributor_id = ?, invoice_id = ?, category = ?, "
                        "amount_minor = ?, currency = ?, cost_minor = ?, paid_on = ?, updated_at = ?, "
                        "version = version + 1 WHERE id = ?"),
                    binds);
                !s)
                return s.error();
            outcome = Outcome::Updated;
        } else if (stored.error().code != Error::Code::NotFound) {
            return stored.error();
        } else {
            QVariantList binds {sale.number};
            binds << values << now << now;
            auto q = sql::exec(db,
                QStringLiteral(
                    "INSERT INTO sales (number, kind, issued_on, customer_id, partner_id, partner_given, "
                    "distributor_id, invoice_id, category, amount_minor, currency, cost_minor, paid_on, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                binds);
            if (!q)
                return q.error();
            id = q->lastInsertId().toLongLong();
        }
        auto saved = get(id);
        if (!saved)
            return saved.error();
        return Saved {saved.value(), outcome};
    });
}

} // namespace cd
