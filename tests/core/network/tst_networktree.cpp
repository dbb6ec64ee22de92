#include "../testdb.h"
#include "network/networktree.h"
#include "randomnetwork.h"
#include "testmain.h"

#include <QTest>

#include <algorithm>

using namespace cd;
using cd::test::RandomNetwork;
using cd::test::TempDatabase;

class TestNetworkTree : public QObject
{
    Q_OBJECT
private slots:
    void childrenPagesMatchTheTree_data();
    void childrenPagesMatchTheTree();
    void ancestorsPathAndDepth_data();
    void ancestorsPathAndDepth();
    void subtreeIds_data();
    void subtreeIds();
    void unknownPartnerIsNotFound();
    void childrenUseTheIndex();

private:
    static void seeds();
};

namespace {

// The order NetworkTree promises: name without case, then id. Names here are ASCII.
QList<qint64> sortedChildren(
    const RandomNetwork &net, qint64 parent, bool includeArchived, const TempDatabase &db)
{
    QList<qint64> kids;
    for (qint64 c : net.childrenOf(parent))
        if (includeArchived || !net.archived.value(c))
            kids.append(c);
    QHash<qint64, QString> names;
    for (qint64 c : kids)
        names.insert(c,
            sql::scalar(db.db.sql(), QStringLiteral("SELECT lower(name) FROM partners WHERE id = ?"), {c})
                .value()
                .toString());
    std::sort(kids.begin(), kids.end(), [&](qint64 a, qint64 b) {
        return names.value(a) != names.value(b) ? names.value(a) < names.value(b) : a < b;
    });
    return kids;
}

QList<qint64> idsOf(const QList<NetworkNode> &nodes)
{
    QList<qint64> ids;
    for (const NetworkNode &n : nodes)
        ids.append(n.id);
    return ids;
}

} // namespace

void TestNetworkTree::seeds()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("includeArchived");
    for (quint32 seed : {1u, 7u, 42u})
        for (bool archived : {false, true})
            QTest::addRow("seed %u, %s", seed, archived ? "with archived" : "current only")
                << seed << archived;
}

void TestNetworkTree::childrenPagesMatchTheTree_data()
{
    seeds();
}

void TestNetworkTree::childrenPagesMatchTheTree()
{
    QFETCH(quint32, seed);
    QFETCH(bool, includeArchived);
    TempDatabase db;
    cd::test::RandomNetworkOptions o;
    o.partners = 150;
    o.archivedPercent = 15;
    o.topLevelPercent = 20;
    const RandomNetwork net = cd::test::makeRandomNetwork(db.db, seed, o);
    NetworkTree tree(db.db);
    tree.setIncludeArchived(includeArchived);

    QList<qint64> parents {0};
    parents += net.ids;
    for (qint64 parent : parents) {
        const QList<qint64> expected = sortedChildren(net, parent, includeArchived, db);
        QCOMPARE(tree.childCount(parent).value(), expected.size());
        if (parent != 0)
            QCOMPARE(tree.hasChildren(parent).value(), !expected.isEmpty());

        QList<qint64> byOffset;
        QList<NetworkNode> byKeyset;
        constexpr int page = 4;
        for (int offset = 0;; offset += page) {
            const auto nodes = tree.children(parent, page, offset).value();
            byOffset += idsOf(nodes);
            if (nodes.size() < page)
                break;
        }
        for (;;) {
            const auto nodes = byKeyset.isEmpty() ? tree.children(parent, page).value()
                                                  : tree.childrenAfter(parent, byKeyset.last(), page).value();
            byKeyset += nodes;
            if (nodes.size() < page)
                break;
        }
        QCOMPARE(byOffset, expected);
        QCOMPARE(idsOf(byKeyset), expected);
        for (int row = 0; row < byKeyset.size(); ++row) {
            const NetworkNode &n = byKeyset.at(row);
            QCOMPARE(n.parentId, parent);
            QCOMPARE(n.archived, net.archived.value(n.id));
            QCOMPARE(n.hasChildren, !sortedChildren(net, n.id, includeArchived, db).isEmpty());
            QCOMPARE(tree.rowOf(n.id).value(), row);
            QCOMPARE(tree.node(n.id).value(), n);
        }
    }
}

