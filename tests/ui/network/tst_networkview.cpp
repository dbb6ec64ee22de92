// Tests of the network page offscreen: drop confirmation, cycle refusal shown, search that
// reveals, and the partner page's network tab with its breadcrumb.

#include "../networkfixture.h"
#include "network/distributornetworksview.h"
#include "network/networkstore.h"
#include "network/networktree.h"
#include "network/networktreemodel.h"
#include "network/networkview.h"
#include "network/partnernetworktab.h"
#include "partners/partnerstore.h"
#include "shared/breadcrumbbar.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace cd;

class TestNetworkView : public QObject
{
    Q_OBJECT

private slots:
    void dropAsksFirst_data();
    void dropAsksFirst();
    void cycleRefusalShown();
    void searchReveals_data();
    void searchReveals();
    void partnerTab();
    void partnerTabRefusesCycle();
    void distributorLinks();
    void moveUndoRedo();
    void linkUndoRedo_data();
    void linkUndoRedo();
    void demoScreenshot();
};

namespace {

// The drop as the view performs it: the model's mime data for the dragged row, dropped on a row.
bool drop(NetworkView &view, qint64 partnerId, qint64 targetId)
{
    NetworkTreeModel *model = view.model();
    const QModelIndex source = model->reveal(partnerId);
    const QModelIndex target = targetId ? model->reveal(targetId) : QModelIndex();
    std::unique_ptr<QMimeData> mime(model->mimeData({source}));
    if (!mime || !model->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, target))
        return false;
    model->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, target);
    return true;
}

} // namespace

void TestNetworkView::dropAsksFirst_data()
{
    QTest::addColumn<bool>("answer");
    QTest::newRow("yes moves") << true;
    QTest::newRow("no keeps") << false;
}

void TestNetworkView::dropAsksFirst()
{
    QFETCH(bool, answer);
    test::Network net;
    QVERIFY(net.build(test::Network::wide(2, 3)));
    NetworkView view;
    view.resize(900, 500);
    view.setDatabase(net.db);
    QStringList questions;
    view.setAsker([&](const QString &q) {
        questions.append(q);
        return answer;
    });
    QSignalSpy moved(&view, &NetworkView::partnerMoved);
    QVERIFY(drop(view, net.ids[3], net.ids[1]));

    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(net.names[3]) && questions.first().contains(net.names[1]),
        qPrintable(questions.first()));
    const qint64 parent = NetworkTree(net.db).node(net.ids[3])->parentId;
    QCOMPARE(parent, answer ? net.ids[1] : net.ids[0]);
    QCOMPARE(moved.size(), answer ? 1 : 0);
    if (answer)
        QCOMPARE(view.currentPartnerId(), net.ids[3]); // the moved partner stays under the cursor
}

void TestNetworkView::cycleRefusalShown()
{
    test::Network net;
    QVERIFY(net.build(test::Network::chain(5)));
    NetworkView view;
    view.setDatabase(net.db);
    int asked = 0;
    view.setAsker([&](const QString &) {
        ++asked;
        return true;
    });
    QVERIFY(drop(view, net.ids[1], net.ids[4]));
    // Refused before asking, and the user is told why.
    QCOMPARE(asked, 0);
    QVERIFY(!view.lastMessage().isEmpty());
    auto *box = view.findChild<QMessageBox *>(QStringLiteral("moveErrorBox"));
    QVERIFY(box);
    QCOMPARE(box->text(), view.lastMessage());
    QCOMPARE(NetworkTree(net.db).node(net.ids[1])->parentId, net.ids[0]);
    box->close();
}

void TestNetworkView::searchReveals_data()
{
    QTest::addColumn<int>("target");
    QTest::newRow("deep in a chain") << 9;
    QTest::newRow("top level") << 0;
    QTest::newRow("middle") << 4;
}

