// Tests of a partner's timeline as a list, newest first, read in batches.

#include "../registryfixture.h"
#include "shared/timelinemodel.h"
#include "testmain.h"

#include <QAbstractItemModelTester>

using namespace cd;

class TestTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void newestFirst();
    void fetchesOlderEventsInBatches();
    void noPartnerIsEmpty();
};

void TestTimelineModel::newestFirst()
{
    test::Registry registry;
    QVERIFY(registry.addPartners(3));
    const PartnerStore store(registry.db);
    auto p = store.get(2);
    QVERIFY(p.ok());
    Partner changed = p.value();
    changed.city = QStringLiteral("Hamburg");
    QVERIFY(store.update(changed).ok());

    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setPartner(registry.db, 2).ok());
    QCOMPARE(model.partnerId(), 2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0).data(TimelineModel::ActionRole).toString(), QStringLiteral("changed"));
    QCOMPARE(model.index(0).data(TimelineModel::FieldRole).toString(), model.event(0).field);
    QCOMPARE(model.index(1).data(TimelineModel::ActionRole).toString(), QStringLiteral("created"));
    QCOMPARE(model.index(1).data().toString(), model.event(1).describe());
    QCOMPARE(model.index(1).data(TimelineModel::UserLoginRole).toString(), QStringLiteral("tester"));
    QVERIFY(model.index(1).data(TimelineModel::AtRole).toDateTime().isValid());
    QVERIFY(!model.index(1).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(!model.canFetchMore({}));
}

void TestTimelineModel::fetchesOlderEventsInBatches()
{
    test::Registry registry;
    QVERIFY(registry.addPartners(1));
    const PartnerStore store(registry.db);
    const int changes = TimelineModel::BatchSize + 50;
    for (int i = 0; i < changes; ++i) {
        auto p = store.get(1);
        QVERIFY(p.ok());
        Partner changed = p.value();
        changed.notes = QStringLiteral("note %1").arg(i);
        QVERIFY(store.update(changed).ok());
    }
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The tester would fetch more inside its own reset handler, before it marks the reset as done,
    // and then count our insertion as one inside the reset; the fetching is tested below instead.
    tester.setUseFetchMore(false);
    QVERIFY(model.setPartner(registry.db, 1).ok());
    QCOMPARE(model.rowCount(), TimelineModel::BatchSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), changes + 1); // and "created"
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.event(model.rowCount() - 1).action, QStringLiteral("created"));
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), TimelineModel::BatchSize);
}

void TestTimelineModel::noPartnerIsEmpty()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setPartner(Database(), 1).ok());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

CHANNELDESK_TEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
