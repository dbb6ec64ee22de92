#include "../testdb.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "demo/networkdemo.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QTest>

using namespace cd;
using cd::test::count;
using cd::test::TempDatabase;

class TestNetworkDemo : public QObject
{
    Q_OBJECT
private slots:
    void buildsARealisticNetwork_data();
    void buildsARealisticNetwork();
    void sameSeedSameNetwork();

private:
    static QString fingerprint(const Database &db);
};

namespace {

void generateNetwork(const Database &db, qint64 partners, quint64 seed)
{
    DemoOptions o;
    o.partners = partners;
    o.customers = partners;
    o.seed = seed;
    auto report = DemoGenerator(db).run(o);
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
}

} // namespace

QString TestNetworkDemo::fingerprint(const Database &db)
{
    auto q = sql::exec(db.sql(),
        QStringLiteral(
            "SELECT group_concat(x, ';') FROM (SELECT code || '>' || coalesce((SELECT code FROM partners q "
            "WHERE q.id = p.parent_id), '') AS x FROM partners p ORDER BY p.id) UNION ALL "
            "SELECT group_concat(distributor_id || '-' || reseller_id || ':' || focus, ';') FROM "
            "(SELECT * FROM distributor_links ORDER BY id)"));
    QStringList parts;
    while (q.value().next())
        parts << q.value().value(0).toString();
    return parts.join(QLatin1Char('|'));
}

void TestNetworkDemo::buildsARealisticNetwork_data()
{
    QTest::addColumn<qint64>("partners");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("2000, seed 1") << qint64(2000) << quint64(1);
    QTest::newRow("3000, seed 9") << qint64(3000) << quint64(9);
}

void TestNetworkDemo::buildsARealisticNetwork()
{
    QFETCH(qint64, partners);
    QFETCH(quint64, seed);
    TempDatabase db;
    generateNetwork(db.db, partners, seed);

    // A tree: every partner reaches the top level (a cycle would never get there).
    QCOMPARE(count(db.db,
                 QStringLiteral(
                     "WITH RECURSIVE up(id, top) AS (SELECT id, parent_id IS NULL FROM partners WHERE "
                     "parent_id IS NULL UNION ALL SELECT p.id, 1 FROM partners p JOIN up ON p.parent_id = "
                     "up.id) SELECT count(*) FROM up")),
        partners);
    // Resellers under distributors, sub-dealers under master dealers, nothing else under those kinds.
    QVERIFY(count(db.db,
                QStringLiteral(
                    "SELECT count(*) FROM partners r JOIN partners d ON d.id = r.parent_id WHERE r.kind = "
                    "'reseller' AND d.kind = 'distributor'"))
        > partners / 5);
    QVERIFY(count(db.db,
                QStringLiteral(
                    "SELECT count(*) FROM partners r JOIN partners d ON d.id = r.parent_id WHERE r.kind = "
                    "'dealer' AND d.kind = 'dealer'"))
        > 0);
    QCOMPARE(
        count(db.db,
            QStringLiteral("SELECT count(*) FROM partners c JOIN partners p ON p.id = c.parent_id WHERE NOT "
                           "((c.kind = 'reseller' AND p.kind IN ('distributor', 'reseller')) OR (c.kind = "
                           "'dealer' AND p.kind = 'dealer'))")),
        0);
    // Cascading sub-resellers several levels deep (seed 003).
    const qint64 depth = count(db.db,
        QStringLiteral(
            "WITH RECURSIVE down(id, lvl) AS (SELECT id, 0 FROM partners WHERE parent_id IS NULL UNION "
            "ALL SELECT p.id, down.lvl + 1 FROM partners p JOIN down ON p.parent_id = down.id) SELECT "
            "max(lvl) FROM down"));
    QVERIFY2(depth >= 4, qPrintable(QString::number(depth)));
    // Links only from distributors, never to the reseller's own parent, some resellers with several
    // distributors (seed 002).
    QVERIFY(count(db.db, QStringLiteral("SELECT count(*) FROM distributor_links")) > partners / 10);
    QCOMPARE(count(db.db,
                 QStringLiteral(
                     "SELECT count(*) FROM distributor_links l JOIN partners d ON d.id = l.distributor_id "
                     "JOIN partners r ON r.id = l.reseller_id WHERE d.kind <> 'distributor' OR "
                     "r.parent_id = l.distributor_id")),
        0);
    QVERIFY(count(db.db,
                QStringLiteral(
                    "SELECT count(*) FROM (SELECT reseller_id FROM distributor_links GROUP BY reseller_id "
                    "HAVING count(*) >= 2)"))
        > 0);
    QVERIFY(count(db.db, QStringLiteral("SELECT count(*) FROM distributor_links WHERE focus <> ''")) > 0);
}

void TestNetworkDemo::sameSeedSameNetwork()
{
    TempDatabase a, b, c;
    generateNetwork(a.db, 1500, 4);
    generateNetwork(b.db, 1500, 4);
    generateNetwork(c.db, 1500, 5);
    QCOMPARE(fingerprint(a.db), fingerprint(b.db));
    QVERIFY(fingerprint(a.db) != fingerprint(c.db));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestNetworkDemo)
#include "tst_networkdemo.moc"
