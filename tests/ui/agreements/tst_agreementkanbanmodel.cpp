// Tests of the kanban model: stage rows with counts, lazy pages per stage, moves through the
// workflow's guards (legal ones move the card, refused ones change nothing), drag-and-drop mime data.

#include "../agreementfixture.h"
#include "agreements/agreementdirectory.h"
#include "agreements/agreementkanbanmodel.h"
#include "testmain.h"

#include "db/sql.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>

using namespace cd;

namespace {

constexpr int kModelPerStage = 12;
constexpr int kPageSize = 5;

QList<qint64> idsOf(AgreementKanbanModel &model, AgreementStage stage)
{
    const QModelIndex parent = model.stageIndex(stage);
    while (model.canFetchMore(parent))
        model.fetchMore(parent);
    QList<qint64> ids;
    for (int i = 0; i < model.rowCount(parent); ++i)
        ids.append(model.index(i, 0, parent).data(AgreementKanbanModel::IdRole).toLongLong());
    return ids;
}

// The same with background reads: each fetch is waited for; empty when a read did not come.
QList<qint64> idsReadInBackground(AgreementKanbanModel &model, AgreementStage stage)
{
    const QModelIndex parent = model.stageIndex(stage);
    while (model.canFetchMore(parent)) {
        const int before = model.rowCount(parent);
        model.fetchMore(parent);
        if (!QTest::qWaitFor([&] { return !model.isReading(stage); }, 5000)
            || model.rowCount(parent) == before)
            return {};
    }
    QList<qint64> ids;
    for (int i = 0; i < model.rowCount(parent); ++i)
        ids.append(model.index(i, 0, parent).data(AgreementKanbanModel::IdRole).toLongLong());
    return ids;
}

} // namespace

class TestAgreementKanbanModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void modelTester();
    void stageRows_data();
    void stageRows();
    void lazyPages_data();
    void lazyPages();
    void backgroundPages_data();
    void backgroundPages();
    void moveWhileReading();
    void refreshDropsReads();
    void countsOnWorker();
    void failedReadIsSaid();
    void move_data();
    void move();
    void dropMimeData_data();
    void dropMimeData();
    void cancelledInputChangesNothing();
    void filter_data();
    void filter();
    void cardRoles();
    void alert_data();
    void alert();

private:
    qint64 pick(AgreementStage stage, bool needPeriod = true) const;

    std::unique_ptr<test::AgreementFixture> m_fx;
};

void TestAgreementKanbanModel::init()
{
    m_fx = std::make_unique<test::AgreementFixture>();
    QVERIFY(m_fx->build(kModelPerStage));
}

void TestAgreementKanbanModel::cleanup()
{
    m_fx.reset();
}

qint64 TestAgreementKanbanModel::pick(AgreementStage stage, bool needPeriod) const
{
    for (qint64 id : m_fx->byStage.value(stage)) {
        if (m_fx->withoutPeriod.contains(id) != needPeriod)
            return id;
    }
    return 0;
}

void TestAgreementKanbanModel::modelTester()
{
    AgreementKanbanModel model(kPageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_fx->db);
    for (AgreementStage stage : AgreementStages::all())
        idsOf(model, stage);
    model.setMoveInput([](const AgreementRow &, AgreementStage to) {
        AgreementMove m;
        m.to = to;
        m.date = test::AgreementFixture::today();
        m.reason = QStringLiteral("tester");
        return std::optional<AgreementMove>(m);
    });
    QVERIFY(model.moveAgreement(pick(AgreementStage::Prepared), AgreementStage::PendingReturn));
    QVERIFY(!model.moveAgreement(pick(AgreementStage::Prepared, false), AgreementStage::PendingReturn));
    QVERIFY(model.moveAgreement(pick(AgreementStage::Signed), AgreementStage::Terminated));
    AgreementFilter f;
    f.typeId = m_fx->types.first();
    model.setFilter(f);
    idsOf(model, AgreementStage::Signed);
    model.refresh();
    model.setDatabase(Database());
}

