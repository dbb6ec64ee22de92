#pragma once

// Helpers shared by the ui tests: a temporary database filled with a varied partner and customer
// registry (duplicate names, empty cities, every kind and status, lookups, archived rows), written
// through the core stores in one transaction.

#include "common/clock.h"
#include "customers/customerstore.h"
#include "db/database.h"
#include "db/transaction.h"
#include "partners/lookups.h"
#include "partners/partnerstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cd::test {

struct Registry
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    Database db;

    Registry()
    {
        DatabaseOptions o;
        o.path = dir->filePath(QStringLiteral("registry.sqlite"));
        o.userLogin = QStringLiteral("tester");
        auto opened = Database::open(o);
        if (!opened)
            qFatal("cannot open test database: %s", qPrintable(opened.error().toString()));
        db = opened.value();
    }
    QString path() const { return db.path(); }

    static QStringList countries()
    {
        return {QStringLiteral("DE"), QStringLiteral("FR"), QStringLiteral("AT"), QStringLiteral("CH"),
            QStringLiteral("NL"), QStringLiteral("BE"), QStringLiteral("IT"), QStringLiteral("ES")};
    }

    // Adds `count` partners; every 13th is archived. Returns false (with a warning) on failure.
    bool addPartners(int count)
    {
        const QStringList prefixes = {QStringLiteral("Acme"), QStringLiteral("bolt"),
            QStringLiteral("Cobalt"), QStringLiteral("delta"), QStringLiteral("Echo"),
            QStringLiteral("foxtrot"), QStringLiteral("Globex"), QStringLiteral("Initech"),
            QStringLiteral("Umbrella"), QStringLiteral("Zenith")};
        const QStringList suffixes
            = {QStringLiteral("Hardware"), QStringLiteral("Software"), QStringLiteral("Trading"),
                QStringLiteral("Systems"), QStringLiteral("Distribution"), QStringLiteral("Agents")};
        const QStringList cities = {QStringLiteral("Berlin"), QStringLiteral("lyon"), QStringLiteral("Wien"),
            QString(), QStringLiteral("Zürich"), QStringLiteral("Amsterdam"), QStringLiteral("brussels"),
            QStringLiteral("Milano"), QStringLiteral("Madrid")};

        Transaction tx(db.sql());
        if (!check(tx.begin()))
            return false;
        const LookupStore lookups(db);
        QList<qint64> levels, activations, areas, users;
        for (const Level &l : lookups.levels().valueOr({}))
            levels.append(l.id);
        for (const Activation &a : lookups.activations().valueOr({}))
            activations.append(a.id);
        for (const char *area : {"North", "South", "East", "West", "Central"})
            areas.append(lookups.ensureArea(QLatin1String(area)).valueOr(0));
        for (const char *user : {"anna", "bert", "carla", "dmitri"})
            users.append(lookups.ensureUser(QLatin1String(user)).valueOr(0));
        if (levels.size() < 3 || activations.size() < 3 || areas.contains(0) || users.contains(0)) {
            qWarning("lookups missing");
            return false;
        }

        const PartnerStore store(db);
        const QDateTime base(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < count; ++i) {
            // Spread the update times so sorting by them is a real test, with some equal ones.
            Clock::setFixed(base.addSecs((i * 7919) % 50000));
            Partner p;
            p.name = QStringLiteral("%1 %2 %3").arg(prefixes[i % 10], suffixes[(i / 10) % 6]).arg(i % 50);
            p.legalName = i % 4 == 0 ? QString() : p.name + QStringLiteral(" GmbH");
            p.kind = Partner::allKinds().at(i % 4);
            if (i % 11 == 0) {
                p.status = PartnerStatus::Suspended;
                p.statusReason = QStringLiteral("Unpaid invoices");
            } else if (i % 7 == 0) {
                p.status = PartnerStatus::Inactive;
            }
            p.city = cities[i % cities.size()];
            p.country = countries()[(i / 3) % countries().size()];
            p.levelId = i % 4 == 3 ? 0 : levels[i % 3];
            p.activationId = i % 5 == 4 ? 0 : activations[(i / 2) % 3];
            p.areaId = i % 6 == 5 ? 0 : areas[(i / 5) % 5];
            p.accountManagerId = i % 5 == 4 ? 0 : users[(i / 7) % 4];
            auto created = store.create(p);
            if (!check(created))
                return false;
            if (i % 13 == 12 && !check(store.archive(created->id, created->version)))
                return false;
        }
        Clock::reset();
        return check(tx.commit());
    }

    // Adds `count` customers; every third is direct, the others spread over the first partners.
    bool addCustomers(int count)
    {
        Transaction tx(db.sql());
        if (!check(tx.begin()))
            return false;
        const CustomerStore store(db);
        const QStringList segments = {
            QStringLiteral("Retail"), QStringLiteral("Industry"), QStringLiteral("Public sector"), QString()};
        const QStringList words = {QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("Gamma"),
            QStringLiteral("Kappa"), QStringLiteral("Omega")};
        for (int i = 0; i < count; ++i) {
            Customer c;
            c.name = QStringLiteral("%1 Customer %2").arg(words[i % words.size()]).arg(i % 40);
            c.city = i % 2 ? QStringLiteral("Berlin") : QStringLiteral("Paris");
            c.country = i % 2 ? QStringLiteral("DE") : QStringLiteral("FR");
            c.segment = segments[i % segments.size()];
            c.partnerId = i % 3 == 0 ? 0 : 1 + (i % 17);
            auto created = store.create(c);
            if (!check(created))
                return false;
            if (i % 10 == 9 && !check(store.archive(created->id, created->version)))
                return false;
        }
        return check(tx.commit());
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
