// The agreement board's cards dragged and dropped or moved between stages: the MIME data of the
// dragged cards, where a drop lands, and a move through the store with the card placed in its
// new column's order.

#include "agreementkanbanmodel.h"
#include "agreementkanbanmodel_p.h"

#include "agreements/agreementstore.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace cd {

using kanban::kStageRow;
using kanban::Notifying;

QStringList AgreementKanbanModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *AgreementKanbanModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    QList<QString> numbers;
    for (const QModelIndex &i : indexes) {
        if (const AgreementRow *r = card(i)) {
            out << r->id << int(r->stage);
            numbers.append(r->number);
        }
    }
    if (numbers.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(MimeType, bytes);
    mime->setText(numbers.join(QLatin1Char('\n')));
    return mime;
}

QList<QPair<qint64, AgreementStage>> AgreementKanbanModel::decode(const QMimeData *data)
{
    QList<QPair<qint64, AgreementStage>> cards;
    if (!data || !data->hasFormat(MimeType))
        return cards;
    const QByteArray bytes = data->data(MimeType);
    QDataStream in(bytes);
    const int stages = int(AgreementStages::all().size());
    while (!in.atEnd()) {
        qint64 id = 0;
        int stage = 0;
        in >> id >> stage;
        if (in.status() != QDataStream::Ok || id <= 0 || stage < 0 || stage >= stages)
            return {};
        cards.append({id, static_cast<AgreementStage>(stage)});
    }
    return cards;
}

std::optional<AgreementStage> AgreementKanbanModel::targetStage(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.model() != this)
        return std::nullopt;
    const int stageRow = parent.internalId() == kStageRow ? parent.row() : int(parent.internalId()) - 1;
    if (stageRow < 0 || stageRow >= m_columns.size())
        return std::nullopt;
    return m_columns.at(stageRow).stage;
}

bool AgreementKanbanModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    if (action != Qt::MoveAction || !m_db.isOpen())
        return false;
    const auto to = targetStage(parent);
    const auto cards = decode(data);
    if (!to || cards.isEmpty())
        return false;
    // Any stage with a manual move from the card's stage accepts it; the guards are checked on drop,
    // so a refused move can say why instead of the cursor only showing "no".
    for (const auto &[id, from] : cards) {
        if (from == *to || !AgreementWorkflow::isManual(from, *to))
            return false;
    }
    return true;
}

bool AgreementKanbanModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    if (action == Qt::IgnoreAction)
        return true;
    const auto to = targetStage(parent);
    const auto cards = decode(data);
    if (!to || cards.isEmpty() || action != Qt::MoveAction)
        return false;
    bool moved = false;
    for (const auto &[id, from] : cards) {
        if (from == *to)
            continue;
        if (moveAgreement(id, *to))
            moved = true;
    }
    // False even after a move: the model already moved the card itself, the view must not remove
    // the dragged rows a second time.
    Q_UNUSED(moved)
    return false;
}

Qt::DropActions AgreementKanbanModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions AgreementKanbanModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

int AgreementKanbanModel::insertPosition(const Column &column, const AgreementRow &row) const
{
    // The board's order (AgreementDirectory: current_end ASC, id ASC): SQL puts NULL first, so
    // agreements without a period come first.
    const auto before = [](const AgreementRow &a, const AgreementRow &b) {
        if (a.currentEnd.isValid() != b.currentEnd.isValid())
            return !a.currentEnd.isValid();
        if (a.currentEnd != b.currentEnd)
            return a.currentEnd < b.currentEnd;
        return a.id < b.id;
    };
    for (int i = 0; i < column.rows.size(); ++i) {
        if (before(row, column.rows.at(i)))
            return i;
    }
    // After every fetched row: it belongs here only when the column is complete.
    return column.rows.size() >= column.count ? int(column.rows.size()) : -1;
}

Status AgreementKanbanModel::moveAgreement(qint64 agreementId, AgreementStage to)
{
    if (!m_db.isOpen())
        return Error::make(Error::Code::Usage, tr("No database is open."));
    const AgreementDirectory directory(m_db);
    auto before = directory.row(agreementId);
    if (!before || !before.value()) {
        const QString message = before ? tr("The agreement no longer exists.") : before.error().message;
        emit moveRefused(agreementId, message);
        return before ? Error::make(Error::Code::NotFound, message) : before.error();
    }
    const AgreementRow old = *before.value();
    if (old.stage == to)
        return {};

    AgreementMove move;
    move.to = to;
    if (m_moveInput) {
        const auto input = m_moveInput(old, to);
        if (!input)
            return Error::make(Error::Code::Cancelled, tr("The move was cancelled."));
        move = *input;
        move.to = to;
    }
    auto moved = AgreementStore(m_db).move(agreementId, move);
    if (!moved) {
        emit moveRefused(agreementId, moved.error().message);
        return moved.error();
    }
    auto after = directory.row(agreementId);
    AgreementRow fresh = old;
    if (after && after.value())
        fresh = *after.value();
    fresh.stage = moved.value().stage;

    const Notifying notifying(m_notifying);
    // Out of the old column (where it may not have been fetched yet) ...
    const QModelIndex fromIndex = stageIndex(old.stage);
    if (fromIndex.isValid()) {
        Column &from = m_columns[fromIndex.row()];
        for (int i = 0; i < from.rows.size(); ++i) {
            if (from.rows.at(i).id == agreementId) {
                beginRemoveRows(fromIndex, i, i);
                from.rows.removeAt(i);
                endRemoveRows();
                break;
            }
        }
        from.count = std::max<qint64>(0, from.count - 1);
        emit dataChanged(fromIndex, fromIndex);
    }
    // ... into the new one, in board order; past the fetched rows it comes with a later page.
    const QModelIndex toIndex = stageIndex(fresh.stage);
    if (toIndex.isValid()) {
        Column &target = m_columns[toIndex.row()];
        const int position = insertPosition(target, fresh);
        target.count += 1;
        if (position >= 0) {
            beginInsertRows(toIndex, position, position);
            target.rows.insert(position, fresh);
            endInsertRows();
        }
        emit dataChanged(toIndex, toIndex);
    }
    if (m_counting) {
        // The counts on their way may have been read before the move: count again.
        forgetReads();
        reloadColumns();
    }
    emit agreementMoved(agreementId, old.stage, fresh.stage);
    emit countsChanged();
    return {};
}

} // namespace cd
