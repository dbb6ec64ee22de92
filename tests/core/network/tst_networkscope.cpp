#include "../testdb.h"
#include "network/networkscope.h"
#include "network/networkstore.h"
#include "randomnetwork.h"
#include "testmain.h"

#include <QSet>
#include <QTest>

using namespace cd;
using cd::test::RandomNetwork;
using cd::test::TempDatabase;

class TestNetworkScope : public QObject
{
    Q_OBJECT
private slots:
    void everyPairOfDistributors_data();
    void everyPairOfDistributors();
    void unlinkEndsVisibility();
    void linksAreNotFollowedOnwards();
    void directResellers();
};

namespace {

// What the scope promises, computed without SQL: the distributor's own subtree and the subtrees of
// its actively linked resellers, archived partners included.
QSet<qint64> expectedScope(const RandomNetwork &net, qint64 distributor)
{
    QSet<qint64> out;
    for (qint64 id : net.subtree(distributor, false))
        out.insert(id);
    for (const auto &link : net.links)
        if (link.first == distributor)
            for (qint64 id : net.subtree(link.second, false))
                out.insert(id);
    return out;
}

QSet<qint64> toSet(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.begin(), ids.end());
}

} // namespace

void TestNetworkScope::everyPairOfDistributors_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 17u, 123u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestNetworkScope::everyPairOfDistributors()
{
    QFETCH(quint32, seed);
    TempDatabase db;
    cd::test::RandomNetworkOptions o;
    o.partners = 160;
    o.distributorPercent = 12;
    o.topLevelPercent = 15;
    o.linkPercent = 25;
    o.archivedPercent = 5;
    const RandomNetwork net = cd::test::makeRandomNetwork(db.db, seed, o);
    const QList<qint64> distributors = net.distributors();
    QVERIFY(distributors.size() >= 5);
    QVERIFY(net.links.size() >= 10);
    NetworkScope scope(db.db);

    QHash<qint64, QSet<qint64>> visible;
    for (qint64 d : distributors) {
        const QSet<qint64> expected = expectedScope(net, d);
        const QList<qint64> ids = scope.visiblePartnerIds(d).value();
        QCOMPARE(toSet(ids), expected);
        QCOMPARE(ids.size(), expected.size()); // no duplicates
        QCOMPARE(scope.visiblePartnerCount(d).value(), expected.size());
        qint64 customers = 0;
        for (qint64 id : expected)
            customers += net.customers.value(id);
        QCOMPARE(scope.visibleCustomerCount(d).value(), customers);
        QCOMPARE(scope.visibleCustomerIds(d, 100000).value().size(), customers);
        for (qint64 id : net.ids)
            QCOMPARE(scope.canSee(d, id).value(), expected.contains(id));

        // The reusable SQL and the temporary table give the same set.
        QVERIFY(scope.fillTempTable(d));
        auto q = sql::exec(db.db.sql(), QStringLiteral("SELECT partner_id FROM temp.network_scope"));
        QSet<qint64> fromTable;
        while (q.value().next())
            fromTable.insert(q.value().value(0).toLongLong());
        QCOMPARE(fromTable, expected);
        visible.insert(d, expected);
    }

    // Every ordered pair: what d1 sees of d2's network is exactly what d1 is entitled to on its own
    // (its subtree or a reseller linked to it); d2 itself stays invisible unless it sits there.
    for (qint64 d1 : distributors) {
        for (qint64 d2 : distributors) {
            if (d1 == d2)
                continue;
            const QSet<qint64> shared = visible.value(d1) & visible.value(d2);
            for (qint64 id : shared) {
                bool entitled = net.subtree(d1, false).contains(id);
                for (const auto &link : net.links)
                    if (link.first == d1 && net.subtree(link.second, false).contains(id))
                        entitled = true;
                QVERIFY2(entitled, qPrintable(QStringLiteral("%1 sees %2 of %3").arg(d1).arg(id).arg(d2)));
            }
            QCOMPARE(visible.value(d1).contains(d2), expectedScope(net, d1).contains(d2));
        }
    }
}

