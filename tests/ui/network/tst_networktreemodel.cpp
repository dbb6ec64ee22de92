// Tests of the lazy network tree model against the shape the hierarchy was built from.

#include "../networkfixture.h"
#include "network/networktree.h"
#include "network/networktreemodel.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

using namespace cd;

namespace {

// Reads every branch (the view would do this as the user expands them).
void fetchAll(NetworkTreeModel &model, const QModelIndex &parent = {})
{
    while (model.canFetchMore(parent))
        model.fetchMore(parent);
    for (int row = 0; row < model.rowCount(parent); ++row)
        fetchAll(model, model.index(row, 0, parent));
}

qint64 idAt(const QModelIndex &index)
{
    return index.data(NetworkTreeModel::IdRole).toLongLong();
}

} // namespace

class TestNetworkTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void matchesShape_data();
    void matchesShape();
    void lazyFetching_data();
    void lazyFetching();
    void rollUpsMatchBruteForce_data();
    void rollUpsMatchBruteForce();
    void reveal_data();
    void reveal();
    void dropReparents_data();
    void dropReparents();
    void dropDeclinedKeepsTree();
    void cycleRefused_data();
    void cycleRefused();
    void presentation();

private:
    static void addShapes();
};

void TestNetworkTreeModel::addShapes()
{
    QTest::addColumn<QList<int>>("shape");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("flat, one page") << test::Network::flat(6) << 200;
    QTest::newRow("flat, several pages") << test::Network::flat(23) << 5;
    QTest::newRow("chain of 12") << test::Network::chain(12) << 3;
    QTest::newRow("wide, pages under each root") << test::Network::wide(3, 17) << 4;
    QTest::newRow("balanced 3x4") << test::Network::balanced(3, 4) << 2;
}

void TestNetworkTreeModel::matchesShape_data()
{
    addShapes();
}

void TestNetworkTreeModel::matchesShape()
{
    QFETCH(QList<int>, shape);
    QFETCH(int, pageSize);
    test::Network net;
    QVERIFY(net.build(shape));

    NetworkTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(pageSize);
    model.setDatabase(net.db);
    fetchAll(model);

    // Every branch holds exactly the shape's children, in name order, at the right depth.
    std::function<void(int, const QModelIndex &, int)> compare
        = [&](int position, const QModelIndex &parent, int depth) {
              const QList<int> expected = net.childrenOf(position);
              QCOMPARE(model.rowCount(parent), expected.size());
              QCOMPARE(model.hasChildren(parent), !expected.isEmpty() || !parent.isValid());
              for (int row = 0; row < expected.size(); ++row) {
                  const QModelIndex child = model.index(row, 0, parent);
                  QCOMPARE(idAt(child), net.ids[expected[row]]);
                  QCOMPARE(child.data().toString(), net.names[expected[row]]);
                  QCOMPARE(child.data(NetworkTreeModel::DepthRole).toInt(), depth);
                  QCOMPARE(model.parent(child), parent);
                  compare(expected[row], child, depth + 1);
              }
          };
    compare(-1, {}, 0);
    model.reload();
    QVERIFY(model.rowCount() > 0);
    model.setDatabase(Database());
    QCOMPARE(model.rowCount(), 0);
}

void TestNetworkTreeModel::lazyFetching_data()
{
    addShapes();
}

