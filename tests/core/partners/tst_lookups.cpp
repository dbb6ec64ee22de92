#include "../testdb.h"
#include "db/sql.h"
#include "partners/lookups.h"
#include "partners/partnerstore.h"
#include "testmain.h"
#include "timeline/timelinestore.h"

#include <QTest>

using namespace cd;
using cd::test::TempDatabase;

class TestLookups : public QObject
{
    Q_OBJECT
private slots:
    void defaults();
    void saveLevel_data();
    void saveLevel();
    void staleVersionConflicts();
    void changesAreOnTheTimeline_data();
    void changesAreOnTheTimeline();
    void reorderIsAllOrNothing();
    void removeRefusedWhileUsed();
    void ensureIsIdempotent_data();
    void ensureIsIdempotent();
    void usage_data();
    void usage();
    void swapNames_data();
    void swapNames();
};

void TestLookups::defaults()
{
    TempDatabase t;
    LookupStore s(t.db);
    const auto levels = s.levels().value();
    QCOMPARE(levels.size(), 3);
    QCOMPARE(levels[0].name, QStringLiteral("Gold"));
    QVERIFY(levels[0].weight > levels[1].weight && levels[1].weight > levels[2].weight);
    const auto activations = s.activations().value();
    QCOMPARE(activations.size(), 3);
    QCOMPARE(activations[0].name, QStringLiteral("First Contact"));
    QCOMPARE(activations[2].name, QStringLiteral("Fully Operational"));
}

void TestLookups::saveLevel_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("weight");
    QTest::addColumn<int>("error");
    QTest::newRow("new level") << "Platinum" << 5 << int(Error::Code::None);
    QTest::newRow("weight zero allowed") << "Dormant" << 0 << int(Error::Code::None);
    QTest::newRow("negative weight") << "Bad" << -1 << int(Error::Code::Validation);
    QTest::newRow("empty name") << "  " << 1 << int(Error::Code::Validation);
    QTest::newRow("duplicate, other case") << "gold" << 1 << int(Error::Code::Duplicate);
}

void TestLookups::saveLevel()
{
    QFETCH(QString, name);
    QFETCH(int, weight);
    QFETCH(int, error);
    TempDatabase t;
    LookupStore s(t.db);
    auto saved = s.saveLevel({0, name, weight, 9, 0});
    if (error == int(Error::Code::None)) {
        QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        QCOMPARE(s.levels()->size(), 4);
    } else {
        QVERIFY(!saved.ok());
        QCOMPARE(int(saved.error().code), error);
        QCOMPARE(s.levels()->size(), 3);
    }
}

void TestLookups::staleVersionConflicts()
{
    TempDatabase t;
    LookupStore s(t.db);
    Level gold = s.levels()->first();
    Level copy = gold;
    gold.weight = 10;
    QVERIFY(s.saveLevel(gold).ok());
    copy.weight = 20;
    QCOMPARE(s.saveLevel(copy).error().code, Error::Code::Conflict);
    QCOMPARE(s.levels()->first().weight, 10);
}

void TestLookups::changesAreOnTheTimeline_data()
{
    QTest::addColumn<QString>("entity");
    QTest::newRow("level") << QStringLiteral("level");
    QTest::newRow("activation") << QStringLiteral("activation");
    QTest::newRow("area") << QStringLiteral("area");
}

// Created, renamed (with old and new name) and removed: each on the timeline, by the database's user.
void TestLookups::changesAreOnTheTimeline()
{
    QFETCH(QString, entity);
    TempDatabase t(QStringLiteral("clerk"));
    LookupStore s(t.db);
    qint64 id = 0;
    Status renamed;
    Status removed;
    if (entity == QLatin1String("level")) {
        auto l = s.saveLevel(Level {0, QStringLiteral("Platinum"), 5, 9, 0});
        QVERIFY(l.ok());
        id = l->id;
        Level changed = l.value();
        changed.name = QStringLiteral("Diamond");
        changed.sequence = 1; // the order is not recorded
        renamed = s.saveLevel(changed);
        removed = s.removeLevel(id);
    } else if (entity == QLatin1String("activation")) {
        auto a = s.saveActivation(Activation {0, QStringLiteral("Platinum"), true, 9, 0});
        QVERIFY(a.ok());
        id = a->id;
        Activation changed = a.value();
        changed.name = QStringLiteral("Diamond");
        renamed = s.saveActivation(changed);
        removed = s.removeActivation(id);
    } else {
        auto a = s.saveArea(Area {0, QStringLiteral("Platinum"), 0});
        QVERIFY(a.ok());
        id = a->id;
        Area changed = a.value();
        changed.name = QStringLiteral("Diamond");
        renamed = s.saveArea(changed);
        removed = s.removeArea(id);
    }
    QVERIFY2(renamed.ok(), qPrintable(renamed.error().toString()));
    QVERIFY2(removed.ok(), qPrintable(removed.error().toString()));
    auto events = TimelineStore(t.db).forEntity(entity, id);
    QVERIFY(events.ok());
    QStringList seen;
    for (const TimelineEvent &e : events.value()) {
        QCOMPARE(e.user, QStringLiteral("clerk"));
        seen.append(QStringLiteral("%1 %2 %3 %4")
                        .arg(e.action, e.field, e.oldValue.toString(), e.newValue.toString())
                        .simplified());
    }
    seen.sort();
    QCOMPARE(seen,
        (QStringList {QStringLiteral("changed name Platinum Diamond"), QStringLiteral("created Platinum"),
            QStringLiteral("removed Diamond")}));
}

