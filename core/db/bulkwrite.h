#pragma once

// BulkWriteSettings: how one connection is set up for a write of many rows (the demo generator,
// large imports), and put back at the end of the scope.
//
// - Page cache: millions of rows go into indexes in random key order (names, codes, cities); with
//   the usual cache every insert reads pages back from the file. The cache only grows as it is
//   used, so a large limit costs memory only when the load needs it.
// - Journal: in WAL mode a transaction larger than the cache spills into the log, and the
//   checkpoint then copies every page again, so a bulk load writes the database about three
//   times. A rollback journal only keeps the old content of changed pages (none, for pages added
//   to the file). The switch happens only outside a transaction and while no other connection is
//   open; otherwise the load runs in WAL as usual.

#include "common/result.h"
#include "database.h"

namespace cd {

class BulkWriteSettings
{
public:
    static constexpr qint64 kCacheKiB = 1048576; // 1 GiB

    explicit BulkWriteSettings(const Database &db);
    ~BulkWriteSettings();
    BulkWriteSettings(const BulkWriteSettings &) = delete;
    BulkWriteSettings &operator=(const BulkWriteSettings &) = delete;

    // Raises the cache to `cacheKiB` (and with `leaveWal` tries the rollback journal). Fails only on
    // database errors; a journal that cannot switch is not one.
    Status apply(bool leaveWal, qint64 cacheKiB = kCacheKiB);

private:
    Database m_db;
    qint64 m_cacheSize = 0; // as before apply(); 0 = untouched
    bool m_leftWal = false;
};

} // namespace cd
