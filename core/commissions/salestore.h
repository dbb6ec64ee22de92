#pragma once

// SaleStore: invoices and credit notes. save() is keyed by the document number: storing a number
// again updates that document (a payment date arriving later, a corrected amount), never adds a
// second one.

#include "db/database.h"
#include "sale.h"

#include <QSqlQuery>

namespace cd {

class SaleStore
{
public:
    explicit SaleStore(const Database &db);

    enum class Outcome { Created, Updated, Unchanged };
    struct Saved
    {
        Sale sale;
        Outcome outcome = Outcome::Created;
    };
    // Checks the document (validate(), the customer, partner, distributor and invoice it names,
    // and that a credit note takes back no more than it can refer to) and stores it in one
    // transaction. `sale.partnerId` 0 with partnerGiven false resolves the customer's partner on
    // the document date.
    Result<Saved> save(Sale sale) const;

    Result<Sale> get(qint64 id) const;
    Result<Sale> findByNumber(const QString &number) const;
    // Newest first.
    Result<QList<Sale>> list(const SaleFilter &filter, int limit, qint64 offset = 0) const;

    // The customer's primary partner on `date` (0 = none), from its partner changes.
    Result<qint64> partnerOn(qint64 customerId, const QDate &date) const;

    static Sale fromRow(const QSqlQuery &row);
    static QString selectColumns();

private:
    Status checkCredit(const Sale &sale) const;
    Database m_db;
};

} // namespace cd
