#pragma once

// What the files of NetworkTreeModel share: its node and the order of siblings. Private to
// ui/network/networktreemodel*.cpp.

#include "networktreemodel.h"

#include "network/networknode.h"
#include "network/rollup.h"
#include "partners/partner.h"

#include <memory>
#include <optional>
#include <vector>

namespace cd {

struct NetworkTreeModel::Node
{
    NetworkNode row;
    Node *parent = nullptr;
    int depth = -1; // the invisible root is -1
    std::vector<std::unique_ptr<Node>> children;
    bool complete = false; // every child has been read
    std::optional<RollUp> rollUp;

    int rowInParent() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return int(i);
        }
        return -1;
    }
    void setDepth(int d)
    {
        depth = d;
        for (auto &child : children)
            child->setDepth(d + 1);
    }
};

} // namespace cd

namespace cd::networktree {

// The order the core pages children in: name without case, then id.
inline bool before(const NetworkNode &a, const NetworkNode &b)
{
    const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a.id < b.id;
}

inline PartnerKind kindOf(const NetworkNode &node)
{
    return Partner::kindFromKey(node.kind).value_or(PartnerKind::Reseller);
}

} // namespace cd::networktree
