#pragma once

// NetworkTreeModel: the partner hierarchy as a lazy tree: children are read from the database in
// pages when a branch is expanded, roll-ups per loaded sibling batch, and re-parenting by drag and
// drop goes through the core, which refuses cycles.

#include "common/money.h"
#include "db/database.h"
#include "network/rollup.h"
#include "partners/partner.h"

#include <QAbstractItemModel>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cd {

class PageReader;

class NetworkTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CodeColumn,
        KindColumn,
        LevelColumn,
        PartnersColumn,
        CustomersColumn,
        OpenLeadsColumn,
        WonValueColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        CodeRole, // QString
        KindRole, // int(PartnerKind)
        DepthRole, // int: 0 for a top-level partner
        ParentIdRole, // qint64, 0 for a top-level partner
        SortValueRole, // the raw number of a roll-up column (won value in minor units)
    };
    Q_ENUM(Role)

    // Asked before a dropped partner moves: partner, its new parent (0 = top level); false = keep it.
    using MoveConfirmer = std::function<bool(qint64 partnerId, qint64 newParentId)>;

    static constexpr int DefaultPageSize = 200;
    static QString mimeType() { return QStringLiteral("application/x-channeldesk-partner-ids"); }

    explicit NetworkTreeModel(QObject *parent = nullptr);
    ~NetworkTreeModel() override;

    // Shows the hierarchy of `db` (top-level partners read at once); an unopened Database empties it.
    void setDatabase(const Database &db);
    Database database() const { return m_db; }
    // Forgets every loaded branch and reads the top level again (after changes made elsewhere).
    void reload();
    // Roll-ups read on a worker thread with its own connection (the view turns this on): a big
    // branch's figures take a walk over its whole subtree, and the window must not wait for it.
    // Off, they are read with each page of children (tests, scripts).
    void setBackgroundRollups(bool on);
    // Shows only what is below `partnerId` (a partner page's children); 0 = the whole network.
    void setRootPartner(qint64 partnerId);
    qint64 rootPartner() const { return m_rootId; }
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    // The index of `partnerId`, loading its ancestors' branches as needed; invalid when it is not
    // in the hierarchy (unknown or archived). The view expands the parents and selects it.
    QModelIndex reveal(qint64 partnerId);
    // The index of a partner already loaded, without reading anything.
    QModelIndex indexOfPartner(qint64 partnerId) const;
    qint64 partnerId(const QModelIndex &index) const;
    // How many children of `parent` have been read so far (tests: nothing before an expand).
    int loadedChildCount(const QModelIndex &parent) const { return rowCount(parent); }
    // How many times children were read from the database (tests: lazy loading).
    int childQueries() const { return m_childQueries; }

    // Moves `partnerId` under `newParentId` (0 = top level) through the core and updates the
    // loaded branches: removed from the old parent, inserted under the new one, roll-ups of both
    // ancestor chains re-read. A refused move (a cycle) returns the core's message.
    Status movePartner(qint64 partnerId, qint64 newParentId);
    void setMoveConfirmer(MoveConfirmer confirmer) { m_confirmer = std::move(confirmer); }
    const Error &lastError() const { return m_error; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {mimeType()}; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;

    static QList<qint64> partnerIdsFrom(const QMimeData *data);

signals:
    // A move asked for by a drop failed; `message` says why (shown to the user by the view).
    void moveFailed(const QString &message);
    // A partner moved (by a drop or movePartner()).
    void partnerMoved(qint64 partnerId, qint64 newParentId);

private:
    struct Node;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *findLoaded(qint64 partnerId) const;
    // Reads the next page of `node`'s children; false when the read failed (m_error says why).
    bool fetchChildren(Node *node);
    void readRollups(const std::vector<Node *> &nodes);
    void applyRollups(Result<QHash<qint64, RollUp>> rollUps, const std::vector<Node *> &nodes);
    void refreshRollups(Node *node); // `node` and its loaded ancestors
    int sortedPosition(const Node *parent, const Node *child) const;
    QString levelText(const Node *node) const;

    Database m_db;
    std::unique_ptr<PageReader> m_reader; // roll-ups, when in the background
    bool m_backgroundRollups = false;
    quint64 m_generation = 0; // of the loaded tree
    std::unique_ptr<Node> m_root;
    qint64 m_rootId = 0;
    int m_pageSize = DefaultPageSize;
    int m_childQueries = 0;
    // Views and testers call fetchMore() from inside change signals; reading then would nest changes.
    bool m_changing = false;
    MoveConfirmer m_confirmer;
    Error m_error;
};

} // namespace cd
