#include "agreementboardview.h"

#include "agreementcarddelegate.h"
#include "agreementmovedialog.h"
#include "shared/readerror.h"

#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

AgreementBoardView::AgreementBoardView(AgreementKanbanModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_scroll(new QScrollArea(this))
    , m_message(new QLabel(this))
    , m_messageTimer(new QTimer(this))
{
    auto *delegate = new AgreementCardDelegate(this);
    auto *strip = new QWidget;
    auto *columns = new QHBoxLayout(strip);
    columns->setContentsMargins(8, 8, 8, 8);
    columns->setSpacing(8);
    const int columnWidth = fontMetrics().averageCharWidth() * 40;
    const QList<AgreementStage> stages = AgreementStages::all();
    for (AgreementStage stage : stages) {
        const AgreementStageInfo info = AgreementStages::info(stage);
        auto *column = new QWidget(strip);
        column->setFixedWidth(columnWidth);
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);

        auto *header = new QLabel(column);
        header->setObjectName(QStringLiteral("header-%1").arg(info.key));
        header->setTextFormat(Qt::RichText);
        // The stage colour as a band over the header, the same colour as the cards' edge.
        header->setStyleSheet(QStringLiteral("QLabel { border-top: 5px solid %1; padding: 6px 4px 4px 4px; }")
                                  .arg(info.colour));
        layout->addWidget(header);
        m_headers.append(header);

        auto *view = new QListView(column);
        view->setObjectName(QStringLiteral("column-%1").arg(info.key));
        view->setAccessibleName(info.label);
        view->setModel(m_model);
        view->setItemDelegate(delegate);
        // Every card has the same height: layout is arithmetic, not a measure of thousands of rows.
        view->setUniformItemSizes(true);
        view->setLayoutMode(QListView::Batched);
        view->setBatchSize(100);
        view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setDragEnabled(true);
        view->setAcceptDrops(true);
        view->setDropIndicatorShown(true);
        view->setDragDropMode(QAbstractItemView::DragDrop);
        view->setDefaultDropAction(Qt::MoveAction);
        view->setContextMenuPolicy(Qt::CustomContextMenu);
        QPalette p = view->palette();
        p.setColor(QPalette::Base, p.color(QPalette::Window).darker(104));
        view->setPalette(p);
        view->installEventFilter(this);
        layout->addWidget(view, 1);
        m_columns.append(view);

        connect(view, &QListView::activated, this, [this](const QModelIndex &index) {
            if (const qint64 id = index.data(AgreementKanbanModel::IdRole).toLongLong())
                emit openAgreementRequested(id);
        });
        connect(view, &QListView::customContextMenuRequested, this,
            [this, view](const QPoint &pos) { showContextMenu(view, pos); });
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this, view](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                // One selection on the whole board: choosing a card clears the other columns.
                for (QListView *other : std::as_const(m_columns)) {
                    if (other != view)
                        other->clearSelection();
                }
                emit currentAgreementChanged(current.data(AgreementKanbanModel::IdRole).toLongLong());
            });
        columns->addWidget(column);
    }
    columns->addStretch(1);

    m_scroll->setWidget(strip);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_message->setObjectName(QStringLiteral("boardMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c14; border: 1px solid "
                                            "#f5c2bd; border-radius: 4px; padding: 6px; }"));
    m_message->hide();
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(MessageTimeoutMs);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QWidget::hide);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *messageRow = new QHBoxLayout;
    messageRow->setContentsMargins(8, 4, 8, 0);
    messageRow->addWidget(m_message);
    layout->addLayout(messageRow);
    layout->addWidget(m_scroll, 1);

    m_model->setMoveInput(
        [this](const AgreementRow &row, AgreementStage to) { return askMoveInput(row, to); });
    connect(m_model, &AgreementKanbanModel::moveRefused, this,
        [this](qint64, const QString &message) { showMessage(message); });
    connect(m_model, &AgreementKanbanModel::countsChanged, this, &AgreementBoardView::updateHeaders);
    // Counts and cards come from a worker: a failed read is said, not shown as an empty column.
    connect(m_model, &AgreementKanbanModel::readFailed, this,
        [this](const Error &error) { showReadError(this, tr("the agreements on the board"), error); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AgreementBoardView::updateHeaders);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AgreementBoardView::rebuildRoots);
    rebuildRoots();
}

void AgreementBoardView::rebuildRoots()
{
    // A reset forgets every root index; the stage rows are the same, so root each list again.
    for (int i = 0; i < m_columns.size(); ++i)
        m_columns.at(i)->setRootIndex(m_model->index(i, 0));
    updateHeaders();
}

void AgreementBoardView::updateHeaders()
{
    for (int i = 0; i < m_headers.size(); ++i) {
        const QModelIndex stage = m_model->index(i, 0);
        const QString label = stage.data(AgreementKanbanModel::StageLabelRole).toString().toHtmlEscaped();
        const qint64 count = stage.data(AgreementKanbanModel::CountRole).toLongLong();
        //: Kanban column header (rich text): stage name, number of agreements
        m_headers.at(i)->setText(tr("<b>%1</b>&nbsp;&nbsp;<span style=\"color:#757575\">%2</span>")
                                     .arg(label, QLocale().toString(count)));
        m_headers.at(i)->setToolTip(stage.data(Qt::ToolTipRole).toString());
    }
}