void TestAgreementKanbanModel::stageRows_data()
{
    QTest::addColumn<AgreementStage>("stage");
    for (AgreementStage stage : AgreementStages::all())
        QTest::newRow(qPrintable(AgreementStages::key(stage))) << stage;
}

void TestAgreementKanbanModel::stageRows()
{
    QFETCH(AgreementStage, stage);
    AgreementKanbanModel model(kPageSize);
    model.setDatabase(m_fx->db);
    QCOMPARE(model.rowCount(), AgreementStages::all().size());
    const QModelIndex index = model.stageIndex(stage);
    QVERIFY(index.isValid());
    QCOMPARE(AgreementKanbanModel::stageAt(index.row()), stage);
    const qint64 made = m_fx->byStage.value(stage).size();
    // Known up front, before any card is read.
    QCOMPARE(index.data(AgreementKanbanModel::CountRole).toLongLong(), made);
    QCOMPARE(model.rowCount(index), 0);
    QCOMPARE(model.hasChildren(index), made > 0);
    QCOMPARE(model.canFetchMore(index), made > 0);
    QCOMPARE(index.data(AgreementKanbanModel::StageLabelRole).toString(), AgreementStages::label(stage));
    QCOMPARE(index.data(AgreementKanbanModel::StageColourRole).value<QColor>(),
        QColor(AgreementStages::info(stage).colour));
    QVERIFY(index.flags() & Qt::ItemIsDropEnabled);
    QVERIFY(!(index.flags() & Qt::ItemIsDragEnabled));
}

void TestAgreementKanbanModel::lazyPages_data()
{
    QTest::addColumn<AgreementStage>("stage");
    QTest::addColumn<int>("pageSize");
    for (int pageSize : {1, kPageSize, 100}) {
        for (AgreementStage stage :
            {AgreementStage::Prepared, AgreementStage::Signed, AgreementStage::Cancelled})
            QTest::addRow("%s/%d", qPrintable(AgreementStages::key(stage)), pageSize) << stage << pageSize;
    }
}

void TestAgreementKanbanModel::lazyPages()
{
    QFETCH(AgreementStage, stage);
    QFETCH(int, pageSize);
    AgreementKanbanModel model(pageSize);
    model.setDatabase(m_fx->db);
    const QModelIndex parent = model.stageIndex(stage);
    const int made = int(m_fx->byStage.value(stage).size());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    int expected = 0;
    int fetches = 0;
    while (model.canFetchMore(parent)) {
        const int size = model.fetchSize(expected);
        // A page is never smaller than the page size, and grows with the rows already shown.
        QVERIFY(size >= pageSize);
        QVERIFY(size >= std::min(expected, int(AgreementKanbanModel::MaxPageSize)));
        model.fetchMore(parent);
        expected = std::min(made, expected + size);
        QCOMPARE(model.rowCount(parent), expected);
        ++fetches;
    }
    QCOMPARE(model.rowCount(parent), made);
    QCOMPARE(inserted.size(), fetches);
    // Other columns were not read.
    for (AgreementStage other : AgreementStages::all()) {
        if (other != stage)
            QCOMPARE(model.rowCount(model.stageIndex(other)), 0);
    }
    // The cards are exactly the stage's agreements, soonest end first.
    QList<qint64> ids;
    QDate last;
    bool seenPeriod = false;
    for (int i = 0; i < made; ++i) {
        const QModelIndex card = model.index(i, 0, parent);
        QCOMPARE(card.parent(), parent);
        QCOMPARE(card.data(AgreementKanbanModel::StageRole).toInt(), int(stage));
        ids.append(card.data(AgreementKanbanModel::IdRole).toLongLong());
        const QDate end = card.data(AgreementKanbanModel::EndDateRole).toDate();
        if (end.isValid()) {
            if (seenPeriod)
                QVERIFY2(end >= last, qPrintable(end.toString(Qt::ISODate)));
            last = end;
            seenPeriod = true;
        } else {
            QVERIFY2(!seenPeriod, "cards without a period come first");
        }
    }
    QList<qint64> expectedIds = m_fx->byStage.value(stage);
    std::sort(ids.begin(), ids.end());
    std::sort(expectedIds.begin(), expectedIds.end());
    QCOMPARE(ids, expectedIds);
}

