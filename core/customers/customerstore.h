#pragma once

// CustomerStore: reads and writes customers; reassigning a customer's partner is one recorded action.

#include "common/result.h"
#include "customer.h"
#include "db/database.h"
#include "db/rawstatement.h"
#include "db/versionedstore.h"
#include "timeline/timelinestore.h"

#include <QSqlQuery>

namespace cd {

class CustomerStore : public VersionedStore<CustomerStore, Customer>
{
public:
    explicit CustomerStore(const Database &db);

    // get(id), findByCode(code), codeExists(code) and setArchivedMany(ids, archived) come from
    // VersionedStore.

    Result<Customer> create(Customer customer) const;
    // Saves changed fields (not the partner: use reassign). Conflict when the version moved on.
    Result<Customer> update(const Customer &customer) const;
    // Moves the customer to another primary partner (0 = direct), recorded on the customer's and on
    // both partners' timelines.
    Result<Customer> reassign(
        qint64 customerId, int version, qint64 newPartnerId, const QString &comment = {}) const;
    Result<Customer> archive(qint64 id, int version) const;
    Result<Customer> restore(qint64 id, int version) const;

    static QString selectColumns();
    static Customer fromRow(const QSqlQuery &row);

private:
    friend class VersionedStore<CustomerStore, Customer>;
    static VersionedTable table();
    static QString missingId(qint64 id);
    static QString missingCode(const QString &code);
    static QString changedElsewhere(const Customer &stored);

    Result<QString> partnerLabel(qint64 partnerId) const;
};

// Adds many new customers inside the caller's transaction, as an import does: the same row and
// timeline events as CustomerStore::create(), through statements prepared once (see
// sql::RawStatement). The caller has validated each customer and claimed its code; a code already
// stored fails as Duplicate, a partner id that does not exist as NotFound.
class NewCustomers
{
public:
    explicit NewCustomers(const Database &db);

    // The new customer's id. An empty code gets a generated one.
    Result<qint64> add(Customer customer);

private:
    Database m_db;
    TimelineStore m_timeline;
    sql::RawStatement m_customer;
    sql::RawStatement m_event;
};

} // namespace cd
