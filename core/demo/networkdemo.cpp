#include "networkdemo.h"

#include "db/dialect.h"
#include "db/sql.h"

#include <QScopeGuard>
#include <QSqlQuery>

namespace cd {

namespace {

// Shares of each role, in percent of the partners of a kind; the rest stay at the top level.
constexpr int kResellersUnderDistributor = 50;
constexpr int kSubResellers = 40; // under an earlier reseller: chains several levels deep (seed 003)
constexpr int kMasterDealers = 25; // dealers at the top with the other dealers below them
constexpr int kLinkedResellers = 30; // resellers served by one more distributor (seed 002)
constexpr int kTwiceLinkedResellers = 8; // ... and by a third one
// From this many resellers on, the children index is dropped and rebuilt around the updates.
constexpr qint64 kRebuildIndexFrom = 1000;

} // namespace

NetworkDemo::NetworkDemo(const Database &db)
    : m_db(db)
{}

Result<NetworkDemoReport> NetworkDemo::run(quint64 seed, qint64 firstId, qint64 lastId) const
{
    const QSqlDatabase db = m_db.sql();
    // A deterministic pseudo-random number per partner and purpose, computed by SQLite so the whole
    // arrangement is a handful of set-based statements: a multiplicative hash of id, seed and salt.
    const qint64 seedPart = qint64(seed % 1000003ull);
    const auto hash = [seedPart](const QString &column, int salt) {
        return QStringLiteral("(((%1 + %2 + %3) * 2654435761) % 4294967291)")
            .arg(column)
            .arg(seedPart)
            .arg(qint64(salt) * 1000003);
    };
    const auto rangeOf = [firstId, lastId](const QString &column) {
        return firstId == 0 && lastId == 0
            ? QStringLiteral("1")
            : QStringLiteral("%1 BETWEEN %2 AND %3").arg(column).arg(firstId).arg(lastId);
    };
    const QString range = rangeOf(QStringLiteral("id"));

    const QStringList setup = {
        QStringLiteral("DROP TABLE IF EXISTS temp.demo_distributors"),
        QStringLiteral("DROP TABLE IF EXISTS temp.demo_masters"),
        QStringLiteral("DROP TABLE IF EXISTS temp.demo_resellers"),
        QStringLiteral("DROP TABLE IF EXISTS temp.demo_plan"),
        QStringLiteral("CREATE TEMP TABLE demo_plan (id INTEGER PRIMARY KEY, parent INTEGER NOT NULL)"),
        QStringLiteral("CREATE TEMP TABLE demo_distributors (n INTEGER PRIMARY KEY, id INTEGER NOT NULL)"),
        QStringLiteral("CREATE TEMP TABLE demo_masters (n INTEGER PRIMARY KEY, id INTEGER NOT NULL)"),
        QStringLiteral(
            "CREATE TEMP TABLE demo_resellers (n INTEGER PRIMARY KEY, id INTEGER NOT NULL UNIQUE)"),
        QStringLiteral("INSERT INTO demo_distributors (n, id) SELECT row_number() OVER (ORDER BY id) - 1, id "
                       "FROM partners WHERE kind = 'distributor' AND %1")
            .arg(range),
        QStringLiteral("INSERT INTO demo_masters (n, id) SELECT row_number() OVER (ORDER BY id) - 1, id "
                       "FROM partners WHERE kind = 'dealer' AND %1 AND %2 % 100 < %3")
            .arg(range, hash(QStringLiteral("id"), 1))
            .arg(kMasterDealers),
        QStringLiteral("INSERT INTO demo_resellers (n, id) SELECT row_number() OVER (ORDER BY id) - 1, id "
                       "FROM partners WHERE kind = 'reseller' AND %1")
            .arg(range),
    };
    for (const QString &statement : setup)
        if (Status s = sql::run(db, statement); !s)
            return s.error();
    const auto dropTemp = qScopeGuard([&db] {
        (void)sql::run(db, QStringLiteral("DROP TABLE IF EXISTS temp.demo_distributors"));
        (void)sql::run(db, QStringLiteral("DROP TABLE IF EXISTS temp.demo_masters"));
        (void)sql::run(db, QStringLiteral("DROP TABLE IF EXISTS temp.demo_resellers"));
        (void)sql::run(db, QStringLiteral("DROP TABLE IF EXISTS temp.demo_plan"));
    });

    qint64 distributors = 0, masters = 0, resellers = 0;
    {
        // Read and let go of the statement: an open read would block the DROP INDEX below.
        auto counts = sql::exec(db,
            QStringLiteral("SELECT (SELECT count(*) FROM temp.demo_distributors), (SELECT count(*) FROM "
                           "temp.demo_masters), (SELECT count(*) FROM temp.demo_resellers)"));
        if (!counts)
            return counts.error();
        if (counts.value().next()) { // an aggregate always has its row
            distributors = counts.value().value(0).toLongLong();
            masters = counts.value().value(1).toLongLong();
            resellers = counts.value().value(2).toLongLong();
        }
        counts.value().finish();
    }

    // Setting parents on most of a large table: rebuilding the children index once is faster than
    // updating it row by row in random order.
    auto indexSql = sql::scalar(db,
        QStringLiteral("SELECT sql FROM (%1) WHERE name = 'partners_children'")
            .arg(sql::dialect(db).schemaObjects()),
        {QStringLiteral("index")});
    if (!indexSql)
        return indexSql.error();
    const bool rebuild = resellers > kRebuildIndexFrom && indexSql.value().isValid();
    if (rebuild) {
        if (Status s = sql::run(db, QStringLiteral("DROP INDEX partners_children")); !s)
            return s.error();
    }

    NetworkDemoReport report;
    const auto changes = [&db]() -> qint64 {
        auto v = sql::scalar(db, QStringLiteral("SELECT changes()"));
        return v ? v.value().toLongLong() : 0;
    };
    // The parents are planned in a temporary table and written by one UPDATE ... FROM: with foreign
    // keys on, an UPDATE that computes parent_id with a correlated subquery per row measured twenty
    // times slower on 200,000 partners.
    const QString self = QStringLiteral("p.id");
    const QString pRange = rangeOf(self);
    QStringList plans;
    if (distributors > 0)
        plans.append(QStringLiteral(
            "SELECT p.id AS id, (SELECT d.id FROM temp.demo_distributors d WHERE d.n = %1 % %2) AS parent "
            "FROM partners p WHERE p.kind = 'reseller' AND %3 AND %4 % 100 < %5")
                         .arg(hash(self, 2))
                         .arg(distributors)
                         .arg(pRange, hash(self, 1))
                         .arg(kResellersUnderDistributor));
    // A sub-reseller hangs under one of the 20 resellers generated just before it, so parents always
    // come first (no cycle) and chains of sub-resellers grow several levels deep.
    plans.append(QStringLiteral(
        "SELECT p.id AS id, (SELECT r2.id FROM temp.demo_resellers r1 JOIN temp.demo_resellers r2 "
        "ON r2.n = r1.n - 1 - %1 % 20 WHERE r1.id = p.id) AS parent FROM partners p "
        "WHERE p.kind = 'reseller' AND %2 AND %3 % 100 >= %4 AND %3 % 100 < %5")
                     .arg(hash(self, 3), pRange, hash(self, 1))
                     .arg(kResellersUnderDistributor)
                     .arg(kResellersUnderDistributor + kSubResellers));
    if (masters > 0)
        plans.append(QStringLiteral(
            "SELECT p.id AS id, (SELECT m.id FROM temp.demo_masters m WHERE m.n = %1 % %2) AS parent "
            "FROM partners p WHERE p.kind = 'dealer' AND %3 AND %4 % 100 >= %5")
                         .arg(hash(self, 2))
                         .arg(masters)
                         .arg(pRange, hash(self, 1))
                         .arg(kMasterDealers));
    for (const QString &plan : plans) {
        if (Status s = sql::run(db,
                QStringLiteral("INSERT INTO temp.demo_plan (id, parent) SELECT id, parent FROM (%1) AS x "
                               "WHERE parent IS NOT NULL")
                    .arg(plan));
            !s)
            return s.error();
    }
    if (Status s = sql::run(db,
            QStringLiteral("UPDATE partners SET parent_id = plan.parent FROM temp.demo_plan AS plan "
                           "WHERE plan.id = partners.id"));
        !s)
        return s.error();
    report.parented = changes();
    // The demo network is how these partners always were, not a move: no parent history (which
    // would give their earlier sales no cascade chain).
    if (Status s = sql::run(db,
            QStringLiteral(
                "DELETE FROM partner_parent_changes WHERE partner_id IN (SELECT id FROM temp.demo_plan)"));
        !s)
        return s.error();
    if (rebuild) {
        if (Status s = sql::run(db, indexSql.value().toString()); !s)
            return s.error();
    }

    // Extra distributors for some resellers, never the one they already sit under; OR IGNORE skips
    // a pair drawn twice.
    if (distributors > 1) {
        const QString focus = QStringLiteral(
            "CASE %1 % 6 WHEN 0 THEN 'Territory: north' WHEN 1 THEN 'Territory: south' WHEN 2 THEN "
            "'Product focus: networking' WHEN 3 THEN 'Product focus: cloud services' WHEN 4 THEN "
            "'Public sector' ELSE '' END")
                                  .arg(hash(QStringLiteral("p.id"), 6));
        const struct
        {
            int salt;
            int share;
        } rounds[] = {{5, kLinkedResellers}, {7, kTwiceLinkedResellers}};
        for (const auto &round : rounds) {
            const QString statement
                = QStringLiteral(
                    "INSERT OR IGNORE INTO distributor_links (distributor_id, reseller_id, focus, "
                    "created_at, created_by) SELECT x.distributor_id, x.id, x.focus, x.created_at, ? FROM "
                    "(SELECT p.id, p.parent_id, p.created_at, %1 AS focus, (SELECT id FROM "
                    "temp.demo_distributors WHERE n = %2 % %3) AS distributor_id FROM partners p "
                    "WHERE p.kind = 'reseller' AND %4 AND %5 % 100 < %6) x "
                    "WHERE x.parent_id IS NOT x.distributor_id")
                      .arg(focus, hash(QStringLiteral("p.id"), round.salt))
                      .arg(distributors)
                      .arg(rangeOf(QStringLiteral("p.id")), hash(QStringLiteral("p.id"), 4))
                      .arg(round.share);
            if (Status s = sql::run(db, statement, {m_db.userLogin()}); !s)
                return s.error();
            report.links += changes();
        }
    }
    return report;
}

} // namespace cd