void TestAgreementKanbanModel::backgroundPages_data()
{
    lazyPages_data();
}

// With background reads fetchMore returns at once and the page arrives through the event loop;
// the column ends with the cards a model reading at once shows, in the same order.
void TestAgreementKanbanModel::backgroundPages()
{
    QFETCH(AgreementStage, stage);
    QFETCH(int, pageSize);
    AgreementKanbanModel model(pageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackgroundReads(true);
    model.setDatabase(m_fx->db);
    const QModelIndex parent = model.stageIndex(stage);
    // Counted on the worker: nothing to fetch until the count comes, then the first page follows.
    QVERIFY(model.isCounting());
    QCOMPARE(model.stageCount(stage), 0);
    QVERIFY(!model.canFetchMore(parent));
    QTRY_VERIFY(!model.isCounting());
    QCOMPARE(model.stageCount(stage), m_fx->byStage.value(stage).size());
    model.fetchMore(parent); // asked while the first page is read (or after): no second copy
    // At least the first page (the tester, fetching what it visits, may have asked for more).
    QTRY_VERIFY(
        model.rowCount(parent) >= std::min(model.fetchSize(0), int(m_fx->byStage.value(stage).size())));

    AgreementKanbanModel direct(pageSize);
    direct.setDatabase(m_fx->db);
    QCOMPARE(idsReadInBackground(model, stage), idsOf(direct, stage));
    QVERIFY(!model.lastError().isError());
}

// A card moved out of a column while its next page is being read: the page, read from the old
// end, is read again from the new one, so no card is shown twice or missed.
void TestAgreementKanbanModel::moveWhileReading()
{
    AgreementKanbanModel model(kPageSize);
    // No tester here: it fetches what it visits, and these reads are timed by the test.
    model.setBackgroundReads(true);
    model.setDatabase(m_fx->db);
    model.setMoveInput([](const AgreementRow &, AgreementStage to) {
        AgreementMove m;
        m.to = to;
        m.date = test::AgreementFixture::today();
        m.reason = QStringLiteral("while reading");
        return std::optional<AgreementMove>(m);
    });
    const AgreementStage from = AgreementStage::Signed;
    const QModelIndex parent = model.stageIndex(from);
    QTRY_VERIFY(!model.isCounting() && !model.isReading(from)); // the counts, then the first page
    QVERIFY(model.canFetchMore(parent));
    const qint64 id = model.index(0, 0, parent).data(AgreementKanbanModel::IdRole).toLongLong();
    QVERIFY(id);
    model.fetchMore(parent);
    QVERIFY(model.isReading(from));
    QVERIFY(model.moveAgreement(id, AgreementStage::Terminated));
    QTRY_VERIFY(!model.isReading(from));
    AgreementKanbanModel fresh(kPageSize);
    fresh.setDatabase(m_fx->db);
    const QList<qint64> expected = idsOf(fresh, from);
    QVERIFY(!expected.contains(id));
    QCOMPARE(idsReadInBackground(model, from), expected);
}

// A refresh (or a new filter) while a page is read drops that page: the column starts again.
void TestAgreementKanbanModel::refreshDropsReads()
{
    AgreementKanbanModel model(kPageSize);
    // No tester here: it fetches what it visits, and these reads are timed by the test.
    model.setBackgroundReads(true);
    model.setDatabase(m_fx->db);
    const AgreementStage stage = AgreementStage::Prepared;
    const QModelIndex parent = model.stageIndex(stage);
    QTRY_VERIFY(!model.isCounting() && !model.isReading(stage));
    const int firstPage = model.rowCount(parent);
    QVERIFY(firstPage > 0 && model.canFetchMore(parent));
    model.fetchMore(parent);
    QVERIFY(model.isReading(stage));
    model.refresh();
    QVERIFY(!model.isReading(stage));
    QVERIFY(model.isCounting());
    QCOMPARE(model.rowCount(parent), 0);
    QTRY_VERIFY(!model.isCounting() && !model.isReading(stage));
    QTest::qWait(100); // the dropped page would have come by now
    QCOMPARE(model.rowCount(parent), firstPage); // the first page again, not the dropped second
    QCOMPARE(idsReadInBackground(model, stage).size(), m_fx->byStage.value(stage).size());
}

// A filter set while the counts are read: the counts on their way are dropped, and the columns
// show the filter's counts and cards, as a model reading at once does.
void TestAgreementKanbanModel::countsOnWorker()
{
    AgreementKanbanModel model(kPageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBackgroundReads(true);
    QSignalSpy counted(&model, &AgreementKanbanModel::countsChanged);
    model.setDatabase(m_fx->db);
    QVERIFY(model.isCounting());
    AgreementFilter f;
    f.typeId = m_fx->types.first();
    model.setFilter(f);
    QTRY_VERIFY(!model.isCounting());
    AgreementKanbanModel direct(kPageSize);
    direct.setDatabase(m_fx->db);
    direct.setFilter(f);
    for (AgreementStage stage : AgreementStages::all()) {
        QCOMPARE(model.stageCount(stage), direct.stageCount(stage));
        QCOMPARE(idsReadInBackground(model, stage), idsOf(direct, stage));
    }
    QVERIFY(counted.size() >= 1);
}

// A count the worker could not read is said (readFailed, lastError), not shown as empty columns.
void TestAgreementKanbanModel::failedReadIsSaid()
{
    AgreementKanbanModel model(kPageSize);
    model.setBackgroundReads(true);
    QSignalSpy failed(&model, &AgreementKanbanModel::readFailed);
    model.setDatabase(m_fx->db);
    QTRY_VERIFY(!model.isCounting());
    QCOMPARE(failed.size(), 0);
    QVERIFY(
        sql::run(m_fx->db.sql(), QStringLiteral("ALTER TABLE agreements RENAME TO agreements_gone")).ok());
    model.refresh();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(model.lastError().isError());
    QVERIFY(!model.isCounting());
    QCOMPARE(model.stageCount(AgreementStage::Prepared), 0);
}

void TestAgreementKanbanModel::move_data()
{
    QTest::addColumn<AgreementStage>("from");
    QTest::addColumn<bool>("withPeriod");
    QTest::addColumn<AgreementStage>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("messagePart"); // a word of the failed guard's message

    using S = AgreementStage;
    QTest::newRow("prepared to pending")
        << S::Prepared << true << S::PendingReturn << QString() << true << QString();
    QTest::newRow("pending back to prepared")
        << S::PendingReturn << true << S::Prepared << QString() << true << QString();
    QTest::newRow("signed to renewal") << S::Signed << true << S::Renewal << QString() << true << QString();
    QTest::newRow("signed to terminated")
        << S::Signed << true << S::Terminated << QStringLiteral("closed") << true << QString();
    QTest::newRow("prepared to cancelled")
        << S::Prepared << false << S::Cancelled << QString() << true << QString();
    QTest::newRow("no period to pending")
        << S::Prepared << false << S::PendingReturn << QString() << false << QStringLiteral("period");
    QTest::newRow("no document to signed")
        << S::PendingReturn << true << S::Signed << QString() << false << QStringLiteral("document");
    QTest::newRow("terminate without reason")
        << S::Signed << true << S::Terminated << QString() << false << QStringLiteral("reason");
    QTest::newRow("signed cannot be cancelled")
        << S::Signed << true << S::Cancelled << QString() << false << QStringLiteral("signed");
    QTest::newRow("expiring only by date")
        << S::Signed << true << S::Expiring << QString() << false << QString();
    QTest::newRow("terminated is final")
        << S::Terminated << true << S::Signed << QString() << false << QString();
}

void TestAgreementKanbanModel::move()
{
    QFETCH(AgreementStage, from);
    QFETCH(bool, withPeriod);
    QFETCH(AgreementStage, to);
    QFETCH(QString, reason);
    QFETCH(bool, ok);
    QFETCH(QString, messagePart);

    const qint64 id = pick(from, withPeriod);
    QVERIFY(id);
    AgreementKanbanModel model(kPageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_fx->db);
    model.setMoveInput([&](const AgreementRow &row, AgreementStage target) {
        AgreementMove m;
        m.to = target;
        m.date = target == AgreementStage::Signed || target == AgreementStage::Terminated
            ? test::AgreementFixture::today()
            : QDate();
        m.reason = reason;
        m.comment = QStringLiteral("moved %1").arg(row.number);
        return std::optional<AgreementMove>(m);
    });
    // Both columns read in full, so the card's place is checked on both sides.
    const QList<qint64> fromBefore = idsOf(model, from);
    const QList<qint64> toBefore = idsOf(model, to);
    QVERIFY(fromBefore.contains(id));
    const qint64 fromCount = model.stageCount(from);
    const qint64 toCount = model.stageCount(to);

    QSignalSpy refused(&model, &AgreementKanbanModel::moveRefused);
    QSignalSpy moved(&model, &AgreementKanbanModel::agreementMoved);
    const Status status = model.moveAgreement(id, to);
    QCOMPARE(status.ok(), ok);
    const AgreementStage stored = AgreementStore(m_fx->db).get(id).value().stage;
    if (ok) {
        QCOMPARE(stored, to);
        QCOMPARE(refused.size(), 0);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.stageCount(from), fromCount - 1);
        QCOMPARE(model.stageCount(to), toCount + 1);
        QVERIFY(!model.findAgreement(id, from, false).isValid());
        const QModelIndex card = model.findAgreement(id, to, false);
        QVERIFY2(card.isValid(), "a complete column shows the moved card at once");
        QCOMPARE(card.data(AgreementKanbanModel::StageRole).toInt(), int(to));
        // The model's rows are what a fresh model reads from the database.
        AgreementKanbanModel fresh(kPageSize);
        fresh.setDatabase(m_fx->db);
        QCOMPARE(idsOf(model, to), idsOf(fresh, to));
        QCOMPARE(idsOf(model, from), idsOf(fresh, from));
    } else {
        QCOMPARE(stored, from);
        QCOMPARE(moved.size(), 0);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toLongLong(), id);
        const QString message = refused.first().at(1).toString();
        QVERIFY(!message.isEmpty());
        QCOMPARE(message, status.error().message);
        if (!messagePart.isEmpty())
            QVERIFY2(message.contains(messagePart, Qt::CaseInsensitive), qPrintable(message));
        // Snapped back: both columns exactly as before.
        QCOMPARE(model.stageCount(from), fromCount);
        QCOMPARE(model.stageCount(to), toCount);
        QCOMPARE(idsOf(model, from), fromBefore);
        QCOMPARE(idsOf(model, to), toBefore);
    }
}