void TestNetworkTreeModel::lazyFetching()
{
    QFETCH(QList<int>, shape);
    QFETCH(int, pageSize);
    test::Network net;
    QVERIFY(net.build(shape));

    NetworkTreeModel model;
    // No model tester here: it reads branches itself while checking them.
    model.setPageSize(pageSize);
    model.setDatabase(net.db);
    // Opening reads one page of the top level and nothing below it.
    QCOMPARE(model.childQueries(), 1);
    const int topLevel = int(net.childrenOf(-1).size());
    QCOMPARE(model.rowCount(), qMin(topLevel, pageSize));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, 0);
        const int position = int(net.ids.indexOf(idAt(i)));
        const bool hasChildren = !net.childrenOf(position).isEmpty();
        // The expander is known without reading the children.
        QCOMPARE(model.hasChildren(i), hasChildren);
        QCOMPARE(model.rowCount(i), 0);
        QCOMPARE(model.canFetchMore(i), hasChildren);
    }
    QCOMPARE(model.childQueries(), 1);

    // Expanding one branch reads one page of it.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, 0);
        if (!model.canFetchMore(i))
            continue;
        model.fetchMore(i);
        QCOMPARE(model.childQueries(), 2);
        const int children = int(net.childrenOf(int(net.ids.indexOf(idAt(i)))).size());
        QCOMPARE(model.rowCount(i), qMin(children, pageSize));
        QCOMPARE(model.canFetchMore(i), children > pageSize);
        break;
    }
}

void TestNetworkTreeModel::rollUpsMatchBruteForce_data()
{
    QTest::addColumn<QList<int>>("shape");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("background");
    for (const bool background : {false, true}) {
        const char *how = background ? ", on a worker" : "";
        QTest::addRow("flat, several pages%s", how) << test::Network::flat(23) << 5 << background;
        QTest::addRow("chain of 12%s", how) << test::Network::chain(12) << 3 << background;
        QTest::addRow("wide, pages under each root%s", how) << test::Network::wide(3, 17) << 4 << background;
        QTest::addRow("balanced 3x4%s", how) << test::Network::balanced(3, 4) << 2 << background;
    }
}

// Every loaded partner's roll-up counts its subtree. On a worker, the figures arrive after the rows
// (and a tree read again meanwhile ignores the answers meant for the old one).
void TestNetworkTreeModel::rollUpsMatchBruteForce()
{
    QFETCH(QList<int>, shape);
    QFETCH(int, pageSize);
    QFETCH(bool, background);
    test::Network net;
    QVERIFY(net.build(shape));

    NetworkTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackgroundRollups(background);
    model.setPageSize(pageSize);
    model.setDatabase(net.db);
    if (background) {
        // Nothing waited for the roll-ups: the first rows have none yet.
        QVERIFY(model.rowCount() > 0);
        QVERIFY(!model.index(0, NetworkTreeModel::PartnersColumn).data().isValid());
        model.reload(); // the answers for the first tree are dropped
    }
    fetchAll(model);
    std::function<bool(const QModelIndex &)> allThere = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex i = model.index(row, 0, parent);
            if (!i.siblingAtColumn(NetworkTreeModel::PartnersColumn).data().isValid() || !allThere(i))
                return false;
        }
        return true;
    };
    QTRY_VERIFY(allThere({}));
    std::function<void(const QModelIndex &)> check = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex i = model.index(row, 0, parent);
            const int position = int(net.ids.indexOf(idAt(i)));
            const QModelIndex partners = i.siblingAtColumn(NetworkTreeModel::PartnersColumn);
            QCOMPARE(partners.data(NetworkTreeModel::SortValueRole).toLongLong(), net.subtreeSize(position));
            QCOMPARE(partners.data().toString(), QLocale().toString(net.subtreeSize(position)));
            check(i);
        }
    };
    check({});
}

void TestNetworkTreeModel::reveal_data()
{
    QTest::addColumn<QList<int>>("shape");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("target");
    QTest::newRow("top level, late page") << test::Network::flat(23) << 4 << 19;
    QTest::newRow("bottom of a chain") << test::Network::chain(12) << 2 << 11;
    QTest::newRow("leaf in a balanced tree") << test::Network::balanced(3, 4) << 1 << 39;
    QTest::newRow("child past the first page") << test::Network::wide(3, 17) << 4 << 3 + 2 * 17 + 15;
}

