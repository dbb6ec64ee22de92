#pragma once

// The configurable lists partners refer to: levels (with lead weights), activations, areas, users.

#include "common/result.h"
#include "db/database.h"

#include <QHash>

#include <QSqlDatabase>
#include <functional>

namespace cd {

struct Level
{
    qint64 id = 0;
    QString name;
    int weight = 0; // share of leads; 0 = receives none
    int sequence = 0;
    int version = 0;
};

struct Activation
{
    qint64 id = 0;
    QString name;
    bool active = true; // a disabled activation is kept on partners but offered no more
    int sequence = 0;
    int version = 0;
};

struct Area
{
    qint64 id = 0;
    QString name;
    int version = 0;
};

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QString email;
    bool active = true;
    int version = 0;

    QString label() const { return displayName.isEmpty() ? login : displayName; }
};

class LookupStore
{
public:
    enum class List { Levels, Activations, Areas, Users };

    explicit LookupStore(const Database &db);

    Result<QList<Level>> levels() const;
    Result<QList<Activation>> activations() const;
    Result<QList<Area>> areas() const;
    Result<QList<User>> users() const;

    // Create (id 0) or update (version checked) one entry, with its timeline events (entity "level",
    // "activation", "area" or "user"; no partner) in the same transaction.
    Result<Level> saveLevel(Level level) const;
    Result<Activation> saveActivation(Activation activation) const;
    Result<Area> saveArea(Area area) const;
    Result<User> saveUser(User user) const;
    // Gives each of two entries of a levels, activations or areas list the other's name, in one
    // transaction with a timeline event each ("Gold" and "Silver" swapped, which two renames
    // cannot do since names are unique). Conflict when either version moved on.
    Status swapNames(List list, qint64 firstId, int firstVersion, qint64 secondId, int secondVersion) const;
    // Runs several of the writes above as one transaction: all or none (a list's new order).
    Status inOneTransaction(const std::function<Status()> &writes) const;
    // Refused while partners still use the entry.
    Status removeLevel(qint64 id) const;
    Status removeActivation(qint64 id) const;
    Status removeArea(qint64 id) const;

    // Find by name (case-insensitive) or create. For imports and the demo; call inside a transaction.
    Result<qint64> ensureArea(const QString &name) const;
    Result<qint64> ensureUser(const QString &login) const;
    // 0 when there is no such entry.
    Result<qint64> levelId(const QString &name) const;
    Result<qint64> activationId(const QString &name) const;

    // How many partners use each entry of `list` (users: as account manager), archived partners
    // included since they keep the entry too. Entries no partner uses are left out.
    Result<QHash<qint64, qint64>> usage(List list) const;

private:
    Status removeUnused(const QString &entity, const QString &table, const QString &column, qint64 id) const;
    Result<std::pair<qint64, int>> writeEntry(const char *entity, const char *table, qint64 id, int version,
        const QList<std::pair<const char *, const char *>> &columns, const QVariantList &values) const;
    Database m_database;
    QSqlDatabase m_db;
};

} // namespace cd