void TestAgreementKanbanModel::dropMimeData_data()
{
    QTest::addColumn<bool>("withPeriod");
    QTest::addColumn<bool>("onCard"); // dropped on a card of the column rather than on the column
    QTest::addColumn<bool>("moves");
    QTest::newRow("on column, legal") << true << false << true;
    QTest::newRow("on card, legal") << true << true << true;
    QTest::newRow("on column, refused") << false << false << false;
    QTest::newRow("on card, refused") << false << true << false;
}

void TestAgreementKanbanModel::dropMimeData()
{
    QFETCH(bool, withPeriod);
    QFETCH(bool, onCard);
    QFETCH(bool, moves);
    AgreementKanbanModel model(kPageSize);
    model.setDatabase(m_fx->db);
    const qint64 id = pick(AgreementStage::Prepared, withPeriod);
    const QModelIndex card = model.findAgreement(id, AgreementStage::Prepared);
    QVERIFY(card.isValid());
    QVERIFY(card.flags() & Qt::ItemIsDragEnabled);
    std::unique_ptr<QMimeData> mime(model.mimeData({card}));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(AgreementKanbanModel::MimeType));
    QCOMPARE(mime->text(), card.data(AgreementKanbanModel::NumberRole).toString());

    QModelIndex target = model.stageIndex(AgreementStage::PendingReturn);
    if (onCard) {
        model.fetchMore(target);
        target = model.index(0, 0, target);
        QVERIFY(target.isValid());
    }
    QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, target));
    // Not a move the workflow offers by hand: refused before anything is tried.
    QVERIFY(!model.canDropMimeData(
        mime.get(), Qt::MoveAction, -1, -1, model.stageIndex(AgreementStage::Expired)));
    QVERIFY(!model.canDropMimeData(
        mime.get(), Qt::MoveAction, -1, -1, model.stageIndex(AgreementStage::Prepared)));
    QSignalSpy refused(&model, &AgreementKanbanModel::moveRefused);
    const qint64 before = model.stageCount(AgreementStage::PendingReturn);
    // False either way: the model moved the card itself, the view must not remove it again.
    QVERIFY(!model.dropMimeData(mime.get(), Qt::MoveAction, -1, -1, target));
    QCOMPARE(model.stageCount(AgreementStage::PendingReturn), before + (moves ? 1 : 0));
    QCOMPARE(refused.size(), moves ? 0 : 1);
    QCOMPARE(model.findAgreement(id, AgreementStage::Prepared).isValid(), !moves);

    // Foreign or broken data is ignored.
    QMimeData junk;
    junk.setData(AgreementKanbanModel::MimeType, QByteArrayLiteral("\x01\x02"));
    QVERIFY(
        !model.canDropMimeData(&junk, Qt::MoveAction, -1, -1, model.stageIndex(AgreementStage::Cancelled)));
    QVERIFY(!model.dropMimeData(&junk, Qt::MoveAction, -1, -1, model.stageIndex(AgreementStage::Cancelled)));
}