void TestNetworkTreeModel::reveal()
{
    QFETCH(QList<int>, shape);
    QFETCH(int, pageSize);
    QFETCH(int, target);
    test::Network net;
    QVERIFY(net.build(shape));

    NetworkTreeModel model;
    // No model tester here: it reads branches itself while checking them.
    model.setPageSize(pageSize);
    model.setDatabase(net.db);
    QVERIFY(!model.indexOfPartner(net.ids[target]).isValid() || net.parents[target] < 0);

    const QModelIndex found = model.reveal(net.ids[target]);
    QVERIFY(found.isValid());
    QCOMPARE(idAt(found), net.ids[target]);
    // Its parents in the model are the partner's ancestors in the shape.
    QModelIndex up = found.parent();
    for (int p = net.parents[target]; p >= 0; p = net.parents[p]) {
        QVERIFY(up.isValid());
        QCOMPARE(idAt(up), net.ids[p]);
        up = up.parent();
    }
    QVERIFY(!up.isValid());
    QCOMPARE(model.indexOfPartner(net.ids[target]), found);
    // An unknown partner is not revealed.
    QVERIFY(!model.reveal(999999).isValid());
}

void TestNetworkTreeModel::dropReparents_data()
{
    QTest::addColumn<QList<int>>("shape");
    QTest::addColumn<int>("moved");
    QTest::addColumn<int>("target"); // -1 = top level
    QTest::newRow("leaf to another root") << test::Network::wide(3, 4) << 5 << 2;
    QTest::newRow("branch to another branch") << test::Network::balanced(2, 4) << 1 << 5;
    QTest::newRow("to the top level") << test::Network::chain(5) << 3 << -1;
    QTest::newRow("root under a leaf") << test::Network::wide(2, 3) << 0 << 7;
}

void TestNetworkTreeModel::dropReparents()
{
    QFETCH(QList<int>, shape);
    QFETCH(int, moved);
    QFETCH(int, target);
    test::Network net;
    QVERIFY(net.build(shape));

    NetworkTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(net.db);
    fetchAll(model);
    QList<std::pair<qint64, qint64>> asked;
    model.setMoveConfirmer([&](qint64 partner, qint64 parent) {
        asked.append({partner, parent});
        return true;
    });
    QSignalSpy moved_(&model, &NetworkTreeModel::partnerMoved);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // The mime data the view makes from the dragged row, dropped on the target row.
    const QModelIndex source = model.indexOfPartner(net.ids[moved]);
    QVERIFY(source.isValid());
    std::unique_ptr<QMimeData> mime(model.mimeData({source, source.siblingAtColumn(1)}));
    QVERIFY(mime);
    QCOMPARE(NetworkTreeModel::partnerIdsFrom(mime.get()), QList<qint64> {net.ids[moved]});
    const QModelIndex dropOn = target < 0 ? QModelIndex() : model.indexOfPartner(net.ids[target]);
    QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, dropOn));
    model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, dropOn);

    const qint64 newParentId = target < 0 ? 0 : net.ids[target];
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first(), std::make_pair(net.ids[moved], newParentId));
    QCOMPARE(moved_.size(), 1);
    // Precise signals, no reset.
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);

    // Stored, and shown where it is stored.
    auto stored = NetworkTree(net.db).node(net.ids[moved]);
    QVERIFY(stored);
    QCOMPARE(stored->parentId, newParentId);
    const QModelIndex now = model.indexOfPartner(net.ids[moved]);
    QVERIFY(now.isValid());
    QCOMPARE(idAt(now.parent()), newParentId);
    // Its loaded branch moved with it.
    net.parents[moved] = target;
    QCOMPARE(model.rowCount(now), net.childrenOf(moved).size());
    // Roll-ups of the new parent's chain count the moved branch.
    for (int p = target; p >= 0; p = net.parents[p]) {
        const QModelIndex i
            = model.indexOfPartner(net.ids[p]).siblingAtColumn(NetworkTreeModel::PartnersColumn);
        QCOMPARE(i.data(NetworkTreeModel::SortValueRole).toLongLong(), net.subtreeSize(p));
    }
    // And of the old chain, which lost it.
    for (int p = shape[moved]; p >= 0; p = shape[p]) {
        const QModelIndex i
            = model.indexOfPartner(net.ids[p]).siblingAtColumn(NetworkTreeModel::PartnersColumn);
        QCOMPARE(i.data(NetworkTreeModel::SortValueRole).toLongLong(), net.subtreeSize(p));
    }
}

