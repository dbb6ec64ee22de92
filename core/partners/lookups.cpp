#include "lookups.h"

#include "db/sql.h"

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

LookupStore::LookupStore(const QSqlDatabase &db)
    : m_db(db)
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

Result<Level> LookupStore::saveLevel(Level level) const
{
    if (level.name.trimmed().isEmpty())
        return Error::validation(
            QStringLiteral("name"), QCoreApplication::translate("LookupStore", "The level needs a name."));
    if (level.weight < 0)
        return Error::validation(QStringLiteral("weight"),
            QCoreApplication::translate("LookupStore", "The weight cannot be negative."));
    level.name = level.name.trimmed();
    if (level.id == 0) {
        auto q = sql::exec(m_db,
            QStringLiteral("INSERT INTO partner_levels (name, weight, sequence) VALUES (?, ?, ?)"),
            {level.name, level.weight, level.sequence});
        if (!q)
            return saveError(q.error(), level.name);
        level.id = q.value().lastInsertId().toLongLong();
        level.version = 1;
        return level;
    }
    auto q = sql::exec(m_db,
        QStringLiteral("UPDATE partner_levels SET name = ?, weight = ?, sequence = ?, version = version + 1 "
                       "WHERE id = ? AND version = ?"),
        {level.name, level.weight, level.sequence, level.id, level.version});
    if (!q)
        return saveError(q.error(), level.name);
    if (q.value().numRowsAffected() != 1)
        return conflict();
    ++level.version;
    return level;
}

Result<Activation> LookupStore::saveActivation(Activation a) const
{
    if (a.name.trimmed().isEmpty())
        return Error::validation(QStringLiteral("name"),
            QCoreApplication::translate("LookupStore", "The activation needs a name."));
    a.name = a.name.trimmed();
    if (a.id == 0) {
        auto q = sql::exec(m_db,
            QStringLiteral("INSERT INTO partner_activations (name, active, sequence) VALUES (?, ?, ?)"),
            {a.name, a.active ? 1 : 0, a.sequence});
        if (!q)
            return saveError(q.error(), a.name);
        a.id = q.value().lastInsertId().toLongLong();
        a.version = 1;
        return a;
    }
    auto q = sql::exec(m_db,
        QStringLiteral("UPDATE partner_activations SET name = ?, active = ?, sequence = ?, version = version "
                       "+ 1 WHERE id = ? AND version = ?"),
        {a.name, a.active ? 1 : 0, a.sequence, a.id, a.version});
    if (!q)
        return saveError(q.error(), a.name);
    if (q.value().numRowsAffected() != 1)
        return conflict();
    ++a.version;
    return a;
}

Result<Area> LookupStore::saveArea(Area area) const
{
    if (area.name.trimmed().isEmpty())
        return Error::validation(
            QStringLiteral("name"), QCoreApplication::translate("LookupStore", "The area needs a name."));
    area.name = area.name.trimmed();
    if (area.id == 0) {
        auto q = sql::exec(m_db, QStringLiteral("INSERT INTO areas (name) VALUES (?)"), {area.name});
        if (!q)
            return saveError(q.error(), area.name);
        area.id = q.value().lastInsertId().toLongLong();
        area.version = 1;
        return area;
    }
    auto q = sql::exec(m_db,
        QStringLiteral("UPDATE areas SET name = ?, version = version + 1 WHERE id = ? AND version = ?"),
        {area.name, area.id, area.version});
    if (!q)
        return saveError(q.error(), area.name);
    if (q.value().numRowsAffected() != 1)
        return conflict();
    ++area.version;
    return area;
}

Result<User> LookupStore::saveUser(User user) const
{
    if (user.login.trimmed().isEmpty())
        return Error::validation(
            QStringLiteral("login"), QCoreApplication::translate("LookupStore", "The user needs a login."));
    user.login = user.login.trimmed();
    if (user.id == 0) {
        auto q = sql::exec(m_db,
            QStringLiteral("INSERT INTO users (login, display_name, email, active) VALUES (?, ?, ?, ?)"),
            {user.login, user.displayName, user.email, user.active ? 1 : 0});
        if (!q)
            return saveError(q.error(), user.login);
        user.id = q.value().lastInsertId().toLongLong();
        user.version = 1;
        return user;
    }
    auto q = sql::exec(m_db,
        QStringLiteral("UPDATE users SET login = ?, display_name = ?, email = ?, active = ?, version = "
                       "version + 1 WHERE id = ? AND version = ?"),
        {user.login, user.displayName, user.email, user.active ? 1 : 0, user.id, user.version});
    if (!q)
        return saveError(q.error(), user.login);
    if (q.value().numRowsAffected() != 1)
        return conflict();
    ++user.version;
    return user;
}

Status LookupStore::removeUnused(const QString &table, const QString &column, qint64 id) const
{
    auto used
        = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM partners WHERE %1 = ?").arg(column), {id});
    if (!used)
        return used.error();
    if (used.value().toLongLong() > 0)
        return Error::make(Error::Code::Validation,
            QCoreApplication::translate("LookupStore",
                "%n partner(s) still use this entry; change them first.", nullptr, used.value().toInt()));
    return sql::run(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
}

Status LookupStore::removeLevel(qint64 id) const
{
    return removeUnused(QStringLiteral("partner_levels"), QStringLiteral("level_id"), id);
}

Status LookupStore::removeActivation(qint64 id) const
{
    return removeUnused(QStringLiteral("partner_activations"), QStringLiteral("activation_id"), id);
}

Status LookupStore::removeArea(qint64 id) const
{
    return removeUnused(QStringLiteral("areas"), QStringLiteral("area_id"), id);
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