// A new order is written in one transaction: a stale entry leaves the whole order as it was.
void TestLookups::reorderIsAllOrNothing()
{
    TempDatabase t;
    LookupStore s(t.db);
    QList<Level> levels = s.levels().value();
    QVERIFY(levels.size() >= 3);
    Level stale = levels.last();
    Level moved = levels.last();
    moved.weight += 1;
    QVERIFY(s.saveLevel(moved).ok()); // someone else saved the last level
    const Status order = s.inOneTransaction([&]() -> Status {
        for (int i = 0; i < levels.size(); ++i) {
            Level l = i + 1 == levels.size() ? stale : levels.at(i);
            l.sequence = levels.size() - i;
            if (auto saved = s.saveLevel(l); !saved)
                return saved.error();
        }
        return {};
    });
    QCOMPARE(order.error().code, Error::Code::Conflict);
    const QList<Level> after = s.levels().value();
    for (int i = 0; i < levels.size(); ++i) {
        QCOMPARE(after.at(i).id, levels.at(i).id);
        QCOMPARE(after.at(i).sequence, levels.at(i).sequence);
    }
}

void TestLookups::removeRefusedWhileUsed()
{
    TempDatabase t;
    LookupStore s(t.db);
    const qint64 area = s.ensureArea(QStringLiteral("Iberia")).value();
    Partner p;
    p.name = QStringLiteral("X");
    p.areaId = area;
    QVERIFY(PartnerStore(t.db).create(p).ok());
    auto removed = s.removeArea(area);
    QVERIFY(!removed.ok());
    QVERIFY(removed.error().message.contains(QLatin1String("1 partner")));
    const qint64 unused = s.ensureArea(QStringLiteral("Nordics")).value();
    QVERIFY(s.removeArea(unused).ok());
    QCOMPARE(s.areas()->size(), 1);
}

void TestLookups::ensureIsIdempotent_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("same");
    QTest::newRow("same name") << "Benelux"
                               << "Benelux" << true;
    QTest::newRow("other case, spaces") << "Benelux"
                                        << " benelux " << true;
    QTest::newRow("different") << "Benelux"
                               << "Iberia" << false;
}

void TestLookups::ensureIsIdempotent()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, same);
    TempDatabase t;
    LookupStore s(t.db);
    const qint64 a = s.ensureArea(first).value();
    const qint64 b = s.ensureArea(second).value();
    QCOMPARE(a == b, same);
    QCOMPARE(s.ensureArea(QString()).value(), qint64(0));
    QCOMPARE(s.ensureUser(QStringLiteral("maria")).value(), s.ensureUser(QStringLiteral("maria")).value());
}

void TestLookups::usage_data()
{
    QTest::addColumn<int>("list");
    QTest::newRow("levels") << int(LookupStore::List::Levels);
    QTest::newRow("activations") << int(LookupStore::List::Activations);
    QTest::newRow("areas") << int(LookupStore::List::Areas);
    QTest::newRow("users") << int(LookupStore::List::Users);
}

// Three partners on the first entry (one archived), one on the second, none on the third.
void TestLookups::usage()
{
    QFETCH(int, list);
    TempDatabase t;
    LookupStore s(t.db);
    QList<qint64> ids;
    for (const char *name : {"first", "second", "third"}) {
        switch (static_cast<LookupStore::List>(list)) {
        case LookupStore::List::Levels:
            ids.append(s.saveLevel({0, QLatin1String(name), 1, 9, 0})->id);
            break;
        case LookupStore::List::Activations:
            ids.append(s.saveActivation({0, QLatin1String(name), true, 9, 0})->id);
            break;
        case LookupStore::List::Areas:
            ids.append(s.ensureArea(QLatin1String(name)).value());
            break;
        case LookupStore::List::Users:
            ids.append(s.ensureUser(QLatin1String(name)).value());
            break;
        }
    }
    const PartnerStore partners(t.db);
    for (int i = 0; i < 5; ++i) {
        Partner p;
        p.name = QStringLiteral("Partner %1").arg(i);
        const qint64 id = i < 3 ? ids[0] : i == 3 ? ids[1] : 0; // the fifth uses none
        switch (static_cast<LookupStore::List>(list)) {
        case LookupStore::List::Levels:
            p.levelId = id;
            break;
        case LookupStore::List::Activations:
            p.activationId = id;
            break;
        case LookupStore::List::Areas:
            p.areaId = id;
            break;
        case LookupStore::List::Users:
            p.accountManagerId = id;
            break;
        }
        auto created = partners.create(p);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        if (i == 0)
            QVERIFY(partners.archive(created->id, created->version).ok());
    }
    const auto counts = s.usage(static_cast<LookupStore::List>(list));
    QVERIFY2(counts.ok(), qPrintable(counts.error().toString()));
    QCOMPARE(counts->value(ids[0]), qint64(3));
    QCOMPARE(counts->value(ids[1]), qint64(1));
    QVERIFY(!counts->contains(ids[2]));
    QCOMPARE(counts->size(), 2);
}