void TestNetworkView::searchReveals()
{
    QFETCH(int, target);
    test::Network net;
    QVERIFY(net.build(test::Network::chain(10)));
    NetworkView view;
    view.resize(900, 500);
    view.show();
    view.setDatabase(net.db);
    // Name and account number: the name alone ("echo 9") also matches "echo 2" when that partner's
    // random account number starts with 9, and the first match wins.
    const QString code = PartnerStore(net.db).get(net.ids[target])->code;
    view.searchEdit()->setText(net.names[target] + QLatin1Char(' ') + code);
    QMetaObject::invokeMethod(view.searchEdit(), "returnPressed");
    QCOMPARE(view.currentPartnerId(), net.ids[target]);
    // Every ancestor is expanded so the partner is visible.
    for (QModelIndex up = view.treeView()->currentIndex().parent(); up.isValid(); up = up.parent())
        QVERIFY(view.treeView()->isExpanded(up));
    if (const QString dir = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS"); !dir.isEmpty())
        view.grab().save(dir + QStringLiteral("/network-view-%1.png").arg(target));
}

void TestNetworkView::partnerTab()
{
    test::Network net;
    QVERIFY(net.build(test::Network::chain(4)));
    PartnerNetworkTab tab;
    tab.setPartner(net.db, net.ids[2]);
    // Breadcrumb: the ancestors, top first, linked; the partner last.
    QCOMPARE(tab.breadcrumb()->trail().size(), 2);
    QCOMPARE(tab.breadcrumb()->trail().at(0).id, net.ids[0]);
    QCOMPARE(tab.breadcrumb()->text(),
        QStringLiteral("%1 › %2 › %3").arg(net.names[0], net.names[1], net.names[2]));
    QSignalSpy open(&tab, &PartnerNetworkTab::openPartnerRequested);
    tab.breadcrumb()->activate(1);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toLongLong(), net.ids[1]);
    // Children: the partner below it.
    QCOMPARE(tab.childrenModel()->rowCount(), 1);
    QCOMPARE(tab.childrenModel()->index(0, 0).data(NetworkTreeModel::IdRole).toLongLong(), net.ids[3]);

    tab.setAsker([](const QString &) { return true; });
    QSignalSpy changed(&tab, &PartnerNetworkTab::networkChanged);
    QVERIFY(tab.moveUnder(0));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(tab.breadcrumb()->trail().size(), 0);
    QVERIFY(tab.breadcrumb()->isHidden());
}

void TestNetworkView::partnerTabRefusesCycle()
{
    test::Network net;
    QVERIFY(net.build(test::Network::chain(4)));
    PartnerNetworkTab tab;
    tab.setPartner(net.db, net.ids[1]);
    tab.setAsker([](const QString &) { return true; });
    const Status s = tab.moveUnder(net.ids[3]);
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::Validation);
    QVERIFY(!tab.messageLabel()->isHidden());
    QCOMPARE(tab.messageLabel()->text(), s.error().message);
    QCOMPARE(NetworkTree(net.db).node(net.ids[1])->parentId, net.ids[0]);
}

void TestNetworkView::distributorLinks()
{
    test::Network net;
    QVERIFY(net.build(test::Network::flat(6))); // 0 and 5 are distributors
    DistributorNetworksView view;
    view.setDatabase(net.db);
    QVERIFY(view.selectDistributor(net.ids[0]));
    QVERIFY(view.link(net.ids[2], QStringLiteral("North, hardware")));
    QVERIFY(view.link(net.ids[3], QString()));
    QCOMPARE(view.resellerTable()->rowCount(), 2);
    // A second link of the same pair is refused by the core and shown.
    QVERIFY(!view.link(net.ids[2], QString()));
    QCOMPARE(view.resellerTable()->rowCount(), 2);
    // The other distributor's network is its own.
    QVERIFY(view.selectDistributor(net.ids[5]));
    QCOMPARE(view.resellerTable()->rowCount(), 0);
    QVERIFY(view.selectDistributor(net.ids[0]));
    view.resellerTable()->selectRow(0);
    QVERIFY(view.currentResellerId() != 0);
    QVERIFY(view.unlinkCurrent());
    QCOMPARE(view.resellerTable()->rowCount(), 1);
    for (auto *box : view.findChildren<QMessageBox *>())
        box->close();
}

// A move is one step on the page's undo stack: undo puts the partner back, redo moves it again.
void TestNetworkView::moveUndoRedo()
{
    test::Network net;
    QVERIFY(net.build(test::Network::wide(2, 3)));
    NetworkView view;
    view.setDatabase(net.db);
    view.setAsker([](const QString &) { return true; });
    QVERIFY(view.undoStack());
    QVERIFY(view.moveWithConfirmation(net.ids[3], net.ids[1]));
    const auto parentOf = [&](qint64 id) { return NetworkTree(net.db).node(id)->parentId; };
    QCOMPARE(parentOf(net.ids[3]), net.ids[1]);
    QCOMPARE(view.undoStack()->count(), 1);
    QVERIFY2(view.undoStack()->undoText().contains(net.names[3]), qPrintable(view.undoStack()->undoText()));
    view.undoStack()->undo();
    QCOMPARE(parentOf(net.ids[3]), net.ids[0]);
    view.undoStack()->redo();
    QCOMPARE(parentOf(net.ids[3]), net.ids[1]);
    // Someone else moves the old parent under the partner: undoing would make a cycle, so the
    // refusal is shown and the step leaves the stack.
    view.undoStack()->undo();
    QCOMPARE(parentOf(net.ids[3]), net.ids[0]);
    QVERIFY(NetworkStore(net.db).setParent(net.ids[1], net.ids[3]).ok());
    view.undoStack()->redo();
    QVERIFY(!view.lastMessage().isEmpty());
    QCOMPARE(parentOf(net.ids[3]), net.ids[0]);
    QCOMPARE(view.undoStack()->count(), 0);
    for (auto *box : view.findChildren<QMessageBox *>())
        box->close();
}