void TestNetworkTree::ancestorsPathAndDepth_data()
{
    seeds();
}

void TestNetworkTree::ancestorsPathAndDepth()
{
    QFETCH(quint32, seed);
    QFETCH(bool, includeArchived);
    TempDatabase db;
    cd::test::RandomNetworkOptions o;
    o.partners = 120;
    o.maxDepth = 12;
    o.topLevelPercent = 3;
    const RandomNetwork net = cd::test::makeRandomNetwork(db.db, seed, o);
    NetworkTree tree(db.db);
    tree.setIncludeArchived(includeArchived);
    int deepest = 0;
    for (qint64 id : net.ids) {
        QList<qint64> expected;
        for (qint64 p = net.parent.value(id); p != 0; p = net.parent.value(p))
            expected.prepend(p);
        QCOMPARE(idsOf(tree.ancestors(id).value()), expected);
        QCOMPARE(tree.depth(id).value(), expected.size());
        QCOMPARE(tree.path(id).value(), expected + QList<qint64> {id});
        for (qint64 a : expected)
            QVERIFY(tree.isInSubtree(id, a).value());
        QVERIFY(tree.isInSubtree(id, id).value());
        if (!net.childrenOf(id).isEmpty())
            QVERIFY(!tree.isInSubtree(id, net.childrenOf(id).first()).value());
        deepest = std::max(deepest, int(expected.size()));
    }
    // The generator must really have built deep chains, or the test proves little.
    QVERIFY2(deepest >= 5, qPrintable(QString::number(deepest)));
    QVERIFY(deepest < o.maxDepth);
}

void TestNetworkTree::subtreeIds_data()
{
    seeds();
}

void TestNetworkTree::subtreeIds()
{
    QFETCH(quint32, seed);
    QFETCH(bool, includeArchived);
    TempDatabase db;
    cd::test::RandomNetworkOptions o;
    o.partners = 150;
    o.archivedPercent = 15;
    const RandomNetwork net = cd::test::makeRandomNetwork(db.db, seed, o);
    NetworkTree tree(db.db);
    tree.setIncludeArchived(includeArchived);
    for (qint64 id : net.ids) {
        QList<qint64> expected = net.subtree(id, !includeArchived);
        QList<qint64> actual = tree.subtreeIds(id).value();
        QCOMPARE(actual.first(), id);
        std::sort(expected.begin(), expected.end());
        std::sort(actual.begin(), actual.end());
        QCOMPARE(actual, expected);
    }
}

void TestNetworkTree::unknownPartnerIsNotFound()
{
    TempDatabase db;
    NetworkTree tree(db.db);
    QCOMPARE(tree.node(42).error().code, Error::Code::NotFound);
    QCOMPARE(tree.ancestors(42).error().code, Error::Code::NotFound);
    QCOMPARE(tree.depth(42).error().code, Error::Code::NotFound);
    QCOMPARE(tree.subtreeIds(42).error().code, Error::Code::NotFound);
    QCOMPARE(tree.rowOf(42).error().code, Error::Code::NotFound);
    QCOMPARE(tree.children(0, 10).value().size(), 0);
}

void TestNetworkTree::childrenUseTheIndex()
{
    // The first page of a level must be read from partners_children in order, never sorted.
    TempDatabase db;
    for (const QString &parent : {QStringLiteral("IS NULL"), QStringLiteral("= 5")}) {
        auto q = sql::exec(db.db.sql(),
            QStringLiteral(
                "EXPLAIN QUERY PLAN SELECT %1 FROM partners p WHERE p.parent_id %2 AND p.archived_at IS "
                "NULL ORDER BY p.name COLLATE NOCASE, p.id LIMIT 50")
                .arg(NetworkTree::nodeColumns(), parent));
        QVERIFY(q);
        QString plan;
        while (q.value().next())
            plan += q.value().value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("partners_children")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
    }
}

CHANNELDESK_TEST_GUILESS_MAIN(TestNetworkTree)
#include "tst_networktree.moc"
