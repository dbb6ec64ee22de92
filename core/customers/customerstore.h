#pragma once

// CustomerStore: reads and writes customers; reassigning a customer's partner is one recorded action.

#include "common/result.h"
#include "customer.h"
#include "db/database.h"

#include <QSqlQuery>

namespace cd {

class CustomerStore
{
public:
    explicit CustomerStore(const Database &db);

    Result<Customer> get(qint64 id) const;
    Result<Customer> findByCode(const QString &code) const;
    Result<bool> codeExists(const QString &code) const;

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
    Result<Customer> setArchived(qint64 id, int version, bool archived) const;
    Result<QString> partnerLabel(qint64 partnerId) const;
    Database m_db;
};

} // namespace cd