void TestNetworkTreeModel::dropDeclinedKeepsTree()
{
    test::Network net;
    QVERIFY(net.build(test::Network::wide(2, 3)));
    NetworkTreeModel model;
    model.setDatabase(net.db);
    fetchAll(model);
    model.setMoveConfirmer([](qint64, qint64) { return false; });
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QModelIndex source = model.indexOfPartner(net.ids[2]);
    std::unique_ptr<QMimeData> mime(model.mimeData({source}));
    QVERIFY(!model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model.indexOfPartner(net.ids[1])));
    QCOMPARE(removed.size(), 0);
    QCOMPARE(NetworkTree(net.db).node(net.ids[2])->parentId, net.ids[0]);
}

void TestNetworkTreeModel::cycleRefused_data()
{
    QTest::addColumn<QList<int>>("shape");
    QTest::addColumn<int>("moved");
    QTest::addColumn<int>("target");
    QTest::newRow("under its child") << test::Network::chain(4) << 1 << 2;
    QTest::newRow("under its deepest descendant") << test::Network::chain(8) << 0 << 7;
    QTest::newRow("under a grandchild in a balanced tree") << test::Network::balanced(2, 4) << 1 << 7;
}

void TestNetworkTreeModel::cycleRefused()
{
    QFETCH(QList<int>, shape);
    QFETCH(int, moved);
    QFETCH(int, target);
    test::Network net;
    QVERIFY(net.build(shape));
    QVERIFY(net.isBelow(target, moved));

    NetworkTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(net.db);
    fetchAll(model);
    QSignalSpy failed(&model, &NetworkTreeModel::moveFailed);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const QModelIndex source = model.indexOfPartner(net.ids[moved]);
    std::unique_ptr<QMimeData> mime(model.mimeData({source}));
    QVERIFY(!model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, model.indexOfPartner(net.ids[target])));
    QCOMPARE(failed.size(), 1);
    // The user learns which partners are involved.
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(net.names[moved]), qPrintable(message));
    QCOMPARE(removed.size(), 0);
    QCOMPARE(model.lastError().code, Error::Code::Validation);
    QCOMPARE(NetworkTree(net.db).node(net.ids[moved])->parentId, moved == 0 ? 0 : net.ids[shape[moved]]);
    QCOMPARE(model.indexOfPartner(net.ids[moved]), source);
}

void TestNetworkTreeModel::presentation()
{
    test::Network net;
    QVERIFY(net.build(test::Network::chain(2)));
    NetworkTreeModel model;
    model.setDatabase(net.db);
    QCOMPARE(model.columnCount(), int(NetworkTreeModel::ColumnCount));
    for (int c = 0; c < model.columnCount(); ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(root.siblingAtColumn(NetworkTreeModel::KindColumn).data().toString(),
        Partner::kindLabel(PartnerKind::Distributor));
    QCOMPARE(root.siblingAtColumn(NetworkTreeModel::LevelColumn).data().toString(), QStringLiteral("1"));
    QVERIFY(model.flags(root) & Qt::ItemIsDragEnabled);
    QVERIFY(model.flags(QModelIndex()) & Qt::ItemIsDropEnabled);
    QCOMPARE(model.mimeTypes(), QStringList {NetworkTreeModel::mimeType()});
    // No customers, leads or deals yet: zero, not empty.
    QCOMPARE(
        root.siblingAtColumn(NetworkTreeModel::CustomersColumn).data().toString(), QLocale().toString(0));
}

CHANNELDESK_TEST_MAIN(TestNetworkTreeModel)
#include "tst_networktreemodel.moc"
