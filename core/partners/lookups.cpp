#include "lookups.h"

#include "db/sql.h"
#include "db/transaction.h"
#include "timeline/timelinestore.h"

#include <QCoreApplication>

namespace cd {

namespace {

Error conflict()
{
    return Error::make(Error::Code::Conflict,
        QCoreApplication::translate(
            "LookupStore", "This entry was changed by someone else. Reload it and try again."));
}

// Turns a failed save into a friendly error when a unique name is taken.
Error saveError(const Error &e, const QString &name)
{
    if (e.code == Error::Code::Duplicate)
        return Error {Error::Code::Duplicate,
            QCoreApplication::translate("LookupStore", "The name \"%1\" is already used.").arg(name),
            QStringLiteral("name"), {}, 0, 0};
    return e;
}
} // namespace

LookupStore::LookupStore(const Database &db)
    : m_database(db)
    , m_db(db.sql())
{}

Result<QList<Level>> LookupStore::levels() const
{
    auto q = sql::exec(m_db,
        QStringLiteral(
            "SELECT id, name, weight, sequence, version FROM partner_levels ORDER BY sequence, name"));
    if (!q)
        return q.error();
    QList<Level> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toInt(), r.value(3).toInt(),
            r.value(4).toInt()});
    }
    return out;
}

Result<QList<Activation>> LookupStore::activations() const
{
    auto q = sql::exec(m_db,
        QStringLiteral(
            "SELECT id, name, active, sequence, version FROM partner_activations ORDER BY sequence, name"));
    if (!q)
        return q.error();
    QList<Activation> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toBool(), r.value(3).toInt(),
            r.value(4).toInt()});
    }
    return out;
}

Result<QList<Area>> LookupStore::areas() const
{
    auto q = sql::exec(m_db, QStringLiteral("SELECT id, name, version FROM areas ORDER BY name"));
    if (!q)
        return q.error();
    QList<Area> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toInt()});
    }
    return out;
}

Result<QList<User>> LookupStore::users() const
{
    auto q = sql::exec(m_db,
        QStringLiteral("SELECT id, login, display_name, email, active, version FROM users ORDER BY "
                       "display_name, login"));
    if (!q)
        return q.error();
    QList<User> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out.append({r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
            r.value(3).toString(), r.value(4).toBool(), r.value(5).toInt()});
    }
    return out;
}

