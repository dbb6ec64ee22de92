#include "networktreemodel.h"
#include "networktreemodel_p.h"

#include "network/networkstore.h"
#include "network/networktree.h"
#include "network/rollupquery.h"
#include "shared/moneytext.h"
#include "shared/pagereader.h"
#include "shared/rolenames.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace cd {

using namespace networktree;

NetworkTreeModel::NetworkTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{
    m_root->complete = true;
}

NetworkTreeModel::~NetworkTreeModel() = default;

void NetworkTreeModel::setDatabase(const Database &db)
{
    m_db = db;
    m_reader.reset(); // reads the new file from now on
    reload();
}

void NetworkTreeModel::reload()
{
    ++m_generation; // roll-ups on their way belong to the old tree
    m_changing = true;
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->row.id = m_rootId;
    m_root->row.hasChildren = m_db.isOpen();
    m_root->complete = !m_db.isOpen();
    m_error = {};
    endResetModel();
    m_changing = false;
    // The top level is always shown: read its first page at once.
    if (m_db.isOpen())
        fetchMore({});
}

void NetworkTreeModel::setRootPartner(qint64 partnerId)
{
    m_rootId = partnerId;
    reload();
}

void NetworkTreeModel::setPageSize(int size)
{
    m_pageSize = qMax(1, size);
}

NetworkTreeModel::Node *NetworkTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex NetworkTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    const int row = node->rowInParent();
    return row < 0 ? QModelIndex() : createIndex(row, column, const_cast<Node *>(node));
}

QModelIndex NetworkTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeOf(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex NetworkTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int NetworkTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int NetworkTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool NetworkTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    // Known from the page that listed the partner: no query for the expander.
    return !node->children.empty() || (!node->complete && node->row.hasChildren);
}

bool NetworkTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeOf(parent);
    return !m_changing && !node->complete && (node == m_root.get() || node->row.hasChildren);
}

void NetworkTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (!fetchChildren(nodeOf(parent)))
        qWarning("NetworkTreeModel: %s", qPrintable(m_error.toString()));
}

bool NetworkTreeModel::fetchChildren(Node *node)
{
    const int offset = int(node->children.size());
    ++m_childQueries;
    // Keyset pages after the first: deep into a big top level OFFSET would walk every skipped row.
    const NetworkTree tree(m_db);
    auto page = node->children.empty()
        ? tree.children(node->row.id, m_pageSize)
        : tree.childrenAfter(node->row.id, node->children.back()->row, m_pageSize);
    if (!page) {
        m_error = page.error();
        node->complete = true; // a failed branch stays empty rather than retrying on every paint
        return false;
    }
    m_error = {};
    const QList<NetworkNode> &rows = page.value();
    std::vector<Node *> added;
    if (!rows.isEmpty()) {
        m_changing = true;
        beginInsertRows(indexOf(node), offset, offset + int(rows.size()) - 1);
        for (const NetworkNode &row : rows) {
            auto child = std::make_unique<Node>();
            child->row = row;
            child->parent = node;
            child->depth = node->depth + 1;
            child->complete = !row.hasChildren;
            added.push_back(child.get());
            node->children.push_back(std::move(child));
        }
        if (rows.size() < m_pageSize)
            node->complete = true;
        endInsertRows();
        m_changing = false;
    }
    if (rows.size() < m_pageSize)
        node->complete = true;
    readRollups(added);
    return true;
}

void NetworkTreeModel::setBackgroundRollups(bool on)
{
    m_backgroundRollups = on;
}

