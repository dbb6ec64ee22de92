#include "database.h"

#include "dialect.h"
#include "sql.h"
#include "transaction.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

#if defined(Q_OS_LINUX)
#include <sys/statfs.h>
#endif
#if defined(Q_OS_MACOS)
#include <sys/mount.h>
#include <sys/param.h>
#endif

namespace cd {

namespace {

struct Migration
{
    int version = 0;
    QString resource;
};

QList<Migration> migrations()
{
    QList<Migration> list;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    QDirIterator it(QStringLiteral(":/migrations"));
    while (it.hasNext()) {
        it.next();
        const auto m = name.match(it.fileName());
        if (m.hasMatch())
            list.append({m.captured(1).toInt(), it.filePath()});
    }
    std::sort(list.begin(), list.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed() == QLatin1String("-- ;")) {
            if (!current.trimmed().isEmpty())
                out.append(current);
            current.clear();
        } else {
            current += line + QLatin1Char('\n');
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current);
    return out;
}

QAtomicInteger<quint64> s_connectionCounter;

// The schema version of an open file: 0 for a new, empty file; an error for a file that is not
// ours (any other SQLite file, or no SQLite file at all).
Result<int> readSchemaVersion(const QSqlDatabase &db, const QString &path)
{
    auto fail = [&](const QString &message) {
        return Error {Error::Code::Database, message, {}, path, 0, 0};
    };
    auto hasTables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!hasTables)
        return fail(QCoreApplication::translate("Database", "This file is not a ChannelDesk database (%1).")
                        .arg(hasTables.error().message));
    auto hasVersionTable = sql::scalar(db,
        QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"));
    if (!hasVersionTable)
        return hasVersionTable.error();
    if (hasVersionTable.value().toInt() == 1) {
        auto v = sql::scalar(db, QStringLiteral("SELECT max(version) FROM schema_version"));
        if (!v)
            return v.error();
        return v.value().toInt();
    }
    if (hasTables.value().toInt() > 0)
        return fail(QCoreApplication::translate(
            "Database", "This SQLite file is not a ChannelDesk database; it was left unchanged."));
    return 0;
}

Error newerSchemaError(int current, int latest, const QString &path)
{
    return Error {Error::Code::NewerSchema,
        QCoreApplication::translate("Database",
            "This database was written by a newer version of ChannelDesk (schema %1; this version knows "
            "up to %2). Please update ChannelDesk; the file was left unchanged.")
            .arg(current)
            .arg(latest),
        {}, path, 0, 0};
}

} // namespace

struct Database::Connection
{
    QString name;
    QString path;
    QString user;
    bool shared = false;
    int schemaVersion = 0;
    DatabaseOptions options;

    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen()) {
                // What SQLite recommends before closing: refresh the planner's statistics where the
                // queries of this connection would use them (bounded by analysis_limit, so fast even
                // at millions of rows). Which index serves "country and segment, by city" depends on
                // how many rows each filter leaves. A failure (a locked file) only skips it.
                // Never wait at close for another writer's lock: skip instead (busy timeout 50 ms).
                QSqlQuery q(db);
                (void)q.exec(QStringLiteral("PRAGMA busy_timeout = 50"));
                (void)q.exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
                (void)q.exec(QStringLiteral("PRAGMA optimize"));
                q.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QString Database::currentOsUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return user;
}

QString Database::defaultPath()
{
    // <generic data>/ChannelDesk: AppDataLocation would repeat the name as organization/application.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("ChannelDesk/channeldesk.sqlite"));
}

bool Database::isOnNetworkShare(const QString &path)
{
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (native.startsWith(QLatin1String("\\\\")))
        return true; // Windows UNC path
#if defined(Q_OS_LINUX)
    struct statfs fs;
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    if (statfs(dir.constData(), &fs) == 0) {
        switch (static_cast<unsigned long>(fs.f_type)) {
        case 0x6969: // NFS
        case 0xFF534D42: // CIFS
        case 0xFE534D42: // SMB2
        case 0x517B: // SMB
        case 0x65735546: // FUSE (sshfs and friends)
            return true;
        default:
            return false;
        }
    }
#elif defined(Q_OS_MACOS)
    struct statfs fs;
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    if (statfs(dir.constData(), &fs) == 0)
        return !(fs.f_flags & MNT_LOCAL);
#endif
    return false;
}

Result<Database> Database::open(const DatabaseOptions &options)
{
    if (options.path.isEmpty())
        return Error::make(
            Error::Code::Usage, QCoreApplication::translate("Database", "No database file was given."));
    const QFileInfo info(options.path);
    if (!info.exists() && !options.create)
        return Error {Error::Code::NotFound,
            QCoreApplication::translate("Database", "The database file does not exist."), {}, options.path, 0,
            0};
    if (info.exists() && info.isDir())
        return Error {Error::Code::Io,
            QCoreApplication::translate("Database", "This is a folder, not a database file."), {},
            options.path, 0, 0};
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return Error {Error::Code::Io,
            QCoreApplication::translate("Database", "Cannot create the folder for the database."), {},
            options.path, 0, 0};

    auto conn = std::make_shared<Connection>();
    conn->name = QStringLiteral("channeldesk-%1").arg(++s_connectionCounter);
    conn->path = info.absoluteFilePath();
    conn->user = options.userLogin.isEmpty() ? currentOsUser() : options.userLogin;
    conn->options = options;
    conn->shared = options.mode == JournalMode::Shared
        || (options.mode == JournalMode::Auto && isOnNetworkShare(conn->path));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn->name);
    db.setDatabaseName(conn->path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    auto fail = [&](const QString &message) {
        return Error {Error::Code::Database, message, {}, conn->path, 0, 0};
    };
    if (!db.open())
        return fail(QCoreApplication::translate("Database", "Cannot open the database: %1")
                        .arg(db.lastError().text()));

    // Read before anything writes: a file that is not ours, or from a newer version, stays untouched.
    auto version = readSchemaVersion(db, conn->path);
    if (!version)
        return version.error();
    int current = version.value();
    const QList<Migration> all = migrations();
    const int latest = all.isEmpty() ? 0 : all.last().version;
    if (current > latest)
        return newerSchemaError(current, latest, conn->path);

    const QStringList setup = sql::dialect(db).connectionSetup({conn->shared, options.cacheKiB});
    for (const QString &p : setup) {
        if (Status s = sql::run(db, p); !s)
            return s.error();
    }

    if (current < latest) {
        // BEGIN IMMEDIATE takes the write lock; another process migrating the same file at this
        // moment makes us wait (busy timeout), after which its work is read back and not redone.
        Transaction tx(db);
        if (Status s = tx.begin(); !s)
            return s.error();
        auto underLock = readSchemaVersion(db, conn->path);
        if (!underLock)
            return underLock.error();
        current = underLock.value();
        if (current > latest)
            return newerSchemaError(current, latest, conn->path);
        if (Status s = sql::run(db,
                QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                               "applied_at TEXT NOT NULL, application TEXT NOT NULL)"));
            !s)
            return s.error();
        for (const Migration &m : all) {
            if (m.version <= current)
                continue;
            QFile file(m.resource);
            if (!file.open(QIODevice::ReadOnly))
                return fail(
                    QCoreApplication::translate("Database", "Cannot read migration %1.").arg(m.resource));
            const QString script = QString::fromUtf8(file.readAll());
            for (const QString &statement : statements(script)) {
                QSqlQuery q(db);
                if (!q.exec(statement))
                    return fail(QCoreApplication::translate("Database", "Migration %1 failed: %2")
                                    .arg(m.version)
                                    .arg(q.lastError().text()));
            }
            if (Status s = sql::run(db, QStringLiteral("INSERT INTO schema_version VALUES (?, ?, ?)"),
                    {m.version, sql::isoUtc(QDateTime::currentDateTimeUtc()),
                        QStringLiteral("ChannelDesk %1").arg(QCoreApplication::applicationVersion())});
                !s)
                return s.error();
        }
        if (Status s = tx.commit(); !s)
            return s.error();
        current = latest;
    }
    conn->schemaVersion = current;

