#pragma once

// PartnerStore: reads and writes partners and their contacts. Every write is one transaction that
// also writes the partner's timeline; every update checks the row version it was read at.

#include "common/result.h"
#include "db/database.h"
#include "partner.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace cd {

class PartnerStore
{
public:
    explicit PartnerStore(const Database &db);

    Result<Partner> get(qint64 id) const;
    Result<Partner> findByCode(const QString &code) const; // NotFound when there is none
    Result<bool> codeExists(const QString &code) const;

    // Validates, generates a code when none is given, inserts, records "created".
    Result<Partner> create(Partner partner) const;
    // Saves every changed field, one timeline event each. Fails with Conflict when the stored
    // version is not partner.version (someone else saved in between).
    Result<Partner> update(const Partner &partner) const;
    // Creates (id 0) or updates; when `newAreaName` is given and the partner has no area yet, the
    // area is found or created in the same transaction, so both are written or neither.
    Result<Partner> save(Partner partner, const QString &newAreaName = {}) const;
    Result<Partner> archive(qint64 id, int version, const QString &comment = {}) const;
    Result<Partner> restore(qint64 id, int version) const;
    // Archives (or restores) many partners in one transaction, each with its timeline entry; those
    // already in that state are left alone. All or nothing: the error names the partner that
    // failed. Returns how many changed.
    Result<qint64> setArchivedMany(
        const QList<qint64> &ids, bool archived, const QString &comment = {}) const;

    Result<QList<Contact>> contacts(qint64 partnerId) const;
    Result<Contact> addContact(Contact contact) const;
    Result<Contact> updateContact(const Contact &contact) const;
    Status removeContact(qint64 contactId, int version) const;

    // The partners table's columns and their reading, for queries that stream full partners.
    static QString selectColumns();
    static Partner fromRow(const QSqlQuery &row);

    // A fresh 10-digit account number with a Luhn check digit that no partner or customer uses.
    Result<QString> generateCode() const;

private:
    Status checkUsable(const Partner &partner) const;
    Result<Partner> setArchived(qint64 id, int version, bool archived, const QString &comment) const;
    Status clearOtherPrimaries(const Contact &contact) const;
    Database m_db;
};

} // namespace cd
