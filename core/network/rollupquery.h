#pragma once

// RollUpQuery: subtree figures (partners, customers, open leads, won value) computed in the
// database with recursive CTEs, never by loading the tree.

#include "common/result.h"
#include "db/database.h"
#include "rollup.h"

#include <QHash>
#include <QList>

namespace cd {

class RollUpQuery
{
public:
    explicit RollUpQuery(const Database &db);

    // Archived partners (and what is below them) count only when this is set, as in NetworkTree.
    void setIncludeArchived(bool include) { m_includeArchived = include; }

    // The subtree of `partnerId`; 0 = the whole network.
    Result<RollUp> forSubtree(qint64 partnerId) const;
    // One roll-up per given partner's subtree, all in one query; for the tree's visible page.
    Result<QHash<qint64, RollUp>> forPartners(const QList<qint64> &partnerIds) const;
    // One roll-up per child of `parentId` (0 = top level), all in one query. At the top level of a
    // large flat network prefer forPartners() with the visible page.
    Result<QHash<qint64, RollUp>> forChildren(qint64 parentId) const;

private:
    Result<QHash<qint64, RollUp>> run(const QString &seedSql, const QVariantList &binds) const;
    Database m_db;
    bool m_includeArchived = false;
};

} // namespace cd
