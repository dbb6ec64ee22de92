#pragma once

// NetworkTree: read-only queries over the partner hierarchy (children pages, ancestors, paths,
// subtrees), answered by indexed SQL so a tree of any size opens one level at a time.

#include "common/result.h"
#include "db/database.h"
#include "networknode.h"

#include <QList>

namespace cd {

class NetworkTree
{
public:
    explicit NetworkTree(const Database &db);

    // Archived partners are left out (with everything below them) unless this is set, the same
    // default as the partner directory.
    void setIncludeArchived(bool include) { m_includeArchived = include; }
    bool includeArchived() const { return m_includeArchived; }

    Result<NetworkNode> node(qint64 id) const;

    // Children of `parentId` (0 = the top level) in name order (case-insensitive, then id), one page.
    Result<QList<NetworkNode>> children(qint64 parentId, int limit, int offset = 0) const;
    // Keyset page: the children that sort after `after` (a node of the previous page); stays fast
    // deep into a top level of a million partners where OFFSET would walk every skipped row.
    Result<QList<NetworkNode>> childrenAfter(qint64 parentId, const NetworkNode &after, int limit) const;
    Result<qint64> childCount(qint64 parentId) const;
    Result<bool> hasChildren(qint64 id) const;
    // Position of `id` among its siblings in the children() order; with path() a lazy tree model
    // can reveal a partner by fetching just the pages that hold it.
    Result<qint64> rowOf(qint64 id) const;

    // The partners above `id`, top level first, `id` itself not included (the breadcrumb).
    Result<QList<NetworkNode>> ancestors(qint64 id) const;
    // Ids from the top level down to `id` included.
    Result<QList<qint64>> path(qint64 id) const;
    // 0 for a top-level partner.
    Result<int> depth(qint64 id) const;
    // `id` and every partner below it, top first then level by level.
    Result<QList<qint64>> subtreeIds(qint64 id) const;
    // Whether `ancestorId` is `id` or above it.
    Result<bool> isInSubtree(qint64 id, qint64 ancestorId) const;

    // The SQL selecting NetworkNode columns (alias p) and its reader, for other queries; the
    // children probe counts archived children only when asked to.
    static QString nodeColumns(bool includeArchived = false);
    static NetworkNode nodeFromRow(const class QSqlQuery &row, int first = 0);

private:
    QString archivedFilter(const QString &alias) const;
    Database m_db;
    bool m_includeArchived = false;
};

} // namespace cd
