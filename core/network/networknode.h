#pragma once

// NetworkNode: one partner as the network tree shows it, with what the tree needs to draw it lazily.

#include <QString>

namespace cd {

struct NetworkNode
{
    qint64 id = 0;
    QString code;
    QString name;
    QString kind; // partner kind key: "dealer", "reseller", "distributor", "agent"
    QString status; // partner status key: "active", "inactive", "suspended"
    QString country;
    qint64 parentId = 0; // 0 = top level
    bool archived = false;
    // Known from an index probe with the page, so a tree can show an expander without fetching.
    bool hasChildren = false;

    bool operator==(const NetworkNode &) const = default;
};

} // namespace cd
