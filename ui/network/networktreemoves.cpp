// NetworkTreeModel's re-parenting: a move through the core, shown in place, and partners moved by
// drag and drop.

#include "networktreemodel_p.h"

#include "network/networkstore.h"
#include "network/networktree.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

#include <algorithm>

namespace cd {

using namespace networktree;

int NetworkTreeModel::sortedPosition(const Node *parent, const Node *child) const
{
    const auto &siblings = parent->children;
    const auto it = std::lower_bound(siblings.begin(), siblings.end(), child,
        [](const std::unique_ptr<Node> &a, const Node *b) { return before(a->row, b->row); });
    return int(it - siblings.begin());
}

Status NetworkTreeModel::movePartner(qint64 partnerId, qint64 newParentId)
{
    if (!m_db.isOpen())
        return Error::make(Error::Code::Database, tr("No database is open."));
    if (Status s = NetworkStore(m_db).setParent(partnerId, newParentId); !s) {
        m_error = s.error();
        return s;
    }
    m_error = {};

    Node *node = findLoaded(partnerId);
    Node *oldParent = node ? node->parent : nullptr;
    Node *newParent = findLoaded(newParentId);
    std::unique_ptr<Node> moving;
    if (node) {
        const int row = node->rowInParent();
        m_changing = true;
        beginRemoveRows(indexOf(oldParent), row, row);
        moving = std::move(oldParent->children[size_t(row)]);
        oldParent->children.erase(oldParent->children.begin() + row);
        if (oldParent->children.empty() && oldParent->complete)
            oldParent->row.hasChildren = false;
        endRemoveRows();
        m_changing = false;
    }
    if (newParent) {
        const bool hadChildren = newParent->row.hasChildren || !newParent->children.empty();
        newParent->row.hasChildren = true;
        if (!moving) {
            // Not loaded before: read it as its new parent's pages would show it.
            auto read = NetworkTree(m_db).node(partnerId);
            if (read) {
                moving = std::make_unique<Node>();
                moving->row = read.value();
                moving->complete = !moving->row.hasChildren;
            }
        }
        if (moving) {
            moving->row.parentId = newParentId;
            moving->parent = newParent;
            moving->setDepth(newParent->depth + 1);
            const int pos = sortedPosition(newParent, moving.get());
            // Past the loaded part of an incomplete branch the next page brings it in order.
            if (newParent->complete || pos < int(newParent->children.size())) {
                if (!hadChildren && newParent != m_root.get()) {
                    // A leaf became a parent: its expander appears, its children are all known.
                    newParent->complete = true;
                }
                m_changing = true;
                beginInsertRows(indexOf(newParent), pos, pos);
                newParent->children.insert(newParent->children.begin() + pos, std::move(moving));
                endInsertRows();
                m_changing = false;
            } else if (!hadChildren) {
                newParent->complete = false;
            }
        }
        if (!hadChildren && newParent != m_root.get()) {
            const QModelIndex idx = indexOf(newParent);
            emit dataChanged(idx, idx);
        }
    }
    if (oldParent && oldParent != m_root.get() && !oldParent->row.hasChildren) {
        const QModelIndex idx = indexOf(oldParent);
        emit dataChanged(idx, idx);
    }
    if (oldParent)
        refreshRollups(oldParent);
    if (newParent)
        refreshRollups(newParent);
    emit partnerMoved(partnerId, newParentId);
    return {};
}

QMimeData *NetworkTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &i : indexes) {
        const qint64 id = partnerId(i);
        if (id != 0 && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto *mime = new QMimeData;
    mime->setData(mimeType(), bytes);
    return mime;
}

QList<qint64> NetworkTreeModel::partnerIdsFrom(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    QDataStream in(data->data(mimeType()));
    in >> ids;
    return in.status() == QDataStream::Ok ? ids : QList<qint64>();
}

bool NetworkTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || !m_db.isOpen())
        return false;
    const QList<qint64> ids = partnerIdsFrom(data);
    if (ids.size() != 1)
        return false;
    // Dropping a partner on itself or where it already is would be no move at all; deeper cycles
    // are the core's to refuse, with a message.
    const qint64 target = parent.isValid() ? partnerId(parent) : m_rootId;
    const Node *node = findLoaded(ids.first());
    return ids.first() != target && !(node && node->row.parentId == target);
}

bool NetworkTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 id = partnerIdsFrom(data).first();
    const qint64 target = parent.isValid() ? partnerId(parent) : m_rootId;
    if (m_confirmer && !m_confirmer(id, target))
        return false;
    if (Status s = movePartner(id, target); !s) {
        emit moveFailed(s.error().message);
        return false;
    }
    // The model moved the row itself: returning false keeps the view from removing the source.
    return false;
}

} // namespace cd
