#pragma once

// Database: one open ChannelDesk database (a SQLite file) and its connection for the calling thread.
// Opening applies pending migrations in one transaction and refuses files from newer versions.

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace cd {

// How SQLite journals: WAL for a local file; rollback journal + busy timeout for a file on a
// network share (WAL needs shared memory that network file systems do not provide).
enum class JournalMode { Auto, Local, Shared };

struct DatabaseOptions
{
    QString path;
    JournalMode mode = JournalMode::Auto;
    bool create = true; // create the file when missing; false refuses a missing file
    QString userLogin; // who writes; empty = the operating-system user
    int busyTimeoutMs = 10000;
    int cacheKiB = 8000; // SQLite's page cache for this connection (see BENCHMARKS.md)
};

class Database
{
public:
    Database() = default;

    static Result<Database> open(const DatabaseOptions &options);
    // A new connection to the same file for another thread (jobs, imports); no migrations.
    // `cacheKiB` > 0 gives it a page cache of that size instead of this connection's (a list's
    // page reader needs little: the operating system caches the file).
    Result<Database> openAnotherConnection(int cacheKiB = 0) const;

    bool isOpen() const { return m_connection != nullptr; }
    QSqlDatabase sql() const;
    QString path() const;
    QString userLogin() const;
    bool isSharedMode() const;
    int schemaVersion() const;
    sqlite3 *handle() const;
    // Gathers the query planner's statistics (ANALYZE, sampled: about two seconds at five million
    // customers). After bulk loads, so the first queries already pick the right indexes.
    Status analyze() const;

    static int latestSchemaVersion();
    static QString defaultPath();
    static bool isOnNetworkShare(const QString &path);
    static QString currentOsUser();

    // Copies the whole database with SQLite's online backup API; readers and writers may go on.
    Status backupTo(
        const QString &destination, const std::function<void(int done, int total)> &progress = {}) const;
    // Integrity and foreign-key checks; each problem is one line.
    Result<QStringList> check() const;

private:
    struct Connection;
    std::shared_ptr<Connection> m_connection;
};

} // namespace cd