void TestNetworkView::linkUndoRedo_data()
{
    QTest::addColumn<bool>("unlink");
    QTest::newRow("link") << false;
    QTest::newRow("unlink") << true;
}

// Linking and unlinking are undoable; an undone unlink brings the link's focus back.
void TestNetworkView::linkUndoRedo()
{
    QFETCH(bool, unlink);
    test::Network net;
    QVERIFY(net.build(test::Network::flat(6)));
    DistributorNetworksView view;
    QUndoStack stack;
    view.setUndoStack(&stack);
    view.setDatabase(net.db);
    QVERIFY(view.selectDistributor(net.ids[0]));
    QVERIFY(view.link(net.ids[2], QStringLiteral("North, hardware")));
    const auto linked = [&] { return NetworkStore(net.db).activeLink(net.ids[0], net.ids[2]); };
    QVERIFY(linked().ok());
    if (unlink) {
        view.resellerTable()->selectRow(0);
        QVERIFY(view.unlinkCurrent());
        QVERIFY(!linked().ok());
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QVERIFY(linked().ok());
        QCOMPARE(linked()->focus, QStringLiteral("North, hardware"));
        QCOMPARE(view.resellerTable()->rowCount(), 1);
        stack.redo();
        QVERIFY(!linked().ok());
        QCOMPARE(view.resellerTable()->rowCount(), 0);
    } else {
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QVERIFY(!linked().ok());
        QCOMPARE(view.resellerTable()->rowCount(), 0);
        stack.redo();
        QVERIFY(linked().ok());
        QCOMPARE(view.resellerTable()->rowCount(), 1);
    }
}

// Renders the page on a generated demo database for the documentation; skipped unless
// CHANNELDESK_DEMO_DB and CHANNELDESK_SCREENSHOTS name the database and the output folder.
void TestNetworkView::demoScreenshot()
{
    const QString path = qEnvironmentVariable("CHANNELDESK_DEMO_DB");
    const QString dir = qEnvironmentVariable("CHANNELDESK_SCREENSHOTS");
    if (path.isEmpty() || dir.isEmpty())
        QSKIP("No demo database given");
    DatabaseOptions o;
    o.path = path;
    auto db = Database::open(o);
    QVERIFY(db);
    NetworkView view;
    view.resize(1200, 720);
    view.show();
    QElapsedTimer timer;
    timer.start();
    view.setDatabase(db.value());
    NetworkTreeModel *model = view.model();
    QVERIFY(model->rowCount() > 0);
    qInfo("opened the network page (its top level) in %lld ms", timer.elapsed());
    // Open the first branches that have children, two levels deep.
    int opened = 0;
    for (int row = 0; row < model->rowCount() && opened < 2; ++row) {
        const QModelIndex i = model->index(row, 0);
        if (!model->hasChildren(i))
            continue;
        timer.restart();
        view.treeView()->expand(i);
        model->fetchMore(i);
        qInfo("expanded a branch of %d children in %lld ms", model->rowCount(i), timer.elapsed());
        for (int c = 0; c < model->rowCount(i); ++c) {
            if (model->hasChildren(model->index(c, 0, i))) {
                view.treeView()->expand(model->index(c, 0, i));
                break;
            }
        }
        view.treeView()->setCurrentIndex(i);
        ++opened;
    }
    QVERIFY(opened > 0);
    // The roll-ups come from a worker; the window answered all along.
    timer.restart();
    const QModelIndex current = view.treeView()->currentIndex();
    QTRY_VERIFY_WITH_TIMEOUT(model->index(0, NetworkTreeModel::PartnersColumn).data().isValid()
            && current.siblingAtColumn(NetworkTreeModel::PartnersColumn).data().isValid()
            && (model->rowCount(current) == 0
                || model->index(0, NetworkTreeModel::PartnersColumn, current).data().isValid()),
        60000);
    qInfo("the roll-ups of the shown branches arrived %lld ms later", timer.elapsed());
    QVERIFY(view.grab().save(dir + QStringLiteral("/network-tree.png")));
    view.tabs()->setCurrentIndex(1);
    QVERIFY(view.grab().save(dir + QStringLiteral("/distributor-networks.png")));

    // A partner page's network tab for a partner one level down, breadcrumb above it.
    const QModelIndex shown = model->rowCount(current) > 0 ? model->index(0, 0, current) : current;
    QWidget page;
    auto *tab = new PartnerNetworkTab;
    auto *layout = new QVBoxLayout(&page);
    layout->addWidget(tab->breadcrumb());
    layout->addWidget(tab);
    tab->setPartner(db.value(), model->partnerId(shown));
    page.resize(1000, 600);
    page.show();
    QVERIFY(page.grab().save(dir + QStringLiteral("/partner-network-tab.png")));
}

CHANNELDESK_TEST_MAIN(TestNetworkView)
#include "tst_networkview.moc"