void TestAgreementKanbanModel::cancelledInputChangesNothing()
{
    AgreementKanbanModel model(kPageSize);
    model.setDatabase(m_fx->db);
    model.setMoveInput([](const AgreementRow &, AgreementStage) { return std::optional<AgreementMove>(); });
    const qint64 id = pick(AgreementStage::Signed);
    QSignalSpy refused(&model, &AgreementKanbanModel::moveRefused);
    const Status status = model.moveAgreement(id, AgreementStage::Terminated);
    QVERIFY(!status);
    QCOMPARE(status.error().code, Error::Code::Cancelled);
    QCOMPARE(refused.size(), 0);
    QCOMPARE(AgreementStore(m_fx->db).get(id).value().stage, AgreementStage::Signed);
}

void TestAgreementKanbanModel::filter_data()
{
    QTest::addColumn<int>("kind"); // 0 owner, 1 type, 2 search by number, 3 partner
    QTest::newRow("owner") << 0;
    QTest::newRow("type") << 1;
    QTest::newRow("number") << 2;
    QTest::newRow("partner") << 3;
}

void TestAgreementKanbanModel::filter()
{
    QFETCH(int, kind);
    const AgreementStore store(m_fx->db);
    AgreementFilter f;
    // The expectation: the made agreements that match, read one by one from the store.
    const Agreement sample = store.get(pick(AgreementStage::Signed)).value();
    std::function<bool(const Agreement &)> matches;
    switch (kind) {
    case 0:
        f.ownerId = sample.ownerId;
        matches = [&](const Agreement &a) { return a.ownerId == sample.ownerId; };
        break;
    case 1:
        f.typeId = sample.typeId;
        matches = [&](const Agreement &a) { return a.typeId == sample.typeId; };
        break;
    case 2:
        f.search = sample.number;
        matches = [&](const Agreement &a) { return a.number == sample.number; };
        break;
    default:
        f.partnerId = sample.partnerId;
        matches = [&](const Agreement &a) { return a.partnerId == sample.partnerId; };
        break;
    }
    AgreementKanbanModel model(kPageSize);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_fx->db);
    for (AgreementStage stage : AgreementStages::all())
        idsOf(model, stage); // read before, so the filter has rows to remove
    model.setFilter(f);
    QCOMPARE(model.filter().stage, std::nullopt);
    for (AgreementStage stage : AgreementStages::all()) {
        QList<qint64> expected;
        for (qint64 id : m_fx->byStage.value(stage)) {
            if (matches(store.get(id).value()))
                expected.append(id);
        }
        QCOMPARE(model.stageCount(stage), qint64(expected.size()));
        QList<qint64> ids = idsOf(model, stage);
        std::sort(ids.begin(), ids.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(ids, expected);
    }
}