// One entry written in one transaction with its timeline events: "created" with its name, or one
// "changed" per column whose value changed (the order of a list is not recorded). `columns` are the
// table's columns with the field name the timeline shows ("" = not shown); the first is the name.
Result<std::pair<qint64, int>> LookupStore::writeEntry(const char *entity, const char *table, qint64 id,
    int version, const QList<std::pair<const char *, const char *>> &columns,
    const QVariantList &values) const
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.error();
    QStringList names;
    for (const auto &[column, field] : columns)
        names.append(QLatin1String(column));
    TimelineStore timeline(m_database);
    TimelineEvent e;
    e.entity = QLatin1String(entity);
    if (id == 0) {
        auto q = sql::exec(m_db,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(QLatin1String(table), names.join(QStringLiteral(", ")),
                    QStringLiteral("?, ").repeated(values.size() - 1) + QLatin1Char('?')),
            values);
        if (!q)
            return saveError(q.error(), values.first().toString());
        e.entityId = q.value().lastInsertId().toLongLong();
        e.action = QStringLiteral("created");
        e.newValue = values.first();
        if (Status s = timeline.record(e); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return std::pair {e.entityId, 1};
    }
    auto before = sql::exec(m_db,
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
            .arg(names.join(QStringLiteral(", ")), QLatin1String(table)),
        {id});
    if (!before)
        return before.error();
    if (!before.value().next())
        return conflict();
    QVariantList old;
    for (int i = 0; i < columns.size(); ++i)
        old.append(before.value().value(i));
    before.value().finish();
    QVariantList binds = values;
    binds << id << version;
    auto q = sql::exec(m_db,
        QStringLiteral("UPDATE %1 SET %2 = ?, version = version + 1 WHERE id = ? AND version = ?")
            .arg(QLatin1String(table), names.join(QStringLiteral(" = ?, "))),
        binds);
    if (!q)
        return saveError(q.error(), values.first().toString());
    if (q.value().numRowsAffected() != 1)
        return conflict();
    e.entityId = id;
    e.action = QStringLiteral("changed");
    for (int i = 0; i < columns.size(); ++i) {
        if (qstrlen(columns.at(i).second) == 0 || old.at(i).toString() == values.at(i).toString())
            continue;
        e.field = QLatin1String(columns.at(i).second);
        e.oldValue = old.at(i);
        e.newValue = values.at(i);
        if (Status s = timeline.record(e); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return std::pair {id, version + 1};
}

Status LookupStore::swapNames(
    List list, qint64 firstId, int firstVersion, qint64 secondId, int secondVersion) const
{
    const char *entity = nullptr;
    const char *table = nullptr;
    switch (list) {
    case List::Levels:
        entity = "level";
        table = "partner_levels";
        break;
    case List::Activations:
        entity = "activation";
        table = "partner_activations";
        break;
    case List::Areas:
        entity = "area";
        table = "areas";
        break;
    case List::Users:
        return Error::make(Error::Code::Usage,
            QCoreApplication::translate(
                "LookupStore", "Logins cannot be swapped; give one a new login first."));
    }
    if (firstId == secondId)
        return {};
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    QString names[2];
    const qint64 ids[2] = {firstId, secondId};
    const int versions[2] = {firstVersion, secondVersion};
    for (int i = 0; i < 2; ++i) {
        auto name = sql::scalar(m_db,
            QStringLiteral("SELECT name FROM %1 WHERE id = ? AND version = ?").arg(QLatin1String(table)),
            {ids[i], versions[i]});
        if (!name)
            return name.error();
        if (!name.value().isValid())
            return conflict();
        names[i] = name.value().toString();
    }
    // The names are unique: the first steps aside under its id (no list name starts with a
    // control character), then each takes the other's.
    if (Status s = sql::run(m_db,
            QStringLiteral("UPDATE %1 SET name = char(1) || id WHERE id = ?").arg(QLatin1String(table)),
            {firstId});
        !s)
        return s;
    TimelineStore timeline(m_database);
    for (int i : {1, 0}) {
        if (Status s = sql::run(m_db,
                QStringLiteral("UPDATE %1 SET name = ?, version = version + 1 WHERE id = ?")
                    .arg(QLatin1String(table)),
                {names[1 - i], ids[i]});
            !s)
            return s;
        TimelineEvent e {.entity = QLatin1String(entity),
            .entityId = ids[i],
            .action = QStringLiteral("changed"),
            .field = QStringLiteral("name"),
            .oldValue = names[i],
            .newValue = names[1 - i]};
        if (Status s = timeline.record(e); !s)
            return s;
    }
    return tx.commit();
}

Result<Level> LookupStore::saveLevel(Level level) const
{
    if (level.name.trimmed().isEmpty())
        return Error::validation(
            QStringLiteral("name"), QCoreApplication::translate("LookupStore", "The level needs a name."));
    if (level.weight < 0)
        return Error::validation(QStringLiteral("weight"),
            QCoreApplication::translate("LookupStore", "The weight cannot be negative."));
    level.name = level.name.trimmed();
    auto written = writeEntry("level", "partner_levels", level.id, level.version,
        {{"name", "name"}, {"weight", "weight"}, {"sequence", ""}},
        {level.name, level.weight, level.sequence});
    if (!written)
        return written.error();
    std::tie(level.id, level.version) = written.value();
    return level;
}

Result<Activation> LookupStore::saveActivation(Activation a) const
{
    if (a.name.trimmed().isEmpty())
        return Error::validation(QStringLiteral("name"),
            QCoreApplication::translate("LookupStore", "The activation needs a name."));
    a.name = a.name.trimmed();
    auto written = writeEntry("activation", "partner_activations", a.id, a.version,
        {{"name", "name"}, {"active", "active"}, {"sequence", ""}}, {a.name, a.active ? 1 : 0, a.sequence});
    if (!written)
        return written.error();
    std::tie(a.id, a.version) = written.value();
    return a;
}

Result<Area> LookupStore::saveArea(Area area) const
{
    if (area.name.trimmed().isEmpty())
        return Error::validation(
            QStringLiteral("name"), QCoreApplication::translate("LookupStore", "The area needs a name."));
    area.name = area.name.trimmed();
    auto written = writeEntry("area", "areas", area.id, area.version, {{"name", "name"}}, {area.name});
    if (!written)
        return written.error();
    std::tie(area.id, area.version) = written.value();
    return area;
}

Result<User> LookupStore::saveUser(User user) const
{
    if (user.login.trimmed().isEmpty())
        return Error::validation(
            QStringLiteral("login"), QCoreApplication::translate("LookupStore", "The user needs a login."));
    user.login = user.login.trimmed();
    auto written = writeEntry("user", "users", user.id, user.version,
        {{"login", "login"}, {"display_name", "display name"}, {"email", "e-mail"}, {"active", "active"}},
        {user.login, user.displayName, user.email, user.active ? 1 : 0});
    if (!written)
        return written.error();
    std::tie(user.id, user.version) = written.value();
    return user;
}

Status LookupStore::inOneTransaction(const std::function<Status()> &writes) const
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = writes(); !s)
        return s;
    return tx.commit();
}

