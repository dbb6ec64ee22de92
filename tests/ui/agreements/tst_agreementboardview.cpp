// Offscreen tests of the kanban board: a card dropped on another column moves (legal) or snaps
// back with the guard's message (refused), keyboard moves, headers with counts, lazy columns.

#include "../agreementfixture.h"
#include "agreements/agreementboardview.h"
#include "agreements/agreementcarddelegate.h"
#include "agreements/agreementkanbanmodel.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QDropEvent>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>

using namespace cd;

namespace {

constexpr int kBoardPerStage = 8;

// What a drop of `card` on `view` does: the view's own drag-enter, drag-move and drop handling with
// the mime data the source column would put in the drag (QDrag itself needs a real display).
bool dropOn(QListView *view, AgreementKanbanModel *model, const QModelIndex &card)
{
    std::unique_ptr<QMimeData> mime(model->mimeData({card}));
    if (!mime)
        return false;
    const QPointF pos(view->viewport()->width() / 2.0, view->viewport()->height() - 5.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(pos.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    const bool accepted = move.isAccepted();
    QDropEvent drop(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
    return accepted;
}

AgreementMove answer(AgreementStage to, const QString &reason = QStringLiteral("tester"))
{
    AgreementMove m;
    m.to = to;
    m.date = test::AgreementFixture::today();
    m.reason = reason;
    return m;
}

} // namespace

class TestAgreementBoardView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void columnsAndHeaders();
    void columnsFetchLazily();
    void drag_data();
    void drag();
    void keyboardMove_data();
    void keyboardMove();
    void activateOpens();
    void delegate_data();
    void delegate();

private:
    qint64 pick(AgreementStage stage, bool withPeriod = true) const;

    std::unique_ptr<test::AgreementFixture> m_fx;
    std::unique_ptr<AgreementKanbanModel> m_model;
    std::unique_ptr<AgreementBoardView> m_board;
};

void TestAgreementBoardView::init()
{
    m_fx = std::make_unique<test::AgreementFixture>();
    QVERIFY(m_fx->build(kBoardPerStage));
    m_model = std::make_unique<AgreementKanbanModel>(5);
    m_board = std::make_unique<AgreementBoardView>(m_model.get());
    m_board->resize(2400, 700);
    m_model->setDatabase(m_fx->db);
    m_board->setMoveInput([](const AgreementRow &, AgreementStage to) { return std::optional(answer(to)); });
    m_board->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
}

void TestAgreementBoardView::cleanup()
{
    m_board.reset();
    m_model.reset();
    m_fx.reset();
}

qint64 TestAgreementBoardView::pick(AgreementStage stage, bool withPeriod) const
{
    for (qint64 id : m_fx->byStage.value(stage)) {
        if (m_fx->withoutPeriod.contains(id) != withPeriod)
            return id;
    }
    return 0;
}

void TestAgreementBoardView::columnsAndHeaders()
{
    for (AgreementStage stage : AgreementStages::all()) {
        QListView *view = m_board->column(stage);
        QVERIFY(view);
        QCOMPARE(view->model(), m_model.get());
        QCOMPARE(view->rootIndex(), m_model->stageIndex(stage));
        QVERIFY(view->uniformItemSizes());
        QVERIFY(view->dragEnabled());
        QVERIFY(view->acceptDrops());
        const QString header = m_board->columnHeader(stage)->text();
        QVERIFY2(header.contains(AgreementStages::label(stage).toHtmlEscaped()), qPrintable(header));
        QVERIFY2(header.contains(QLocale().toString(m_fx->byStage.value(stage).size())), qPrintable(header));
    }
}

void TestAgreementBoardView::columnsFetchLazily()
{
    // A visible column reads pages until it is full (or the stage is); it never reads the whole stage
    // when the stage is bigger than what fits.
    QTRY_VERIFY(m_model->rowCount(m_model->stageIndex(AgreementStage::Signed)) > 0);
    for (AgreementStage stage : AgreementStages::all()) {
        const qint64 count = m_fx->byStage.value(stage).size();
        const int rows = m_model->rowCount(m_model->stageIndex(stage));
        QVERIFY(rows <= count);
        if (count > 0)
            QVERIFY2(rows > 0, qPrintable(AgreementStages::key(stage)));
    }
}

void TestAgreementBoardView::drag_data()
{
    QTest::addColumn<AgreementStage>("from");
    QTest::addColumn<bool>("withPeriod");
    QTest::addColumn<AgreementStage>("to");
    QTest::addColumn<bool>("legal");
    QTest::addColumn<QString>("messagePart");
    using S = AgreementStage;
    QTest::newRow("prepared to pending return")
        << S::Prepared << true << S::PendingReturn << true << QString();
    QTest::newRow("signed to renewal") << S::Signed << true << S::Renewal << true << QString();
    QTest::newRow("pending to signed, no signed copy")
        << S::PendingReturn << true << S::Signed << false << QStringLiteral("document");
    QTest::newRow("prepared without period to pending")
        << S::Prepared << false << S::PendingReturn << false << QStringLiteral("period");
}

void TestAgreementBoardView::drag()
{
    QFETCH(AgreementStage, from);
    QFETCH(bool, withPeriod);
    QFETCH(AgreementStage, to);
    QFETCH(bool, legal);
    QFETCH(QString, messagePart);
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 id = pick(from, withPeriod);
    const QModelIndex card = m_model->findAgreement(id, from);
    QVERIFY(card.isValid());
    QCOMPARE(card.parent(), m_board->column(from)->rootIndex());
    const qint64 fromCount = m_model->stageCount(from);
    const qint64 toCount = m_model->stageCount(to);

    QVERIFY2(dropOn(m_board->column(to), m_model.get(), card), "the column accepts the drag");
    const AgreementStage stored = AgreementStore(m_fx->db).get(id).value().stage;
    if (legal) {
        QCOMPARE(stored, to);
        QCOMPARE(m_model->stageCount(to), toCount + 1);
        QCOMPARE(m_model->stageCount(from), fromCount - 1);
        QVERIFY(!m_model->findAgreement(id, from).isValid());
        QVERIFY(m_model->findAgreement(id, to).isValid());
        QVERIFY(m_board->messageLabel()->isHidden());
        QVERIFY(m_board->columnHeader(to)->text().contains(QLocale().toString(toCount + 1)));
    } else {
        QCOMPARE(stored, from);
        // Snapped back: the card is where it was, the counts unchanged, the guard's message shown.
        QCOMPARE(m_model->findAgreement(id, from), card);
        QCOMPARE(m_model->stageCount(from), fromCount);
        QCOMPARE(m_model->stageCount(to), toCount);
        QVERIFY(m_board->messageLabel()->isVisible());
        QVERIFY2(m_board->messageLabel()->text().contains(messagePart, Qt::CaseInsensitive),
            qPrintable(m_board->messageLabel()->text()));
    }
}

void TestAgreementBoardView::keyboardMove_data()
{
    QTest::addColumn<AgreementStage>("from");
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("legal");
    using S = AgreementStage;
    QTest::newRow("pending return, ctrl+left to prepared") << S::PendingReturn << int(Qt::Key_Left) << true;
    QTest::newRow("prepared, ctrl+right to pending return") << S::Prepared << int(Qt::Key_Right) << true;
    QTest::newRow("pending return, ctrl+right to signed, no copy")
        << S::PendingReturn << int(Qt::Key_Right) << false;
    QTest::newRow("signed, ctrl+right to expiring, date only") << S::Signed << int(Qt::Key_Right) << false;
    QTest::newRow("prepared, ctrl+left, no column") << S::Prepared << int(Qt::Key_Left) << false;
}

void TestAgreementBoardView::keyboardMove()
{
    QFETCH(AgreementStage, from);
    QFETCH(int, key);
    QFETCH(bool, legal);
    const qint64 id = pick(from);
    QVERIFY(m_board->selectAgreement(id, from));
    QCOMPARE(m_board->currentAgreementId(), id);
    QListView *view = m_board->column(from);
    const int column = int(AgreementStages::all().indexOf(from));
    const int target = column + (key == Qt::Key_Right ? 1 : -1);
    QTest::keyClick(view, Qt::Key(key), Qt::ControlModifier);
    const AgreementStage stored = AgreementStore(m_fx->db).get(id).value().stage;
    if (legal) {
        const AgreementStage to = AgreementKanbanModel::stageAt(target);
        QCOMPARE(stored, to);
        // The card stays selected in its new column, so it can be moved on with the next key.
        QCOMPARE(m_board->currentAgreementId(), id);
        QCOMPARE(m_board->column(to)->currentIndex().data(AgreementKanbanModel::IdRole).toLongLong(), id);
    } else {
        QCOMPARE(stored, from);
        QCOMPARE(m_board->currentAgreementId(), id);
        if (target >= 0)
            QVERIFY(m_board->messageLabel()->isVisible());
    }
}

void TestAgreementBoardView::activateOpens()
{
    QSignalSpy open(m_board.get(), &AgreementBoardView::openAgreementRequested);
    const qint64 id = pick(AgreementStage::Signed);
    QVERIFY(m_board->selectAgreement(id, AgreementStage::Signed));
    QListView *view = m_board->column(AgreementStage::Signed);
    emit view->activated(view->currentIndex());
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toLongLong(), id);
}

void TestAgreementBoardView::delegate_data()
{
    // Words the badge must hold (plural forms come from the translation files, not checked here).
    QTest::addColumn<int>("days");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("ahead") << 12 << QStringList {QStringLiteral("12"), QStringLiteral("day")};
    QTest::newRow("one") << 1 << QStringList {QStringLiteral("1"), QStringLiteral("day")};
    QTest::newRow("today") << 0 << QStringList {QStringLiteral("today")};
    QTest::newRow("past") << -3 << QStringList {QStringLiteral("ago"), QStringLiteral("3")};
}

void TestAgreementBoardView::delegate()
{
    QFETCH(int, days);
    QFETCH(QStringList, parts);
    const auto check = [&](const QString &text) {
        for (const QString &part : parts)
            QVERIFY2(text.contains(part), qPrintable(text));
        QVERIFY2(days >= 0 || !text.contains(QLatin1Char('-')), qPrintable(text));
    };
    // A card whose end is `days` from today, found on the board.
    for (AgreementStage stage : AgreementStages::all()) {
        const QModelIndex parent = m_model->stageIndex(stage);
        while (m_model->canFetchMore(parent))
            m_model->fetchMore(parent);
    }
    QModelIndex found;
    for (int s = 0; s < m_model->rowCount() && !found.isValid(); ++s) {
        const QModelIndex parent = m_model->index(s, 0);
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex card = m_model->index(r, 0, parent);
            if (card.data(AgreementKanbanModel::DaysToExpiryRole) == QVariant(days)) {
                found = card;
                break;
            }
        }
    }
    if (!found.isValid()) {
        // The label rules do not need a stored card: check them on a one-card model of our own.
        QStandardItemModel fake;
        auto *item = new QStandardItem;
        item->setData(days, AgreementKanbanModel::DaysToExpiryRole);
        fake.appendRow(item);
        found = fake.index(0, 0);
        check(AgreementCardDelegate::expiryText(found));
        return;
    }
    check(AgreementCardDelegate::expiryText(found));
    // Uniform size, painted without a widget.
    AgreementCardDelegate delegate;
    QStyleOptionViewItem option;
    option.font = m_board->font();
    option.rect = QRect(0, 0, 280, delegate.sizeHint(option, found).height());
    QImage image(option.rect.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    delegate.paint(&painter, option, found);
    painter.end();
    QVERIFY(image.pixel(2, 2) != image.pixel(option.rect.width() / 2, option.rect.height() / 2)
        || image.pixel(10, option.rect.height() / 2) != qRgb(255, 255, 255));
}

CHANNELDESK_TEST_MAIN(TestAgreementBoardView)
#include "tst_agreementboardview.moc"
