#pragma once

// VersionedStore: what the stores of code-keyed, archivable, optimistically locked records share
// (partners, customers; statements and accounts later): reading by id and by code, "is this code
// taken", archive and restore with the version check and the timeline event in one transaction,
// the same for many rows at once, one timeline event per changed field, and the UPDATE that only
// lands when nobody saved in between.
//
// A store derives from VersionedStore<Store, Record> and gives it, as private statics with the
// base as friend: table() (name, columns, timeline entity), fromRow(), and the messages for a
// missing id or code and for a row someone else changed. Record has id, code, name, version and
// isArchived().

#include "common/result.h"
#include "database.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <optional>

namespace cd {

struct VersionedTable
{
    QString name; // the table: "partners"
    QString columns; // the select list fromRow() reads
    QString entity; // the timeline's entity: "partner"
    // The row is itself a partner: its events show on its own partner timeline.
    bool isPartner = false;
};

// One changed field for the timeline.
struct FieldChange
{
    QString field;
    QVariant oldValue;
    QVariant newValue;
    QString action = QStringLiteral("changed");
    QString comment;
};

// The untyped half: SQL and timeline writes on one versioned table, inside the caller's transaction.
class VersionedRows
{
    Q_DECLARE_TR_FUNCTIONS(cd::VersionedRows)
public:
    VersionedRows(const Database &db, const VersionedTable &table);

    // The row whose `keyColumn` is `key`, positioned on it; nullopt when there is none.
    Result<std::optional<QSqlQuery>> select(const QString &keyColumn, const QVariant &key) const;
    Result<bool> exists(const QString &keyColumn, const QVariant &key) const;
    // Sets or clears archived_at at `version` and records "archived"/"restored"; false when the
    // version moved on.
    Result<bool> writeArchived(qint64 id, int version, bool archived, const QString &comment) const;
    // One timeline event per change; `partnerId` also shows them on that partner's timeline.
    Status recordChanges(qint64 id, qint64 partnerId, const QList<FieldChange> &changes) const;
    // UPDATE ... SET column = value, ..., updated_at, version + 1 WHERE id and version match;
    // false when the version moved on.
    Result<bool> updateAt(
        qint64 id, int version, const QStringList &columns, const QVariantList &values) const;

    // "Name (code): reason" for a failure among many rows.
    static Error naming(const Error &error, const QString &name, const QString &code);

private:
    Database m_db;
    VersionedTable m_table;
};

template<typename Store, typename Record>
class VersionedStore
{
public:
    Result<Record> get(qint64 id) const
    {
        auto row = rows().select(QStringLiteral("id"), id);
        if (!row)
            return row.error();
        if (!row.value())
            return Error::make(Error::Code::NotFound, Store::missingId(id));
        return Store::fromRow(*row.value());
    }
    // NotFound when there is none.
    Result<Record> findByCode(const QString &code) const
    {
        auto row = rows().select(QStringLiteral("code"), code.trimmed());
        if (!row)
            return row.error();
        if (!row.value())
            return Error::make(Error::Code::NotFound, Store::missingCode(code));
        return Store::fromRow(*row.value());
    }
    Result<bool> codeExists(const QString &code) const
    {
        return rows().exists(QStringLiteral("code"), code.trimmed());
    }

    // Archives (or restores) many rows in one transaction, each with its timeline entry; those
    // already in that state are left alone. All or nothing: the error names the row that failed.
    // Returns how many changed.
    Result<qint64> setArchivedMany(const QList<qint64> &ids, bool archived, const QString &comment = {}) const
    {
        Transaction tx(m_db.sql());
        if (Status s = tx.begin(); !s)
            return s.error();
        qint64 changed = 0;
        for (const qint64 id : ids) {
            // Read under the write lock: the version is the latest, so nobody's change is overwritten.
            auto current = get(id);
            if (!current)
                return current.error();
            if (current->isArchived() == archived)
                continue;
            auto saved = setArchived(id, current->version, archived, comment);
            if (!saved)
                return VersionedRows::naming(saved.error(), current->name, current->code);
            ++changed;
        }
        if (Status s = tx.commit(); !s)
            return s.error();
        return changed;
    }

protected:
    explicit VersionedStore(const Database &db)
        : m_db(db)
    {}

    VersionedRows rows() const { return VersionedRows(m_db, Store::table()); }
    static Error conflict(const Record &stored)
    {
        return Error::make(Error::Code::Conflict, Store::changedElsewhere(stored));
    }

    // One archive or restore at `version`, in its own transaction (a savepoint in the caller's).
    Result<Record> setArchived(qint64 id, int version, bool archived, const QString &comment) const
    {
        Transaction tx(m_db.sql());
        if (Status s = tx.begin(); !s)
            return s.error();
        auto before = get(id);
        if (!before)
            return before.error();
        if (before->version != version)
            return conflict(before.value());
        if (before->isArchived() == archived)
            return before;
        auto written = rows().writeArchived(id, version, archived, comment);
        if (!written)
            return written.error();
        if (!written.value())
            return conflict(before.value());
        auto stored = get(id);
        if (!stored)
            return stored.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return stored;
    }

    Database m_db;
};

} // namespace cd
