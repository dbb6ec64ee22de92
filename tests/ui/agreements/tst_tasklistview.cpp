// Offscreen tests of the Tasks page: my tasks / everyone's, open / done, overdue in red, Mark Done.

#include "../agreementfixture.h"
#include "../rowwait.h"
#include "agreements/tasklistview.h"
#include "agreements/taskstore.h"
#include "agreements/tasktablemodel.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTableView>

using namespace cd;

Q_DECLARE_METATYPE(cd::TaskListView::Scope)
Q_DECLARE_METATYPE(cd::TaskListView::Show)

class TestTaskListView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void filter_data();
    void filter();
    void markDone();
    void sorted_data();
    void sorted();

private:
    std::unique_ptr<test::AgreementFixture> m_fx;
    qint64 m_me = 0;
    QList<Task> m_tasks; // as made
};

void TestTaskListView::initTestCase()
{
    m_fx = std::make_unique<test::AgreementFixture>();
    QVERIFY(m_fx->build(2));
    const TaskStore store(m_fx->db);
    m_me = store.currentUserId().value();
    const QList<qint64> assignees {
        m_me, m_fx->owners.first() == m_me ? m_fx->owners.last() : m_fx->owners.first()};
    for (int i = 0; i < 24; ++i) {
        Task t;
        t.title = QStringLiteral("Task %1").arg(i);
        t.assigneeId = assignees.at(i % 2);
        t.agreementId = m_fx->byStage.value(AgreementStage::Signed).value(i % 2);
        t.dueDate = test::AgreementFixture::today().addDays(i - 10);
        auto made = store.create(t);
        QVERIFY(made);
        if (i % 5 == 0)
            made = store.markDone(made->id);
        m_tasks.append(made.value());
    }
}

void TestTaskListView::cleanupTestCase()
{
    m_fx.reset();
}

void TestTaskListView::filter_data()
{
    QTest::addColumn<TaskListView::Scope>("scope");
    QTest::addColumn<TaskListView::Show>("show");
    QTest::addColumn<bool>("overdue");
    using Sc = TaskListView::Scope;
    using Sh = TaskListView::Show;
    QTest::newRow("my open") << Sc::Mine << Sh::Open << false;
    QTest::newRow("my overdue") << Sc::Mine << Sh::Open << true;
    QTest::newRow("everyone open") << Sc::Everyone << Sh::Open << false;
    QTest::newRow("everyone done") << Sc::Everyone << Sh::Done << false;
    QTest::newRow("everyone all") << Sc::Everyone << Sh::All << false;
    QTest::newRow("everyone overdue") << Sc::Everyone << Sh::All << true;
}

void TestTaskListView::filter()
{
    QFETCH(TaskListView::Scope, scope);
    QFETCH(TaskListView::Show, show);
    QFETCH(bool, overdue);
    TaskListView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setDatabase(m_fx->db);
    view.setScope(scope);
    view.setShow(show);
    view.setOverdueOnly(overdue);
    QList<qint64> want;
    for (const Task &t : std::as_const(m_tasks)) {
        const bool done = t.status == TaskStatus::Done;
        if (scope == TaskListView::Scope::Mine && t.assigneeId != m_me)
            continue;
        if ((show == TaskListView::Show::Open && done) || (show == TaskListView::Show::Done && !done))
            continue;
        if (overdue && !t.isOverdue())
            continue;
        want.append(t.id);
    }
    QList<qint64> got;
    QVERIFY(test::waitForRows(view.model()));
    for (int r = 0; r < view.model()->rowCount(); ++r) {
        const QModelIndex index = view.model()->index(r, 0);
        got.append(index.data(TaskTableModel::IdRole).toLongLong());
        const bool isOverdue = index.data(TaskTableModel::OverdueRole).toBool();
        const QVariant colour = index.data(Qt::ForegroundRole);
        QCOMPARE(colour.isValid(), isOverdue);
        if (isOverdue)
            QCOMPARE(colour.value<QBrush>().color(), QColor(0xc6, 0x28, 0x28));
    }
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    QCOMPARE(got, want);
}

void TestTaskListView::markDone()
{
    TaskListView view;
    view.setDatabase(m_fx->db);
    view.setScope(TaskListView::Scope::Everyone);
    view.setShow(TaskListView::Show::Open);
    const qint64 before = view.model()->totalCount();
    QVERIFY(before > 0);
    view.table()->selectRow(0);
    const qint64 id = view.model()->task(0)->id;
    QSignalSpy changed(&view, &TaskListView::tasksChanged);
    QVERIFY(view.markCurrentDone());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(TaskStore(m_fx->db).get(id).value().status, TaskStatus::Done);
    QCOMPARE(view.model()->totalCount(), before - 1);
}

void TestTaskListView::sorted_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("due, soonest first") << int(TaskColumn::Due) << Qt::AscendingOrder;
    QTest::newRow("due, latest first") << int(TaskColumn::Due) << Qt::DescendingOrder;
    QTest::newRow("title") << int(TaskColumn::Title) << Qt::AscendingOrder;
    QTest::newRow("title descending") << int(TaskColumn::Title) << Qt::DescendingOrder;
}

void TestTaskListView::sorted()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    TaskListView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setDatabase(m_fx->db);
    view.setScope(TaskListView::Scope::Everyone);
    view.setShow(TaskListView::Show::All);
    // Through the header, as a click does.
    view.table()->sortByColumn(column, order);
    QList<Task> expected = m_tasks;
    std::sort(expected.begin(), expected.end(), [&](const Task &a, const Task &b) {
        const int c = column == int(TaskColumn::Title) ? a.title.compare(b.title, Qt::CaseInsensitive)
                                                       : int(b.dueDate.daysTo(a.dueDate));
        if (c != 0)
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        return order == Qt::AscendingOrder ? a.id < b.id : a.id > b.id;
    });
    QCOMPARE(view.model()->rowCount(), int(expected.size()));
    QVERIFY(test::waitForRows(view.model()));
    for (int r = 0; r < view.model()->rowCount(); ++r)
        QCOMPARE(view.model()->index(r, 0).data(TaskTableModel::IdRole).toLongLong(), expected[r].id);
}

CHANNELDESK_TEST_MAIN(TestTaskListView)
#include "tst_tasklistview.moc"