void TestAgreementKanbanModel::cardRoles()
{
    AgreementKanbanModel model(kPageSize);
    model.setDatabase(m_fx->db);
    const qint64 id = m_fx->withDocument.first();
    const Agreement a = AgreementStore(m_fx->db).get(id).value();
    const QModelIndex card = model.findAgreement(id, a.stage);
    QVERIFY(card.isValid());
    QCOMPARE(card.data(AgreementKanbanModel::NumberRole).toString(), a.number);
    QCOMPARE(card.data(AgreementKanbanModel::PartnerIdRole).toLongLong(), a.partnerId);
    QCOMPARE(card.data(AgreementKanbanModel::HasDocumentRole).toBool(), true);
    QCOMPARE(card.data(AgreementKanbanModel::EndDateRole).toDate(), a.currentEnd);
    QCOMPARE(card.data(AgreementKanbanModel::DaysToExpiryRole).toInt(),
        int(test::AgreementFixture::today().daysTo(a.currentEnd)));
    QCOMPARE(card.data(AgreementKanbanModel::IsStageRole).toBool(), false);
    QVERIFY(!card.data(AgreementKanbanModel::PartnerNameRole).toString().isEmpty());
    QVERIFY(!card.data(AgreementKanbanModel::TypeRole).toString().isEmpty());

    const qint64 bare = pick(AgreementStage::Prepared, false);
    const QModelIndex noPeriod = model.findAgreement(bare, AgreementStage::Prepared);
    QVERIFY(!noPeriod.data(AgreementKanbanModel::DaysToExpiryRole).isValid());
    QCOMPARE(
        noPeriod.data(AgreementKanbanModel::AlertRole).toInt(), int(AgreementKanbanModel::Alert::NoPeriod));
    QCOMPARE(noPeriod.data(AgreementKanbanModel::HasDocumentRole).toBool(), false);
}

