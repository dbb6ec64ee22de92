#pragma once

// Random partner networks for the network tests: partners written straight with SQL (fast, and
// independent of the code under test), parents always chosen among earlier partners so the tree
// is valid, and a C++ copy of the tree to compare the database's answers with.

#include "db/database.h"
#include "db/sql.h"
#include "db/transaction.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QTest>

namespace cd::test {

struct RandomNetwork
{
    QList<qint64> ids; // partner ids in creation order
    QHash<qint64, qint64> parent; // id -> parent id (0 = top level)
    QHash<qint64, QString> kind;
    QHash<qint64, bool> archived;
    QHash<qint64, qint64> customers; // current customers per partner
    QList<QPair<qint64, qint64>> links; // active (distributor, reseller)

    QList<qint64> childrenOf(qint64 id) const
    {
        QList<qint64> out;
        for (qint64 c : ids)
            if (parent.value(c) == id)
                out.append(c);
        return out;
    }
    // `id` and everything below it; `skipArchived` leaves archived partners and their subtrees out.
    QList<qint64> subtree(qint64 id, bool skipArchived) const
    {
        QList<qint64> out {id};
        for (int i = 0; i < out.size(); ++i)
            for (qint64 c : childrenOf(out.at(i)))
                if (!skipArchived || !archived.value(c))
                    out.append(c);
        return out;
    }
    QList<qint64> distributors() const
    {
        QList<qint64> out;
        for (qint64 id : ids)
            if (kind.value(id) == QLatin1String("distributor"))
                out.append(id);
        return out;
    }
};

struct RandomNetworkOptions
{
    int partners = 200;
    int topLevelPercent = 10; // share of partners with no parent
    int maxDepth = 12; // parents are picked only among partners above this depth
    int distributorPercent = 10;
    int archivedPercent = 0;
    int maxCustomers = 3;
    int linkPercent = 0; // resellers linked to a random distributor
};

inline RandomNetwork makeRandomNetwork(const Database &db, quint32 seed, const RandomNetworkOptions &o = {})
{
    QRandomGenerator random(seed);
    RandomNetwork net;
    QHash<qint64, int> depth;
    Transaction tx(db.sql());
    if (!tx.begin())
        qFatal("cannot begin");
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    auto first = sql::scalar(db.sql(), QStringLiteral("SELECT coalesce(max(id), 0) FROM partners"));
    qint64 next = first.value().toLongLong() + 1;
    QList<qint64> deepEnough; // candidates for a parent
    for (int i = 0; i < o.partners; ++i) {
        const qint64 id = next++;
        qint64 parentId = 0;
        if (!deepEnough.isEmpty() && int(random.bounded(100)) >= o.topLevelPercent)
            parentId = deepEnough.at(int(random.bounded(qint64(deepEnough.size()))));
        const QString kind = int(random.bounded(100)) < o.distributorPercent ? QStringLiteral("distributor")
                                                                             : QStringLiteral("reseller");
        const bool archived = int(random.bounded(100)) < o.archivedPercent;
        Status s = sql::run(db.sql(),
            QStringLiteral("INSERT INTO partners (id, code, name, kind, parent_id, archived_at, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, QStringLiteral("P%1").arg(id), QStringLiteral("Partner %1").arg(random.bounded(1000)), kind,
                sql::nullIfZero(parentId),
                archived ? QVariant(now) : QVariant(QMetaType::fromType<QString>()), now, now});
        if (!s)
            qFatal("%s", qPrintable(s.error().toString()));
        net.ids.append(id);
        net.parent.insert(id, parentId);
        net.kind.insert(id, kind);
        net.archived.insert(id, archived);
        depth.insert(id, parentId == 0 ? 0 : depth.value(parentId) + 1);
        if (depth.value(id) < o.maxDepth - 1)
            deepEnough.append(id);
        const int customers = int(random.bounded(o.maxCustomers + 1));
        for (int c = 0; c < customers; ++c) {
            const bool archivedCustomer = random.bounded(5) == 0;
            Status cs = sql::run(db.sql(),
                QStringLiteral(
                    "INSERT INTO customers (code, name, partner_id, archived_at, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)"),
                {QStringLiteral("C%1-%2").arg(id).arg(c), QStringLiteral("Customer"), id,
                    archivedCustomer ? QVariant(now) : QVariant(QMetaType::fromType<QString>()), now, now});
            if (!cs)
                qFatal("%s", qPrintable(cs.error().toString()));
            if (!archivedCustomer)
                net.customers[id] += 1;
        }
    }
    if (o.linkPercent > 0) {
        const QList<qint64> distributors = net.distributors();
        for (qint64 id : net.ids) {
            if (distributors.isEmpty() || net.kind.value(id) != QLatin1String("reseller"))
                continue;
            if (int(random.bounded(100)) >= o.linkPercent)
                continue;
            const qint64 d = distributors.at(int(random.bounded(qint64(distributors.size()))));
            if (net.links.contains(qMakePair(d, id)))
                continue;
            Status s = sql::run(db.sql(),
                QStringLiteral(
                    "INSERT INTO distributor_links (distributor_id, reseller_id, focus, created_at, "
                    "created_by) VALUES (?, ?, '', ?, 'tester')"),
                {d, id, now});
            if (!s)
                qFatal("%s", qPrintable(s.error().toString()));
            net.links.append(qMakePair(d, id));
        }
    }
    if (!tx.commit())
        qFatal("cannot commit");
    return net;
}

} // namespace cd::test
