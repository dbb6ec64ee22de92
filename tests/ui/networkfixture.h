#pragma once

// Helpers shared by the network ui tests: a temporary database holding a partner hierarchy of a
// given shape, written through the core stores (partners, then parents).

#include "db/database.h"
#include "db/transaction.h"
#include "network/networkstore.h"
#include "partners/partnerstore.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cd::test {

struct Network
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    Database db;
    QList<qint64> ids; // by position in the shape
    QList<int> parents; // by position: the parent's position, -1 = top level
    QStringList names;

    Network()
    {
        DatabaseOptions o;
        o.path = dir->filePath(QStringLiteral("network.sqlite"));
        o.userLogin = QStringLiteral("tester");
        auto opened = Database::open(o);
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error().toString()));
        db = opened.value();
    }

    // Shape: parents[i] is the position of partner i's parent (always < i), -1 for the top level.
    // Names are scrambled so that name order differs from creation order; every 5th partner is a
    // distributor.
    bool build(const QList<int> &shape)
    {
        parents = shape;
        const QStringList words = {QStringLiteral("Kilo"), QStringLiteral("alpha"), QStringLiteral("Zulu"),
            QStringLiteral("echo"), QStringLiteral("Mike"), QStringLiteral("bravo"), QStringLiteral("Tango")};
        Transaction tx(db.sql());
        if (!check(tx.begin()))
            return false;
        const PartnerStore store(db);
        for (int i = 0; i < shape.size(); ++i) {
            Partner p;
            p.name = QStringLiteral("%1 %2").arg(words[(i * 5) % words.size()]).arg(i);
            p.kind = i % 5 == 0 ? PartnerKind::Distributor : PartnerKind::Reseller;
            p.country = QStringLiteral("DE");
            auto created = store.create(p);
            if (!check(created))
                return false;
            ids.append(created->id);
            names.append(p.name);
        }
        if (!check(tx.commit()))
            return false;
        const NetworkStore network(db);
        for (int i = 0; i < shape.size(); ++i) {
            if (shape[i] >= 0 && !check(network.setParent(ids[i], ids[shape[i]])))
                return false;
        }
        return true;
    }

    // Positions of the children of `position` (-1 = top level) in the tree's order: name without
    // case, then id.
    QList<int> childrenOf(int position) const
    {
        QList<int> result;
        for (int i = 0; i < parents.size(); ++i) {
            if (parents[i] == position)
                result.append(i);
        }
        std::sort(result.begin(), result.end(), [this](int a, int b) {
            const int c = QString::compare(names[a], names[b], Qt::CaseInsensitive);
            return c != 0 ? c < 0 : ids[a] < ids[b];
        });
        return result;
    }

    // The partner and everything below it, counted by walking the shape.
    int subtreeSize(int position) const
    {
        int size = 1;
        for (int child : childrenOf(position))
            size += subtreeSize(child);
        return size;
    }

    bool isBelow(int position, int ancestor) const
    {
        for (int p = parents[position]; p >= 0; p = parents[p]) {
            if (p == ancestor)
                return true;
        }
        return false;
    }

    // Shapes for data-driven tests.
    static QList<int> flat(int count) { return QList<int>(count, -1); }
    static QList<int> chain(int depth)
    {
        QList<int> s;
        for (int i = 0; i < depth; ++i)
            s.append(i - 1);
        return s;
    }
    static QList<int> wide(int roots, int childrenEach)
    {
        QList<int> s(roots, -1);
        for (int r = 0; r < roots; ++r) {
            for (int c = 0; c < childrenEach; ++c)
                s.append(r);
        }
        return s;
    }
    // Every partner has `branching` children down to `depth` levels.
    static QList<int> balanced(int branching, int depth)
    {
        QList<int> s {-1};
        int levelStart = 0;
        int levelEnd = 1;
        for (int d = 1; d < depth; ++d) {
            for (int p = levelStart; p < levelEnd; ++p) {
                for (int b = 0; b < branching; ++b)
                    s.append(p);
            }
            levelStart = levelEnd;
            levelEnd = int(s.size());
        }
        return s;
    }

private:
    static bool check(const Status &s)
    {
        if (!s)
            qWarning("%s", qPrintable(s.error().toString()));
        return s.ok();
    }
};

} // namespace cd::test