void NetworkTreeModel::readRollups(const std::vector<Node *> &nodes)
{
    if (nodes.empty())
        return;
    QList<qint64> ids;
    ids.reserve(qsizetype(nodes.size()));
    for (const Node *n : nodes)
        ids.append(n->row.id);
    if (!m_backgroundRollups) {
        // One query for the whole sibling batch, never one per row or cell.
        applyRollups(RollUpQuery(m_db).forPartners(ids), nodes);
        return;
    }
    // A big branch's roll-up walks its whole subtree: on the worker, the figures appear when read.
    if (!m_reader)
        m_reader = std::make_unique<PageReader>(m_db, this);
    const auto read = [ids](const Database &db) { return RollUpQuery(db).forPartners(ids); };
    m_reader->read(read, [this, ids, generation = m_generation](Result<QHash<qint64, RollUp>> rollUps) {
        if (generation != m_generation)
            return; // the tree was read again since
        // The nodes may have moved or gone meanwhile: find those still loaded.
        const QSet<qint64> wanted(ids.cbegin(), ids.cend());
        std::vector<Node *> found;
        std::vector<Node *> stack {m_root.get()};
        while (!stack.empty()) {
            Node *n = stack.back();
            stack.pop_back();
            if (n != m_root.get() && wanted.contains(n->row.id))
                found.push_back(n);
            for (auto &child : n->children)
                stack.push_back(child.get());
        }
        applyRollups(std::move(rollUps), found);
    });
}

void NetworkTreeModel::applyRollups(Result<QHash<qint64, RollUp>> rollUps, const std::vector<Node *> &nodes)
{
    if (!rollUps) {
        m_error = rollUps.error();
        qWarning("NetworkTreeModel: %s", qPrintable(m_error.toString()));
        return;
    }
    if (nodes.empty())
        return;
    const QHash<qint64, RollUp> &byId = rollUps.value();
    for (Node *n : nodes) {
        const auto it = byId.constFind(n->row.id);
        n->rollUp = it == byId.constEnd() ? std::nullopt : std::optional<RollUp>(*it);
    }
    // Batches are contiguous siblings: one signal per parent covers them.
    QHash<Node *, std::pair<int, int>> spans;
    for (Node *n : nodes) {
        const int row = n->rowInParent();
        auto it = spans.find(n->parent);
        if (it == spans.end())
            spans.insert(n->parent, {row, row});
        else
            *it = {qMin(it->first, row), qMax(it->second, row)};
    }
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        const QModelIndex p = indexOf(it.key());
        emit dataChanged(index(it->first, PartnersColumn, p), index(it->second, WonValueColumn, p));
    }
}

void NetworkTreeModel::refreshRollups(Node *node)
{
    std::vector<Node *> chain;
    for (Node *n = node; n && n != m_root.get(); n = n->parent)
        chain.push_back(n);
    readRollups(chain);
}

NetworkTreeModel::Node *NetworkTreeModel::findLoaded(qint64 partnerId) const
{
    if (partnerId == m_rootId)
        return m_root.get();
    if (partnerId == 0)
        return nullptr;
    std::vector<Node *> stack {m_root.get()};
    while (!stack.empty()) {
        Node *n = stack.back();
        stack.pop_back();
        if (n->row.id == partnerId && n != m_root.get())
            return n;
        for (auto &child : n->children)
            stack.push_back(child.get());
    }
    return nullptr;
}

QModelIndex NetworkTreeModel::indexOfPartner(qint64 partnerId) const
{
    return partnerId == 0 || partnerId == m_rootId ? QModelIndex() : indexOf(findLoaded(partnerId));
}

qint64 NetworkTreeModel::partnerId(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->row.id : 0;
}

