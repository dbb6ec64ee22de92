#pragma once

// PartnerStore: reads and writes partners and their contacts. Every write is one transaction that
// also writes the partner's timeline; every update checks the row version it was read at.

#include "common/result.h"
#include "db/database.h"
#include "db/rawstatement.h"
#include "db/versionedstore.h"
#include "partner.h"
#include "timeline/timelinestore.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace cd {

class PartnerStore : public VersionedStore<PartnerStore, Partner>
{
public:
    explicit PartnerStore(const Database &db);

    // get(id), findByCode(code), codeExists(code) and setArchivedMany(ids, archived, comment) come
    // from VersionedStore.

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
    friend class VersionedStore<PartnerStore, Partner>;
    static VersionedTable table();
    static QString missingId(qint64 id);
    static QString missingCode(const QString &code);
    static QString changedElsewhere(const Partner &stored);

    Status checkUsable(const Partner &partner) const;
    Status clearOtherPrimaries(const Contact &contact) const;
    // The stored contact, or NotFound, or Conflict when it is no longer at `version`.
    Result<Contact> contactAt(qint64 id, int version) const;
};

// Adds many new partners inside the caller's transaction, as an import does: the same rows and
// timeline events as PartnerStore::create() and addContact(), through statements prepared once
// (see sql::RawStatement). The caller has validated each partner and contact (validate()) and
// claimed its code; a code already stored fails as Duplicate. A partner and its contact are
// written together or not at all.
class NewPartners
{
public:
    explicit NewPartners(const Database &db);

    // The new partner's id. An empty code gets a generated one.
    Result<qint64> add(Partner partner, const std::optional<Contact> &primaryContact = {});

private:
    Status prepare();
    Error failed(const Error &e, const QString &code) const;
    Database m_db;
    PartnerStore m_store;
    TimelineStore m_timeline;
    sql::RawStatement m_partner;
    sql::RawStatement m_contact;
    sql::RawStatement m_event;
    sql::RawStatement m_savepoint;
    sql::RawStatement m_release;
    sql::RawStatement m_rollback;
};

} // namespace cd