void TestLookups::swapNames_data()
{
    QTest::addColumn<int>("list");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<bool>("stale");
    QTest::newRow("levels") << int(LookupStore::List::Levels) << "partner_levels"
                            << "level" << false;
    QTest::newRow("activations") << int(LookupStore::List::Activations) << "partner_activations"
                                 << "activation" << false;
    QTest::newRow("areas") << int(LookupStore::List::Areas) << "areas"
                           << "area" << false;
    QTest::newRow("changed meanwhile") << int(LookupStore::List::Areas) << "areas"
                                       << "area" << true;
}

// Two entries trade names in one transaction, each with its timeline event; the partners keep their
// entry (and so show its new name). A version that moved on changes nothing.
void TestLookups::swapNames()
{
    QFETCH(int, list);
    QFETCH(QString, table);
    QFETCH(QString, entity);
    QFETCH(bool, stale);
    TempDatabase t;
    LookupStore s(t.db);
    const auto add = [&](const QString &name) -> std::pair<qint64, int> {
        auto q = sql::exec(t.db.sql(), QStringLiteral("INSERT INTO %1 (name) VALUES (?)").arg(table), {name});
        return {q.value().lastInsertId().toLongLong(), 1};
    };
    const auto [first, firstVersion] = add(QStringLiteral("Alpha"));
    const auto [second, secondVersion] = add(QStringLiteral("Beta"));
    QVERIFY(first > 0 && second > 0);
    const auto nameOf = [&](qint64 id) {
        return sql::scalar(t.db.sql(), QStringLiteral("SELECT name FROM %1 WHERE id = ?").arg(table), {id})
            .value()
            .toString();
    };
    const auto events = [&] {
        return sql::scalar(
            t.db.sql(), QStringLiteral("SELECT count(*) FROM timeline WHERE entity = ?"), {entity})
            .value()
            .toInt();
    };
    const int eventsBefore = events();
    const Status swapped = s.swapNames(
        LookupStore::List(list), first, stale ? firstVersion + 1 : firstVersion, second, secondVersion);
    if (stale) {
        QVERIFY(!swapped.ok());
        QCOMPARE(swapped.error().code, Error::Code::Conflict);
        QCOMPARE(nameOf(first), QStringLiteral("Alpha"));
        QCOMPARE(nameOf(second), QStringLiteral("Beta"));
        QCOMPARE(events(), eventsBefore);
        return;
    }
    QVERIFY2(swapped.ok(), qPrintable(swapped.error().message));
    QCOMPARE(nameOf(first), QStringLiteral("Beta"));
    QCOMPARE(nameOf(second), QStringLiteral("Alpha"));
    QCOMPARE(events(), eventsBefore + 2);
    auto renamed = sql::exec(t.db.sql(),
        QStringLiteral(
            "SELECT entity_id, old_value, new_value FROM timeline WHERE entity = ? AND field = 'name' "
            "ORDER BY entity_id"),
        {entity});
    QVERIFY(renamed.value().next());
    QCOMPARE(renamed.value().value(0).toLongLong(), first);
    QCOMPARE(renamed.value().value(1).toString(), QStringLiteral("Alpha"));
    QCOMPARE(renamed.value().value(2).toString(), QStringLiteral("Beta"));
    // The versions moved on: the same swap again is a conflict.
    QCOMPARE(s.swapNames(LookupStore::List(list), first, firstVersion, second, secondVersion).error().code,
        Error::Code::Conflict);
    QVERIFY(s.swapNames(LookupStore::List(list), first, firstVersion + 1, second, secondVersion + 1).ok());
    QCOMPARE(nameOf(first), QStringLiteral("Alpha"));
    // Logins are not swapped.
    QCOMPARE(s.swapNames(LookupStore::List::Users, 1, 1, 2, 1).error().code, Error::Code::Usage);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestLookups)
#include "tst_lookups.moc"