QModelIndex NetworkTreeModel::reveal(qint64 partnerId)
{
    if (!m_db.isOpen() || partnerId == 0 || partnerId == m_rootId)
        return {};
    if (Node *loaded = findLoaded(partnerId))
        return indexOf(loaded);
    const NetworkTree tree(m_db);
    auto path = tree.path(partnerId); // top level first, the partner last
    if (!path) {
        m_error = path.error();
        return {};
    }
    QList<qint64> steps = path.value();
    if (m_rootId != 0) {
        // Below a partner page's root only the steps under it are walked.
        const qsizetype below = steps.indexOf(m_rootId);
        if (below < 0)
            return {};
        steps = steps.mid(below + 1);
    }
    Node *node = m_root.get();
    for (const qint64 stepId : std::as_const(steps)) {
        // Only the pages up to the partner's position among its siblings are read.
        auto row = tree.rowOf(stepId);
        if (!row) {
            m_error = row.error();
            return {};
        }
        while (qint64(node->children.size()) <= row.value() && !node->complete) {
            if (!fetchChildren(node))
                return {};
        }
        Node *found = nullptr;
        for (auto &child : node->children) {
            if (child->row.id == stepId) {
                found = child.get();
                break;
            }
        }
        if (!found)
            return {}; // archived, or changed by someone else since
        node = found;
    }
    return indexOf(node);
}

QString NetworkTreeModel::levelText(const Node *node) const
{
    return QString::number(node->depth + 1);
}

QVariant NetworkTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    const NetworkNode &r = node->row;
    const std::optional<RollUp> &up = node->rollUp;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return r.name;
        case CodeColumn:
            return r.code;
        case KindColumn:
            return Partner::kindLabel(kindOf(r));
        case LevelColumn:
            return levelText(node);
        case PartnersColumn:
            return up ? QVariant(QLocale().toString(up->partners)) : QVariant();
        case CustomersColumn:
            return up ? QVariant(QLocale().toString(up->customers)) : QVariant();
        case OpenLeadsColumn:
            return up ? QVariant(QLocale().toString(up->openLeads)) : QVariant();
        case WonValueColumn:
            return up ? QVariant(moneyListText(up->wonValue)) : QVariant();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            //: Tree tooltip: partner name, account number
            return tr("%1 (%2)").arg(r.name, r.code);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= PartnersColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (r.status != QLatin1String("active") || r.archived)
            return QVariant::fromValue(QPalette().brush(QPalette::Disabled, QPalette::Text));
        break;
    case IdRole:
        return r.id;
    case CodeRole:
        return r.code;
    case KindRole:
        return int(kindOf(r));
    case DepthRole:
        return node->depth;
    case ParentIdRole:
        return r.parentId;
    case SortValueRole:
        if (!up)
            return {};
        switch (index.column()) {
        case PartnersColumn:
            return up->partners;
        case CustomersColumn:
            return up->customers;
        case OpenLeadsColumn:
            return up->openLeads;
        case WonValueColumn:
            return up->wonValue.isEmpty() ? qint64(0) : up->wonValue.first().minorUnits();
        }
        break;
    }
    return {};
}

QVariant NetworkTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section >= PartnersColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LevelColumn:
            return tr("Depth in the hierarchy: 1 for a partner with no parent");
        case PartnersColumn:
            return tr("Partners in the branch, this one included");
        case CustomersColumn:
            return tr("Customers of the partners in the branch");
        case OpenLeadsColumn:
            return tr("Leads of the branch not yet converted or lost");
        case WonValueColumn:
            return tr("Value of the deals won by the branch");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CodeColumn:
        return tr("Code");
    case KindColumn:
        return tr("Kind");
    case LevelColumn:
        //: Column of the network tree: how deep the partner sits (1 = top level), not its Gold/Silver level
        return tr("Depth");
    case PartnersColumn:
        return tr("Partners");
    case CustomersColumn:
        return tr("Customers");
    case OpenLeadsColumn:
        return tr("Open leads");
    case WonValueColumn:
        return tr("Won value");
    }
    return {};
}

Qt::ItemFlags NetworkTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // dropping on the background makes a top-level partner
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QHash<int, QByteArray> NetworkTreeModel::roleNames() const
{
    return withRoleNames(QAbstractItemModel::roleNames(),
        {{IdRole, "partnerId"}, {CodeRole, "code"}, {KindRole, "kind"}, {DepthRole, "depth"},
            {ParentIdRole, "parentId"}, {SortValueRole, "sortValue"}});
}

} // namespace cd