QListView *AgreementBoardView::column(AgreementStage stage) const
{
    return m_columns.value(int(AgreementStages::all().indexOf(stage)));
}

QLabel *AgreementBoardView::columnHeader(AgreementStage stage) const
{
    return m_headers.value(int(AgreementStages::all().indexOf(stage)));
}

int AgreementBoardView::columnOf(QObject *view) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i) == view)
            return i;
    }
    return -1;
}

qint64 AgreementBoardView::currentAgreementId() const
{
    for (QListView *view : m_columns) {
        const QModelIndex current = view->currentIndex();
        if (current.isValid() && view->selectionModel()->isSelected(current))
            return current.data(AgreementKanbanModel::IdRole).toLongLong();
    }
    return 0;
}

void AgreementBoardView::setMoveInput(AgreementKanbanModel::MoveInput input)
{
    m_model->setMoveInput(std::move(input));
}

std::optional<AgreementMove> AgreementBoardView::askMoveInput(const AgreementRow &row, AgreementStage to)
{
    if (!AgreementMoveDialog::needsInput(to)) {
        AgreementMove move;
        move.to = to;
        return move;
    }
    AgreementMoveDialog dialog(row.number, row.stage, to, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.move();
}

bool AgreementBoardView::moveCard(const QModelIndex &index, AgreementStage to)
{
    const qint64 id = index.data(AgreementKanbanModel::IdRole).toLongLong();
    if (id == 0)
        return false;
    if (!m_model->moveAgreement(id, to))
        return false;
    m_message->hide();
    selectAgreement(id, to);
    return true;
}

bool AgreementBoardView::moveCurrent(int direction)
{
    for (int i = 0; i < m_columns.size(); ++i) {
        QListView *view = m_columns.at(i);
        const QModelIndex current = view->currentIndex();
        if (!current.isValid() || !view->selectionModel()->isSelected(current))
            continue;
        const int target = i + direction;
        if (target < 0 || target >= m_columns.size())
            return false;
        return moveCard(current, AgreementKanbanModel::stageAt(target));
    }
    return false;
}

bool AgreementBoardView::selectAgreement(qint64 agreementId, AgreementStage stage)
{
    QListView *view = column(stage);
    const QModelIndex index = m_model->findAgreement(agreementId, stage);
    if (!view || !index.isValid())
        return false;
    for (QListView *other : std::as_const(m_columns)) {
        if (other != view)
            other->clearSelection();
    }
    view->setCurrentIndex(index);
    view->scrollTo(index);
    view->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(view->parentWidget());
    return true;
}

void AgreementBoardView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->show();
    m_messageTimer->start();
}

bool AgreementBoardView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && columnOf(watched) >= 0) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier
            && (key->key() == Qt::Key_Right || key->key() == Qt::Key_Left)) {
            moveCurrent(key->key() == Qt::Key_Right ? 1 : -1);
            return true;
        }
        if (key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Right || key->key() == Qt::Key_Left)) {
            // Plain arrows walk to the neighbouring column, like cells of a table.
            const int target = columnOf(watched) + (key->key() == Qt::Key_Right ? 1 : -1);
            if (target >= 0 && target < m_columns.size()) {
                QListView *view = m_columns.at(target);
                const QModelIndex root = view->rootIndex();
                if (m_model->rowCount(root) == 0 && m_model->canFetchMore(root))
                    m_model->fetchMore(root);
                view->setFocus(Qt::TabFocusReason);
                if (m_model->rowCount(root) > 0 && !view->currentIndex().isValid())
                    view->setCurrentIndex(m_model->index(0, 0, root));
                m_scroll->ensureWidgetVisible(view->parentWidget());
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AgreementBoardView::showContextMenu(QListView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (!index.isValid())
        return;
    view->setCurrentIndex(index);
    const QPersistentModelIndex card(index);
    const auto from = static_cast<AgreementStage>(index.data(AgreementKanbanModel::StageRole).toInt());
    QMenu menu(this);
    menu.addAction(tr("&Open Agreement"), this, [this, card] {
        if (card.isValid())
            emit openAgreementRequested(card.data(AgreementKanbanModel::IdRole).toLongLong());
    });
    menu.addAction(tr("Open &Partner"), this, [this, card] {
        if (card.isValid())
            emit openPartnerRequested(card.data(AgreementKanbanModel::PartnerIdRole).toLongLong());
    });
    QMenu *moveMenu = menu.addMenu(tr("&Move to"));
    const QList<AgreementStage> targets = AgreementWorkflow::manualTargets(from);
    for (AgreementStage to : targets) {
        moveMenu->addAction(AgreementStages::label(to), this, [this, card, to] {
            if (card.isValid())
                moveCard(card, to);
        });
    }
    moveMenu->setEnabled(!targets.isEmpty());
    menu.exec(view->viewport()->mapToGlobal(pos));
}

} // namespace cd