void TestNetworkScope::unlinkEndsVisibility()
{
    TempDatabase db;
    cd::test::RandomNetworkOptions o;
    o.partners = 60;
    o.distributorPercent = 15;
    o.linkPercent = 40;
    const RandomNetwork net = cd::test::makeRandomNetwork(db.db, 8, o);
    QVERIFY(!net.links.isEmpty());
    NetworkScope scope(db.db);
    for (const auto &link : net.links) {
        const bool ownSubtree = net.subtree(link.first, false).contains(link.second);
        bool otherLink = false;
        for (const auto &other : net.links)
            if (other != link && other.first == link.first
                && net.subtree(other.second, false).contains(link.second))
                otherLink = true;
        QVERIFY(scope.canSee(link.first, link.second).value());
        QVERIFY(NetworkStore(db.db).unlink(link.first, link.second));
        QCOMPARE(scope.canSee(link.first, link.second).value(), ownSubtree || otherLink);
        QVERIFY(NetworkStore(db.db).link(link.first, link.second));
    }
}

void TestNetworkScope::linksAreNotFollowedOnwards()
{
    // D1 serves R; R's parent is D2, which serves S. D1 sees R (and below) but neither D2 nor S.
    TempDatabase db;
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    const auto add = [&](qint64 id, const QString &kind, qint64 parent) {
        QVERIFY(sql::run(db.db.sql(),
            QStringLiteral(
                "INSERT INTO partners (id, code, name, kind, parent_id, created_at, updated_at) VALUES (?, "
                "?, ?, ?, ?, ?, ?)"),
            {id, QString::number(id), QString::number(id), kind, sql::nullIfZero(parent), now, now}));
    };
    add(1, QStringLiteral("distributor"), 0);
    add(2, QStringLiteral("distributor"), 0);
    add(3, QStringLiteral("reseller"), 2); // R
    add(4, QStringLiteral("reseller"), 3); // below R
    add(5, QStringLiteral("reseller"), 0); // S
    NetworkStore store(db.db);
    QVERIFY(store.link(1, 3));
    QVERIFY(store.link(2, 5));
    NetworkScope scope(db.db);
    QCOMPARE(scope.visiblePartnerIds(1).value(), (QList<qint64> {1, 3, 4}));
    QCOMPARE(scope.visiblePartnerIds(2).value(), (QList<qint64> {2, 3, 4, 5}));
}

void TestNetworkScope::directResellers()
{
    TempDatabase db;
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    const auto add = [&](qint64 id, const QString &name, const QString &kind, qint64 parent) {
        QVERIFY(sql::run(db.db.sql(),
            QStringLiteral(
                "INSERT INTO partners (id, code, name, kind, parent_id, created_at, updated_at) VALUES (?, "
                "?, ?, ?, ?, ?, ?)"),
            {id, QString::number(id), name, kind, sql::nullIfZero(parent), now, now}));
    };
    add(1, QStringLiteral("Distri"), QStringLiteral("distributor"), 0);
    add(2, QStringLiteral("beta"), QStringLiteral("reseller"), 1); // child only
    add(3, QStringLiteral("Alpha"), QStringLiteral("reseller"), 1); // child and linked
    add(4, QStringLiteral("gamma"), QStringLiteral("reseller"), 0); // linked only
    add(5, QStringLiteral("delta"), QStringLiteral("reseller"), 4); // below a linked one: not direct
    NetworkStore store(db.db);
    QVERIFY(store.link(1, 3, QStringLiteral("north")));
    QVERIFY(store.link(1, 4, QStringLiteral("cloud")));
    const auto list = NetworkScope(db.db).directResellers(1).value();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).node.name, QStringLiteral("Alpha"));
    QVERIFY(list.at(0).child && list.at(0).linked);
    QCOMPARE(list.at(0).focus, QStringLiteral("north"));
    QCOMPARE(list.at(1).node.name, QStringLiteral("beta"));
    QVERIFY(list.at(1).child && !list.at(1).linked);
    QCOMPARE(list.at(2).node.name, QStringLiteral("gamma"));
    QVERIFY(!list.at(2).child && list.at(2).linked);
    QVERIFY(list.at(2).node.hasChildren);
    const auto distributors = NetworkScope(db.db).distributors().value();
    QCOMPARE(distributors.size(), 1);
    QCOMPARE(distributors.first().id, 1);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestNetworkScope)
#include "tst_networkscope.moc"