void TestAgreementKanbanModel::alert_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QList<int>>("windows");
    QTest::addColumn<int>("alert");
    using A = AgreementKanbanModel::Alert;
    const QList<int> standard {90, 60, 30};
    QTest::newRow("far") << 200 << standard << int(A::None);
    QTest::newRow("91") << 91 << standard << int(A::None);
    QTest::newRow("90") << 90 << standard << int(A::Window3);
    QTest::newRow("61") << 61 << standard << int(A::Window3);
    QTest::newRow("60") << 60 << standard << int(A::Window2);
    QTest::newRow("30") << 30 << standard << int(A::Window1);
    QTest::newRow("today") << 0 << standard << int(A::Window1);
    QTest::newRow("past") << -1 << standard << int(A::Expired);
    QTest::newRow("unsorted windows") << 45 << QList<int> {30, 90, 60} << int(A::Window2);
    QTest::newRow("one window") << 45 << QList<int> {60} << int(A::Window1);
}

void TestAgreementKanbanModel::alert()
{
    QFETCH(int, days);
    QFETCH(QList<int>, windows);
    QFETCH(int, alert);
    AgreementRow row;
    row.currentEnd = test::AgreementFixture::today().addDays(days);
    row.daysToExpiry = days;
    AgreementSettings settings;
    settings.alertWindows = windows;
    QCOMPARE(int(AgreementKanbanModel::alertFor(row, settings)), alert);
}

CHANNELDESK_TEST_MAIN(TestAgreementKanbanModel)
#include "tst_agreementkanbanmodel.moc"