    Database result;
    result.m_connection = std::move(conn);
    return result;
}

Result<Database> Database::openAnotherConnection(int cacheKiB) const
{
    if (!m_connection)
        return Error::make(
            Error::Code::Usage, QCoreApplication::translate("Database", "No database is open."));
    DatabaseOptions o = m_connection->options;
    o.path = m_connection->path;
    o.mode = m_connection->shared ? JournalMode::Shared : JournalMode::Local;
    o.create = false;
    o.userLogin = m_connection->user;
    if (cacheKiB > 0)
        o.cacheKiB = cacheKiB;
    return open(o);
}

QSqlDatabase Database::sql() const
{
    return m_connection ? QSqlDatabase::database(m_connection->name, false) : QSqlDatabase();
}

QString Database::path() const
{
    return m_connection ? m_connection->path : QString();
}

QString Database::userLogin() const
{
    return m_connection ? m_connection->user : QString();
}

bool Database::isSharedMode() const
{
    return m_connection && m_connection->shared;
}

int Database::schemaVersion() const
{
    return m_connection ? m_connection->schemaVersion : 0;
}

int Database::latestSchemaVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.last().version;
}

sqlite3 *Database::handle() const
{
    const QVariant v = sql().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

Status Database::analyze() const
{
    if (Status s = sql::run(sql(), QStringLiteral("PRAGMA analysis_limit = 1000")); !s)
        return s;
    return sql::run(sql(), QStringLiteral("ANALYZE"));
}

Status Database::backupTo(const QString &destination, const std::function<void(int, int)> &progress) const
{
    sqlite3 *source = handle();
    if (!source)
        return Error::make(
            Error::Code::Database, QCoreApplication::translate("Database", "No database is open."));
    if (QFileInfo(destination).absoluteFilePath() == path())
        return Error {Error::Code::Usage,
            QCoreApplication::translate("Database", "The backup cannot overwrite the database itself."), {},
            destination, 0, 0};
    const QString partial = destination + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3 *target = nullptr;
    const QByteArray target8 = QFile::encodeName(partial);
    if (sqlite3_open(target8.constData(), &target) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        return Error {Error::Code::Io,
            QCoreApplication::translate("Database", "Cannot create the backup file: %1").arg(message), {},
            destination, 0, 0};
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        QFile::remove(partial);
        return Error {Error::Code::Database,
            QCoreApplication::translate("Database", "Cannot start the backup: %1").arg(message), {},
            destination, 0, 0};
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (progress)
            progress(sqlite3_backup_pagecount(backup) - sqlite3_backup_remaining(backup),
                sqlite3_backup_pagecount(backup));
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    const bool ok = rc == SQLITE_DONE;
    const QString message = QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close(target);
    if (!ok) {
        QFile::remove(partial);
        return Error {Error::Code::Io,
            QCoreApplication::translate("Database", "The backup failed: %1").arg(message), {}, destination, 0,
            0};
    }
    // Only a complete copy takes the destination's name.
    QFile::remove(destination);
    if (!QFile::rename(partial, destination))
        return Error {Error::Code::Io,
            QCoreApplication::translate("Database", "Cannot move the backup into place."), {}, destination, 0,
            0};
    return {};
}

Result<QStringList> Database::check() const
{
    QStringList problems;
    auto integrity = sql::exec(sql(), QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity.value().next()) {
        const QString line = integrity.value().value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(QCoreApplication::translate("Database", "integrity: %1").arg(line));
    }
    auto fk = sql::exec(sql(), QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk)
        return fk.error();
    while (fk.value().next()) {
        problems.append(QCoreApplication::translate(
            "Database", "foreign key: table %1 row %2 refers to a missing row in %3")
                            .arg(fk.value().value(0).toString(), fk.value().value(1).toString(),
                                fk.value().value(2).toString()));
    }
    for (const char *fts : {"partner_fts", "customer_fts"}) {
        QSqlQuery q(sql());
        if (!q.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', 1)")
                        .arg(QLatin1String(fts))))
            problems.append(QCoreApplication::translate("Database", "search index %1: %2")
                                .arg(QLatin1String(fts), q.lastError().text()));
    }
    return problems;
}

} // namespace cd