Status LookupStore::removeUnused(
    const QString &entity, const QString &table, const QString &column, qint64 id) const
{
    auto used
        = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM partners WHERE %1 = ?").arg(column), {id});
    if (!used)
        return used.error();
    if (used.value().toLongLong() > 0)
        return Error::make(Error::Code::Validation,
            QCoreApplication::translate("LookupStore",
                "%n partner(s) still use this entry; change them first.", nullptr, used.value().toInt()));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto name = sql::scalar(m_db, QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(table), {id});
    if (!name)
        return name.error();
    if (!name.value().isValid())
        return conflict(); // removed by someone else
    if (Status s = sql::run(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}); !s)
        return s;
    TimelineEvent e {
        .entity = entity, .entityId = id, .action = QStringLiteral("removed"), .oldValue = name.value()};
    if (Status s = TimelineStore(m_database).record(e); !s)
        return s;
    return tx.commit();
}

Status LookupStore::removeLevel(qint64 id) const
{
    return removeUnused(
        QStringLiteral("level"), QStringLiteral("partner_levels"), QStringLiteral("level_id"), id);
}

Status LookupStore::removeActivation(qint64 id) const
{
    return removeUnused(QStringLiteral("activation"), QStringLiteral("partner_activations"),
        QStringLiteral("activation_id"), id);
}

Status LookupStore::removeArea(qint64 id) const
{
    return removeUnused(QStringLiteral("area"), QStringLiteral("areas"), QStringLiteral("area_id"), id);
}

Result<qint64> LookupStore::ensureArea(const QString &name) const
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return qint64(0);
    auto found = sql::scalar(m_db, QStringLiteral("SELECT id FROM areas WHERE name = ?"), {n});
    if (!found)
        return found.error();
    if (found.value().isValid())
        return found.value().toLongLong();
    auto q = sql::exec(m_db, QStringLiteral("INSERT INTO areas (name) VALUES (?)"), {n});
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Result<qint64> LookupStore::ensureUser(const QString &login) const
{
    const QString n = login.trimmed();
    if (n.isEmpty())
        return qint64(0);
    auto found = sql::scalar(m_db, QStringLiteral("SELECT id FROM users WHERE login = ?"), {n});
    if (!found)
        return found.error();
    if (found.value().isValid())
        return found.value().toLongLong();
    auto q = sql::exec(m_db, QStringLiteral("INSERT INTO users (login) VALUES (?)"), {n});
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Result<qint64> LookupStore::levelId(const QString &name) const
{
    auto found
        = sql::scalar(m_db, QStringLiteral("SELECT id FROM partner_levels WHERE name = ?"), {name.trimmed()});
    if (!found)
        return found.error();
    return found.value().toLongLong();
}

Result<qint64> LookupStore::activationId(const QString &name) const
{
    auto found = sql::scalar(
        m_db, QStringLiteral("SELECT id FROM partner_activations WHERE name = ?"), {name.trimmed()});
    if (!found)
        return found.error();
    return found.value().toLongLong();
}

Result<QHash<qint64, qint64>> LookupStore::usage(List list) const
{
    QString column;
    switch (list) {
    case List::Levels:
        column = QStringLiteral("level_id");
        break;
    case List::Activations:
        column = QStringLiteral("activation_id");
        break;
    case List::Areas:
        column = QStringLiteral("area_id");
        break;
    case List::Users:
        column = QStringLiteral("account_manager_id");
        break;
    }
    auto q = sql::exec(m_db,
        QStringLiteral("SELECT %1, count(*) FROM partners WHERE %1 IS NOT NULL GROUP BY %1").arg(column));
    if (!q)
        return q.error();
    QHash<qint64, qint64> out;
    while (q.value().next())
        out.insert(q.value().value(0).toLongLong(), q.value().value(1).toLongLong());
    return out;
}

} // namespace cd
