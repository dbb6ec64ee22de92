#include "../testdb.h"
#include "db/fulltext.h"
#include "db/pagedquery.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "directorypages.h"
#include "partners/partnerdirectory.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QTest>

using namespace cd;
using cd::test::TempDatabase;

// Paging, sorting and filtering against the same question asked as one plain query.
class TestPartnerDirectory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesMatchPlainQuery_data();
    void pagesMatchPlainQuery();
    void allPagesMatchPlainQuery_data();
    void allPagesMatchPlainQuery();
    void archivedPagesMatchPlainQuery_data();
    void archivedPagesMatchPlainQuery();
    void filtersCount_data();
    void filtersCount();
    void ftsQueryQuotesWords_data();
    void ftsQueryQuotesWords();
    void germanSpellings_data();
    void germanSpellings();
    void germanSpellingsFollowEdits();
    void forEachStopsWhenAsked();
    void pageOutsideRangeIsEmpty();
    void broadSearchWalksTheSortIndex_data();
    void broadSearchWalksTheSortIndex();
    void combinedFiltersCountLazily_data();
    void combinedFiltersCountLazily();
    void oneCriterionPagesMatchPlainQuery_data();
    void oneCriterionPagesMatchPlainQuery();
    void fixedLookupPagesMatchPlainQuery_data();
    void fixedLookupPagesMatchPlainQuery();
    void allByLookupPagesMatchPlainQuery_data();
    void allByLookupPagesMatchPlainQuery();
    void combinedPagesMatchPlainQuery_data();
    void combinedPagesMatchPlainQuery();
    void kindByKindPagesMatchPlainQuery_data();
    void kindByKindPagesMatchPlainQuery();
    void searchPagesMatchPlainQuery_data();
    void searchPagesMatchPlainQuery();

private:
    // 40,000 partners: 33,000 in DE (gathered into a set under the sort index), 4,000 in FR
    // (sorted), half of them in one of two areas, every 40th archived, every 50th an agent and the
    // others dealers (32,000 current dealers in DE: a combined filter whose rows are tested).
    static const TempDatabase &many();
    std::unique_ptr<TempDatabase> m_t;
    static constexpr int kPartners = 1500;
};

void TestPartnerDirectory::initTestCase()
{
    m_t = std::make_unique<TempDatabase>();
    QSqlDatabase db = m_t->db.sql();
    QRandomGenerator rng(42);
    const QStringList cities = {QStringLiteral("Berlin"), QStringLiteral("amsterdam"),
        QStringLiteral("Zürich"), QStringLiteral("Lyon"), QStringLiteral("Madrid"), QStringLiteral("")};
    const QStringList countries
        = {QStringLiteral("DE"), QStringLiteral("NL"), QStringLiteral("CH"), QStringLiteral("FR")};
    const QStringList kinds = {QStringLiteral("dealer"), QStringLiteral("reseller"),
        QStringLiteral("distributor"), QStringLiteral("agent")};
    const QStringList statuses
        = {QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("suspended")};
    Transaction tx(db);
    QVERIFY(tx.begin().ok());
    // Ids not in name order, so sorting by name differs from grouping by id.
    QVERIFY(sql::run(db, QStringLiteral("INSERT INTO areas(name) VALUES ('South'), ('North')")).ok());
    QVERIFY(sql::run(db,
        QStringLiteral("INSERT INTO users(login, display_name) VALUES ('zoe', 'Anna Berg'), ('adam', ''), "
                       "('mia', 'Zora')"))
                .ok());
    QSqlQuery q(db);
    QVERIFY(q.prepare(
        QStringLiteral("INSERT INTO partners (code, name, legal_name, kind, city, country, status, level_id, "
                       "area_id, account_manager_id, archived_at, created_at, updated_at) VALUES (?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, "
                       "(SELECT id FROM users WHERE login = ?), ?, ?, ?)")));
    for (int i = 0; i < kPartners; ++i) {
        // Duplicate names on purpose: ties must still page stably (the id breaks them).
        const QString name
            = QStringLiteral("%1 Partner %2").arg(QChar(u'A' + int(rng.bounded(26)))).arg(rng.bounded(300));
        q.addBindValue(QStringLiteral("P%1").arg(i, 6, 10, QLatin1Char('0')));
        q.addBindValue(i % 7 == 0 ? name.toLower() : name);
        q.addBindValue(QStringLiteral("Legal %1").arg(rng.bounded(1000)));
        q.addBindValue(kinds[rng.bounded(kinds.size())]);
        q.addBindValue(cities[rng.bounded(cities.size())]);
        q.addBindValue(countries[rng.bounded(countries.size())]);
        q.addBindValue(statuses[rng.bounded(statuses.size())]);
        q.addBindValue(rng.bounded(4) == 0 ? QVariant(QMetaType::fromType<qint64>())
                                           : QVariant(qint64(1 + rng.bounded(3))));
        q.addBindValue(rng.bounded(3) == 0 ? QVariant(QMetaType::fromType<qint64>())
                                           : QVariant(qint64(1 + rng.bounded(2))));
        const QStringList managers
            = {QStringLiteral("zoe"), QStringLiteral("adam"), QStringLiteral("mia"), {}};
        q.addBindValue(managers[rng.bounded(managers.size())]);
        q.addBindValue(i % 10 == 0 ? QVariant(QStringLiteral("2026-01-01T00:00:00.000Z"))
                                   : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(QStringLiteral("2026-01-01T00:00:00.000Z"));
        q.addBindValue(
            QStringLiteral("2026-01-%1T00:00:00.000Z").arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0')));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QVERIFY(tx.commit().ok());
}

void TestPartnerDirectory::pagesMatchPlainQuery_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("orderBy");
    QTest::newRow("name") << int(PartnerColumn::Name) << false << "p.name COLLATE NOCASE, p.id";
    QTest::newRow("name desc") << int(PartnerColumn::Name) << true << "p.name COLLATE NOCASE DESC, p.id DESC";
    QTest::newRow("code") << int(PartnerColumn::Code) << false << "p.code";
    QTest::newRow("code desc") << int(PartnerColumn::Code) << true << "p.code DESC";
    QTest::newRow("city") << int(PartnerColumn::City) << false << "p.city COLLATE NOCASE, p.id";
    // By country, then city (schema 10).
    QTest::newRow("country desc") << int(PartnerColumn::Country) << true
                                  << "p.country DESC, p.city COLLATE NOCASE DESC, p.id DESC";
    QTest::newRow("kind") << int(PartnerColumn::Kind) << false << "p.kind, p.id";
    QTest::newRow("status") << int(PartnerColumn::Status) << false << "p.status, p.id";
    // Lookups by the entry's name; partners without one first (ascending) or last (descending).
    QTest::newRow("level") << int(PartnerColumn::Level) << false << "lv.name COLLATE NOCASE, lv.id, p.id";
    QTest::newRow("level desc") << int(PartnerColumn::Level) << true
                                << "lv.name COLLATE NOCASE DESC, lv.id DESC, p.id DESC";
    QTest::newRow("area") << int(PartnerColumn::Area) << false << "ar.name COLLATE NOCASE, ar.id, p.id";
    QTest::newRow("area desc") << int(PartnerColumn::Area) << true
                               << "ar.name COLLATE NOCASE DESC, ar.id DESC, p.id DESC";
    QTest::newRow("account manager")
        << int(PartnerColumn::AccountManager) << false
        << "coalesce(nullif(u.display_name, ''), u.login) COLLATE NOCASE, u.id, p.id";
    QTest::newRow("account manager desc")
        << int(PartnerColumn::AccountManager) << true
        << "coalesce(nullif(u.display_name, ''), u.login) COLLATE NOCASE DESC, u.id DESC, p.id DESC";
    QTest::newRow("updated") << int(PartnerColumn::Updated) << false << "p.updated_at, p.id";
    QTest::newRow("legal name") << int(PartnerColumn::LegalName) << false
                                << "p.legal_name COLLATE NOCASE, p.id";
}

void TestPartnerDirectory::allPagesMatchPlainQuery_data()
{
    pagesMatchPlainQuery_data();
}

void TestPartnerDirectory::archivedPagesMatchPlainQuery_data()
{
    pagesMatchPlainQuery_data();
}

// The archived partners alone, read from the sort index's archived end (or the lookup's walk).
void TestPartnerDirectory::archivedPagesMatchPlainQuery()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, orderBy);
    const QList<qint64> expected = test::idsOf(m_t->db,
        QStringLiteral("SELECT p.id FROM partners p LEFT JOIN partner_levels lv ON lv.id = p.level_id "
                       "LEFT JOIN areas ar ON ar.id = p.area_id LEFT JOIN users u ON u.id = "
                       "p.account_manager_id WHERE p.archived_at IS NOT NULL ORDER BY ")
            + orderBy);
    QVERIFY(expected.size() > 100);
    PartnerFilter f;
    f.archived = PartnerFilter::Archived::Only;
    const PartnerSort sort {PartnerColumn(column), descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    test::comparePagesWith(PartnerDirectory(m_t->db), f, sort, expected, expected.size() / 2);
}

// Current and archived partners at once: each half walks its own index and the two are merged.
void TestPartnerDirectory::allPagesMatchPlainQuery()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, orderBy);
    const PartnerSort sort {PartnerColumn(column), descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    PartnerDirectory dir(m_t->db);
    for (const bool withKind : {false, true}) {
        QList<qint64> expected;
        auto q = sql::exec(m_t->db.sql(),
            QStringLiteral("SELECT p.id FROM partners p LEFT JOIN partner_levels lv ON lv.id = p.level_id "
                           "LEFT JOIN areas ar ON ar.id = p.area_id LEFT JOIN users u ON u.id = "
                           "p.account_manager_id WHERE %1 ORDER BY ")
                    .arg(withKind ? QStringLiteral("p.kind = 'dealer'") : QStringLiteral("1"))
                + orderBy);
        QVERIFY(q.ok());
        while (q.value().next())
            expected << q.value().value(0).toLongLong();
        PartnerFilter f;
        f.archived = PartnerFilter::Archived::Include;
        if (withKind)
            f.kind = PartnerKind::Dealer;
        const qint64 total = dir.count(f).value();
        QCOMPARE(total, qint64(expected.size()));
        QList<qint64> got;
        for (qint64 offset = 0; offset < total; offset += 89) {
            auto rows = dir.page(f, sort, offset, 89, total);
            QVERIFY2(rows.ok(), qPrintable(rows.error().toString()));
            for (const auto &r : rows.value())
                got << r.id;
        }
        QCOMPARE(got, expected);
    }
}

void TestPartnerDirectory::pagesMatchPlainQuery()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, orderBy);
    QSqlDatabase db = m_t->db.sql();
    QList<qint64> expected;
    auto q = sql::exec(db,
        QStringLiteral("SELECT p.id FROM partners p LEFT JOIN partner_levels lv ON lv.id = p.level_id "
                       "LEFT JOIN areas ar ON ar.id = p.area_id LEFT JOIN users u ON u.id = "
                       "p.account_manager_id WHERE p.archived_at IS NULL ORDER BY ")
            + orderBy);
    QVERIFY(q.ok());
    while (q.value().next())
        expected << q.value().value(0).toLongLong();

    PartnerDirectory dir(m_t->db);
    const PartnerSort sort {PartnerColumn(column), descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    const qint64 total = dir.count({}).value();
    QCOMPARE(total, qint64(expected.size()));
    // Pages of an odd size so page borders fall everywhere, read forwards and from the far end.
    QList<qint64> got;
    for (qint64 offset = 0; offset < total; offset += 97) {
        auto rows = dir.page({}, sort, offset, 97, total);
        QVERIFY2(rows.ok(), qPrintable(rows.error().toString()));
        for (const auto &r : rows.value())
            got << r.id;
    }
    QCOMPARE(got, expected);
    // Without the total (no reversal) the answer is the same.
    auto last = dir.page({}, sort, total - 5, 50);
    QCOMPARE(last->size(), 5);
    QCOMPARE(last->last().id, expected.last());
}

void TestPartnerDirectory::searchPagesMatchPlainQuery_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("archived"); // PartnerFilter::Archived
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("orderBy");
    const int current = int(PartnerFilter::Archived::Hide);
    const int only = int(PartnerFilter::Archived::Only);
    const int all = int(PartnerFilter::Archived::Include);
    const int name = int(PartnerColumn::Name);
    const QString byName = QStringLiteral("p.name COLLATE NOCASE, p.id");
    const QString byNameDesc = QStringLiteral("p.name COLLATE NOCASE DESC, p.id DESC");
    // A search alone by name reads the narrow index of schema 12; the others read the rows.
    QTest::newRow("current by name") << "partner 2" << current << name << false << byName;
    QTest::newRow("current by name desc") << "partner 2" << current << name << true << byNameDesc;
    QTest::newRow("archived by name") << "partner 2" << only << name << false << byName;
    QTest::newRow("all by name") << "partner 2" << all << name << false << byName;
    QTest::newRow("all by name desc") << "partner 1" << all << name << true << byNameDesc;
    QTest::newRow("current by city") << "partner 2" << current << int(PartnerColumn::City) << false
                                     << "p.city COLLATE NOCASE, p.id";
    QTest::newRow("city word by name") << "zur" << all << name << false << byName;
}

// A search alone, in any archived state: the same pages as a plain query over the search index.
void TestPartnerDirectory::searchPagesMatchPlainQuery()
{
    QFETCH(QString, search);
    QFETCH(int, archived);
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, orderBy);
    PartnerFilter f;
    f.search = search;
    f.archived = PartnerFilter::Archived(archived);
    const QString state = f.archived == PartnerFilter::Archived::Hide
        ? QStringLiteral("p.archived_at IS NULL")
        : f.archived == PartnerFilter::Archived::Only ? QStringLiteral("p.archived_at IS NOT NULL")
                                                      : QStringLiteral("1");
    QList<qint64> expected;
    auto q = sql::exec(m_t->db.sql(),
        QStringLiteral("SELECT p.id FROM partners p WHERE p.id IN (SELECT rowid FROM partner_fts WHERE "
                       "partner_fts MATCH ?) AND %1 ORDER BY %2")
            .arg(state, orderBy),
        {fulltext::matchQuery(search)});
    QVERIFY2(q.ok(), qPrintable(q.error().toString()));
    while (q.value().next())
        expected << q.value().value(0).toLongLong();
    QVERIFY(expected.size() > 20);
    const PartnerSort sort {PartnerColumn(column), descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    test::comparePagesWith(PartnerDirectory(m_t->db), f, sort, expected, expected.size() / 2, 37);
}

void TestPartnerDirectory::filtersCount_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<PartnerFilter>("filter");
    PartnerFilter f;
    f.kind = PartnerKind::Distributor;
    QTest::newRow("kind") << "kind = 'distributor' AND archived_at IS NULL" << f;
    f = {};
    f.status = PartnerStatus::Suspended;
    f.country = QStringLiteral("de");
    QTest::newRow("status + country")
        << "status = 'suspended' AND country = 'DE' AND archived_at IS NULL" << f;
    f = {};
    f.levelId = 2;
    f.areaId = 1;
    QTest::newRow("level + area") << "level_id = 2 AND area_id = 1 AND archived_at IS NULL" << f;
    f = {};
    f.archived = PartnerFilter::Archived::Only;
    QTest::newRow("archived only") << "archived_at IS NOT NULL" << f;
    f.archived = PartnerFilter::Archived::Include;
    QTest::newRow("all") << "1" << f;
    f = {};
    f.search = QStringLiteral("zur");
    QTest::newRow("search city folded") << "city = 'Zürich' AND archived_at IS NULL" << f;
    f.kind = PartnerKind::Agent;
    QTest::newRow("search + kind") << "city = 'Zürich' AND kind = 'agent' AND archived_at IS NULL" << f;
    f = {};
    f.search = QStringLiteral("   ");
    QTest::newRow("blank search = no search") << "archived_at IS NULL" << f;
}

void TestPartnerDirectory::filtersCount()
{
    QFETCH(QString, where);
    QFETCH(PartnerFilter, filter);
    QSqlDatabase db = m_t->db.sql();
    const auto expected = sql::scalar(db, QStringLiteral("SELECT count(*) FROM partners WHERE ") + where)
                              .value()
                              .toLongLong();
    PartnerDirectory dir(m_t->db);
    QCOMPARE(dir.count(filter).value(), expected);
    qint64 streamed = 0;
    QVERIFY(dir.forEach(filter, {},
                   [&](const PartnerRow &) {
                       ++streamed;
                       return true;
                   })
                .ok());
    QCOMPARE(streamed, expected);
}

void TestPartnerDirectory::ftsQueryQuotesWords_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("one word") << "acme"
                              << "\"acme\"*";
    QTest::newRow("two words, extra space") << "  acme   gmbh "
                                            << "\"acme\"* AND \"gmbh\"*";
    QTest::newRow("quotes dropped") << "\"acme"
                                    << "\"acme\"*";
    QTest::newRow("operators literal") << "a OR b"
                                       << "\"a\"* AND \"OR\"* AND \"b\"*";
    QTest::newRow("umlaut: both spellings") << "Müller gmbh"
                                            << "(\"Müller\"* OR \"Mueller\"*) AND \"gmbh\"*";
    QTest::newRow("sharp s") << "straße"
                             << "(\"straße\"* OR \"strasse\"*)";
}

void TestPartnerDirectory::ftsQueryQuotesWords()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(fulltext::matchQuery(input), expected);
}

// ä/ö/ü/ß are found written out (ae/oe/ue/ss) and the other way round, in every indexed column:
// name, legal name, city, area and the contacts.
void TestPartnerDirectory::germanSpellings_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected"); // codes, sorted
    QTest::newRow("oe finds ö") << "Soehne" << QStringList {QStringLiteral("G1")};
    QTest::newRow("ö finds ö") << "Söhne" << QStringList {QStringLiteral("G1")};
    QTest::newRow("accent folding still works") << "sohne" << QStringList {QStringLiteral("G1")};
    QTest::newRow("ue finds ü, and ue")
        << "Mueller" << QStringList {QStringLiteral("G1"), QStringLiteral("G2")};
    QTest::newRow("ü finds ü and ue") << "Müller" << QStringList {QStringLiteral("G1"), QStringLiteral("G2")};
    QTest::newRow("u finds ü, not ue") << "muller" << QStringList {QStringLiteral("G1")};
    QTest::newRow("ss finds ß (city)") << "Gross-Gerau" << QStringList {QStringLiteral("G3")};
    QTest::newRow("ß finds ss (legal name)") << "Straßenbau" << QStringList {QStringLiteral("G3")};
    QTest::newRow("contact name") << "Juergen" << QStringList {QStringLiteral("G2")};
    QTest::newRow("area") << "Sued" << QStringList {QStringLiteral("G3")};
    QTest::newRow("capital umlaut") << "Oelmuehle" << QStringList {QStringLiteral("G4")};
    QTest::newRow("two words, mixed") << "Mueller Söhne" << QStringList {QStringLiteral("G1")};
    QTest::newRow("no false friend") << "Suess" << QStringList {};
}

void TestPartnerDirectory::germanSpellings()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    TempDatabase t;
    QSqlDatabase db = t.db.sql();
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    QVERIFY(sql::run(db, QStringLiteral("INSERT INTO areas(id, name) VALUES (1, 'Süd')")).ok());
    const auto partner = [&](const QString &code, const QString &name, const QString &legal,
                             const QString &city, QVariant area) {
        return sql::run(db,
            QStringLiteral("INSERT INTO partners (code, name, legal_name, kind, city, country, status, "
                           "area_id, created_at, updated_at) VALUES (?, ?, ?, 'dealer', ?, 'DE', 'active', "
                           "?, ?, ?)"),
            {code, name, legal, city, area, now, now});
    };
    const QVariant noArea(QMetaType::fromType<qint64>());
    QVERIFY(partner(QStringLiteral("G1"), QStringLiteral("Gebr. Müller & Söhne"), QString(),
        QStringLiteral("Kiel"), noArea)
                .ok());
    QVERIFY(partner(
        QStringLiteral("G2"), QStringLiteral("Mueller Technik"), QString(), QStringLiteral("Bremen"), noArea)
                .ok());
    QVERIFY(partner(QStringLiteral("G3"), QStringLiteral("Hansa Bau"), QStringLiteral("Hansa Strassenbau AG"),
        QStringLiteral("Groß-Gerau"), qint64(1))
                .ok());
    QVERIFY(partner(QStringLiteral("G4"), QStringLiteral("ÖLMÜHLE NORD"), QString(), QString(), noArea).ok());
    QVERIFY(sql::run(db,
        QStringLiteral("INSERT INTO contacts (partner_id, name, email, created_at, updated_at) "
                       "SELECT id, 'Jürgen Weiß', 'jw@example.de', ?, ? FROM partners WHERE code = 'G2'"),
        {now, now})
                .ok());

    PartnerFilter f;
    f.search = search;
    QStringList got;
    QVERIFY(PartnerDirectory(t.db)
                .forEach(f, {},
                    [&](const PartnerRow &r) {
                        got << r.code;
                        return true;
                    })
                .ok());
    got.sort();
    QCOMPARE(got, expected);
    QCOMPARE(PartnerDirectory(t.db).count(f).value(), qint64(expected.size()));
}

// The written-out spelling follows renames, area renames and contact changes.
void TestPartnerDirectory::germanSpellingsFollowEdits()
{
    TempDatabase t;
    QSqlDatabase db = t.db.sql();
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    QVERIFY(sql::run(db, QStringLiteral("INSERT INTO areas(id, name) VALUES (1, 'Nord')")).ok());
    QVERIFY(sql::run(db,
        QStringLiteral("INSERT INTO partners (id, code, name, kind, country, status, area_id, created_at, "
                       "updated_at) VALUES (1, 'E1', 'Bäcker', 'dealer', 'DE', 'active', 1, ?, ?)"),
        {now, now})
                .ok());
    const auto found = [&](const QString &search) {
        PartnerFilter f;
        f.search = search;
        return PartnerDirectory(t.db).count(f).value();
    };
    QCOMPARE(found(QStringLiteral("Baecker")), 1);
    QVERIFY(sql::run(db, QStringLiteral("UPDATE partners SET name = 'Schmidt' WHERE id = 1")).ok());
    QCOMPARE(found(QStringLiteral("Baecker")), 0);
    QVERIFY(sql::run(db, QStringLiteral("UPDATE areas SET name = 'Münsterland' WHERE id = 1")).ok());
    QCOMPARE(found(QStringLiteral("Muenster")), 1);
    QVERIFY(sql::run(db,
        QStringLiteral("INSERT INTO contacts (id, partner_id, name, created_at, updated_at) "
                       "VALUES (1, 1, 'Jörg', ?, ?)"),
        {now, now})
                .ok());
    QCOMPARE(found(QStringLiteral("Joerg")), 1);
    QVERIFY(sql::run(db, QStringLiteral("UPDATE contacts SET name = 'Jan' WHERE id = 1")).ok());
    QCOMPARE(found(QStringLiteral("Joerg")), 0);
    QCOMPARE(found(QStringLiteral("Muenster")), 1);
    QVERIFY(sql::run(db, QStringLiteral("DELETE FROM contacts WHERE id = 1")).ok());
    QCOMPARE(found(QStringLiteral("Muenster")), 1);
    auto check = t.db.check();
    QVERIFY2(check.ok() && check.value().isEmpty(),
        qPrintable(check.ok() ? check.value().join(QLatin1Char('\n')) : QString()));
}

void TestPartnerDirectory::forEachStopsWhenAsked()
{
    int seen = 0;
    QVERIFY(PartnerDirectory(m_t->db).forEach({}, {}, [&](const PartnerRow &) { return ++seen < 10; }).ok());
    QCOMPARE(seen, 10);
}

void TestPartnerDirectory::pageOutsideRangeIsEmpty()
{
    PartnerDirectory dir(m_t->db);
    const qint64 total = dir.count({}).value();
    QVERIFY(dir.page({}, {}, total, 10, total)->isEmpty());
    QVERIFY(dir.page({}, {}, total + 100, 10, total)->isEmpty());
    QVERIFY(dir.page({}, {}, 0, 0, total)->isEmpty());
}

void TestPartnerDirectory::broadSearchWalksTheSortIndex_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("orderBy");
    QTest::newRow("name") << int(PartnerColumn::Name) << false << "name COLLATE NOCASE, id";
    QTest::newRow("name desc") << int(PartnerColumn::Name) << true << "name COLLATE NOCASE DESC, id DESC";
    QTest::newRow("city") << int(PartnerColumn::City) << false << "city COLLATE NOCASE, id";
    QTest::newRow("code desc") << int(PartnerColumn::Code) << true << "code DESC";
}

// A search that matches most partners is counted "at least 10,000" at once and its pages come from
// walking the sort index; they are the same rows as the plain query's, at the start, in the middle
// and read from the far end once the exact count is known.
void TestPartnerDirectory::broadSearchWalksTheSortIndex()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, orderBy);
    static std::unique_ptr<TempDatabase> t;
    constexpr int kMany = 12000;
    if (!t) {
        t = std::make_unique<TempDatabase>();
        QSqlDatabase db = t->db.sql();
        Transaction tx(db);
        QVERIFY(tx.begin().ok());
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO partners (code, name, city, archived_at, created_at, "
                                         "updated_at) VALUES (?, ?, ?, ?, '2026-01-01', '2026-01-01')")));
        QRandomGenerator rng(7);
        for (int i = 0; i < kMany; ++i) {
            // Eleven in twelve are "Nord…": a search for "nor" matches most of the table.
            const bool nord = i % 12 != 0;
            q.addBindValue(QStringLiteral("B%1").arg(i, 6, 10, QLatin1Char('0')));
            q.addBindValue(QStringLiteral("%1 %2")
                               .arg(nord ? QStringLiteral("Nordwind") : QStringLiteral("Sudhaus"))
                               .arg(rng.bounded(5000)));
            q.addBindValue(QStringLiteral("City %1").arg(rng.bounded(400)));
            q.addBindValue(i % 50 == 0 ? QVariant(QStringLiteral("2026-01-02"))
                                       : QVariant(QMetaType::fromType<QString>()));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(tx.commit().ok());
    }
    PartnerFilter filter;
    filter.search = QStringLiteral("nor");
    PartnerDirectory dir(t->db);
    auto quick = dir.quickCount(filter);
    QVERIFY(quick.ok());
    QCOMPARE(quick->first, fulltext::kBroadMatches);
    QVERIFY(!quick->second);
    auto q = sql::exec(t->db.sql(),
        QStringLiteral("SELECT id FROM partners WHERE archived_at IS NULL AND name LIKE 'Nord%' ORDER BY ")
            + orderBy);
    QVERIFY(q.ok());
    QList<qint64> expected;
    while (q.value().next())
        expected << q.value().value(0).toLongLong();
    const qint64 total = dir.count(filter).value();
    QCOMPARE(total, qint64(expected.size()));
    const PartnerSort sort {PartnerColumn(column), descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    for (const qint64 offset : {qint64(0), qint64(3001), total - 40}) {
        auto rows = dir.page(filter, sort, offset, 50, offset > 0 ? total : -1);
        QVERIFY2(rows.ok(), qPrintable(rows.error().toString()));
        QCOMPARE(rows->size(), int(std::min<qint64>(50, total - offset)));
        for (int i = 0; i < rows->size(); ++i)
            QCOMPARE(rows->at(i).id, expected.at(offset + i));
    }
    // A narrow search is counted exactly at once.
    filter.search = QStringLiteral("sudhaus");
    quick = dir.quickCount(filter);
    QVERIFY(quick.ok());
    QVERIFY(quick->second);
    QCOMPARE(quick->first, dir.count(filter).value());
}

void TestPartnerDirectory::combinedFiltersCountLazily_data()
{
    QTest::addColumn<bool>("kind");
    QTest::addColumn<bool>("country");
    QTest::addColumn<QString>("countryCode");
    QTest::addColumn<qint64>("quick");
    QTest::addColumn<bool>("exact");
    // 10,500 German dealers and 300 French ones. Without a search, one criterion or none counts up
    // to "10,000+" at once.
    QTest::newRow("one criterion, many rows: at least")
        << false << true << "DE" << fulltext::kBroadMatches << false;
    QTest::newRow("one criterion, few rows: exact") << false << true << "FR" << qint64(300) << true;
    QTest::newRow("two criteria, many rows: at least")
        << true << true << "DE" << fulltext::kQuickCountCap << false;
    QTest::newRow("two criteria, few rows: exact") << true << true << "FR" << qint64(300) << true;
    QTest::newRow("no criterion: at least") << false << false << "" << fulltext::kBroadMatches << false;
}

void TestPartnerDirectory::combinedFiltersCountLazily()
{
    QFETCH(bool, kind);
    QFETCH(bool, country);
    QFETCH(QString, countryCode);
    QFETCH(qint64, quick);
    QFETCH(bool, exact);
    TempDatabase t;
    {
        QSqlDatabase db = t.db.sql();
        Transaction tx(db);
        QVERIFY(tx.begin().ok());
        QSqlQuery q(db);
        QVERIFY(q.prepare(
            QStringLiteral("INSERT INTO partners (code, name, kind, country, created_at, updated_at) "
                           "VALUES (?, ?, 'dealer', ?, '2026-01-01', '2026-01-01')")));
        for (int i = 0; i < 10800; ++i) {
            q.addBindValue(QStringLiteral("C%1").arg(i));
            q.addBindValue(QStringLiteral("Dealer %1").arg(i));
            q.addBindValue(i < 10500 ? QStringLiteral("DE") : QStringLiteral("FR"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(tx.commit().ok());
    }
    PartnerFilter f;
    if (kind)
        f.kind = PartnerKind::Dealer;
    if (country)
        f.country = countryCode;
    PartnerDirectory dir(t.db);
    auto counted = dir.quickCount(f);
    QVERIFY2(counted.ok(), qPrintable(counted.error().toString()));
    QCOMPARE(counted->first, quick);
    QCOMPARE(counted->second, exact);
    // The exact count the model asks for afterwards.
    const qint64 total = dir.count(f).value();
    QCOMPARE(total, country ? (countryCode == QLatin1String("DE") ? 10500 : 300) : 10800);
    // And the pages: many matches walk the sort index (the set of matches gathered once), few are
    // sorted; both are the plain query's rows, from the start, the middle and the far end.
    QStringList where;
    if (kind)
        where << QStringLiteral("kind = 'dealer'");
    if (country)
        where << QStringLiteral("country = '%1'").arg(countryCode);
    where << QStringLiteral("archived_at IS NULL");
    for (const bool descending : {false, true}) {
        auto q = sql::exec(t.db.sql(),
            QStringLiteral("SELECT id FROM partners WHERE %1 ORDER BY name COLLATE NOCASE %2, id %2")
                .arg(where.join(QStringLiteral(" AND ")),
                    descending ? QStringLiteral("DESC") : QStringLiteral("ASC")));
        QVERIFY(q.ok());
        QList<qint64> expected;
        while (q.value().next())
            expected << q.value().value(0).toLongLong();
        const PartnerSort sort {PartnerColumn::Name, descending ? Qt::DescendingOrder : Qt::AscendingOrder};
        for (const qint64 offset : {qint64(0), total / 2, total - 40}) {
            for (const qint64 known : {total, qint64(-1)}) {
                auto page = dir.page(f, sort, offset, 64, known);
                QVERIFY2(page.ok(), qPrintable(page.error().toString()));
                QList<qint64> ids;
                for (const PartnerRow &r : page.value())
                    ids << r.id;
                QCOMPARE(ids, expected.mid(offset, 64));
            }
        }
    }
}

const TempDatabase &TestPartnerDirectory::many()
{
    static std::unique_ptr<TempDatabase> t;
    if (!t) {
        t = std::make_unique<TempDatabase>();
        if (!sql::run(t->db.sql(), QStringLiteral("INSERT INTO areas(name) VALUES ('South'), ('North')"))
                 .ok())
            qFatal("cannot add areas");
        test::fillRows(t->db,
            QStringLiteral("INSERT INTO partners (code, name, kind, city, country, area_id, archived_at, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, (SELECT id FROM areas "
                           "WHERE name = ?), ?, '2026-01-01', ?)"),
            40000, [](int i) -> QVariantList {
                return {QStringLiteral("P%1").arg((i * 7919) % 40000, 5, 10, QLatin1Char('0')),
                    (i % 7 ? QStringLiteral("Partner %1") : QStringLiteral("partner %1"))
                        .arg((i * 31) % 3000),
                    i % 50 == 7 ? QStringLiteral("agent") : QStringLiteral("dealer"),
                    QStringLiteral("City %1").arg((i * 13) % 200),
                    i % 10 == 0       ? QStringLiteral("FR")
                        : i % 13 == 0 ? QStringLiteral("NL")
                                      : QStringLiteral("DE"),
                    i % 4 == 0       ? QStringLiteral("North")
                        : i % 4 == 1 ? QStringLiteral("South")
                                     : QString(),
                    i % 40 == 3 ? QVariant(QStringLiteral("2026-02-01")) : test::nullText(),
                    QStringLiteral("2026-03-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'))};
            });
    }
    return *t;
}

namespace {

// An order the many() partners are compared in: its name, column and plain ORDER BY (%1: the
// direction; lookups joined as ar and l).
using SortCase = std::tuple<const char *, PartnerColumn, const char *>;

QList<SortCase> sortCases(std::initializer_list<const char *> names)
{
    static const QList<SortCase> all = {
        {"code", PartnerColumn::Code, "p.code%1"},
        {"name", PartnerColumn::Name, "p.name COLLATE NOCASE%1, p.id%1"},
        {"kind", PartnerColumn::Kind, "p.kind%1, p.id%1"},
        {"city", PartnerColumn::City, "p.city COLLATE NOCASE%1, p.id%1"},
        {"country", PartnerColumn::Country, "p.country%1, p.city COLLATE NOCASE%1, p.id%1"},
        {"area", PartnerColumn::Area, "ar.name COLLATE NOCASE%1, ar.id%1, p.id%1"},
        {"level", PartnerColumn::Level, "l.name COLLATE NOCASE%1, l.id%1, p.id%1"},
        {"updated", PartnerColumn::Updated, "p.updated_at%1, p.id%1"},
    };
    QList<SortCase> out;
    for (const char *name : names) {
        for (const SortCase &c : all) {
            if (qstrcmp(std::get<0>(c), name) == 0)
                out << c;
        }
    }
    return out;
}

} // namespace

void TestPartnerDirectory::oneCriterionPagesMatchPlainQuery_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("orderBy");
    const QList<SortCase> sorts = sortCases({"code", "name", "city", "country", "area", "level", "updated"});
    for (const char *country : {"DE", "FR"}) {
        for (const auto &[name, column, orderBy] : sorts) {
            for (const bool descending : {false, true}) {
                QTest::addRow("%s by %s%s", country, name, descending ? " desc" : "")
                    << QString::fromLatin1(country) << int(column) << descending
                    << QString::fromLatin1(orderBy).arg(descending ? QStringLiteral(" DESC") : QString());
            }
        }
    }
}

// One criterion whose matches are gathered into a set (DE) or sorted (FR): the first, a middle
// and the last page, and the stream, are those of the plain query.
void TestPartnerDirectory::oneCriterionPagesMatchPlainQuery()
{
    QFETCH(QString, country);
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, orderBy);
    const TempDatabase &t = many();
    const QList<qint64> expected = test::idsOf(t.db,
        QStringLiteral("SELECT p.id FROM partners p LEFT JOIN areas ar ON ar.id = p.area_id "
                       "LEFT JOIN partner_levels l ON l.id = p.level_id "
                       "WHERE p.archived_at IS NULL AND p.country = ? ORDER BY ")
            + orderBy,
        {country});
    PartnerFilter f;
    f.country = country;
    const PartnerSort sort {PartnerColumn(column), descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    test::comparePagesWith(PartnerDirectory(t.db), f, sort, expected, expected.size() / 2);
}

void TestPartnerDirectory::fixedLookupPagesMatchPlainQuery_data()
{
    QTest::addColumn<bool>("withCountry");
    QTest::addColumn<bool>("descending");
    QTest::newRow("area North") << false << false;
    QTest::newRow("area North, descending") << false << true;
    QTest::newRow("area North in DE") << true << false;
    QTest::newRow("area North in DE, descending") << true << true;
}

// Sorted by the area the filter fixes: one entry, so the partners come in id order, read along
// the area's index; the pages are those of the plain query by the area's name.
void TestPartnerDirectory::fixedLookupPagesMatchPlainQuery()
{
    QFETCH(bool, withCountry);
    QFETCH(bool, descending);
    const TempDatabase &t = many();
    const qint64 north = test::count(t.db, QStringLiteral("SELECT id FROM areas WHERE name = 'North'"));
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    const QList<qint64> expected = test::idsOf(t.db,
        QStringLiteral(
            "SELECT p.id FROM partners p JOIN areas ar ON ar.id = p.area_id WHERE p.archived_at IS "
            "NULL AND p.area_id = ?%1 ORDER BY ar.name COLLATE NOCASE%2, ar.id%2, p.id%2")
            .arg(withCountry ? QStringLiteral(" AND p.country = 'DE'") : QString(), dir),
        {north});
    PartnerFilter f;
    f.areaId = north;
    if (withCountry)
        f.country = QStringLiteral("DE");
    const PartnerSort sort {PartnerColumn::Area, descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    test::comparePagesWith(PartnerDirectory(t.db), f, sort, expected, expected.size() / 2);
}

void TestPartnerDirectory::allByLookupPagesMatchPlainQuery_data()
{
    QTest::addColumn<bool>("withCountry");
    QTest::addColumn<bool>("descending");
    QTest::newRow("all by area") << false << false;
    QTest::newRow("all by area, descending") << false << true;
    QTest::newRow("all in DE by area") << true << false;
    QTest::newRow("all in DE by area, descending") << true << true;
}

// Current and archived partners sorted by a lookup, more than are sorted at once: the lookup is
// walked in two halves, current and archived, merged; partners without an area first (ascending).
void TestPartnerDirectory::allByLookupPagesMatchPlainQuery()
{
    QFETCH(bool, withCountry);
    QFETCH(bool, descending);
    const TempDatabase &t = many();
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    const QList<qint64> expected = test::idsOf(t.db,
        QStringLiteral("SELECT p.id FROM partners p LEFT JOIN areas ar ON ar.id = p.area_id WHERE %1 "
                       "ORDER BY ar.name%2, ar.id%2, p.id%2")
            .arg(withCountry ? QStringLiteral("p.country = 'DE'") : QStringLiteral("1"), dir));
    QVERIFY(expected.size() >= PagedQuery::kSortMatchesBelow);
    PartnerFilter f;
    f.archived = PartnerFilter::Archived::Include;
    if (withCountry)
        f.country = QStringLiteral("DE");
    const PartnerSort sort {PartnerColumn::Area, descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    test::comparePagesWith(PartnerDirectory(t.db), f, sort, expected, expected.size() / 2);
}

void TestPartnerDirectory::combinedPagesMatchPlainQuery_data()
{
    QTest::addColumn<bool>("inNorth");
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("orderBy");
    const QList<SortCase> sorts = sortCases({"code", "name", "kind", "country", "city", "area", "level"});
    for (const bool inNorth : {false, true}) {
        for (const auto &[name, column, orderBy] : sorts) {
            for (const bool descending : {false, true}) {
                QTest::addRow(
                    "dealers in DE%s by %s%s", inNorth ? " and North" : "", name, descending ? " desc" : "")
                    << inNorth << int(column) << descending
                    << QString::fromLatin1(orderBy).arg(descending ? QStringLiteral(" DESC") : QString());
            }
        }
    }
}

// Combined filters: dealers in DE (32,000: found along the sort index, each row tested, seeking
// on the kind or the country where the order leads with it) and in North too (8,000: a set of the
// matches, read in id order when sorted by the area the filter fixes). The pages and the stream
// are those of the plain query.
void TestPartnerDirectory::combinedPagesMatchPlainQuery()
{
    QFETCH(bool, inNorth);
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, orderBy);
    const TempDatabase &t = many();
    const qint64 north = test::count(t.db, QStringLiteral("SELECT id FROM areas WHERE name = 'North'"));
    const QList<qint64> expected = test::idsOf(t.db,
        QStringLiteral("SELECT p.id FROM partners p LEFT JOIN areas ar ON ar.id = p.area_id "
                       "LEFT JOIN partner_levels l ON l.id = p.level_id WHERE p.archived_at IS NULL "
                       "AND p.kind = 'dealer' AND p.country = 'DE'%1 ORDER BY ")
                .arg(inNorth ? QStringLiteral(" AND p.area_id = %1").arg(north) : QString())
            + orderBy);
    QVERIFY(inNorth || expected.size() >= 30000);
    PartnerFilter f;
    f.kind = PartnerKind::Dealer;
    f.country = QStringLiteral("DE");
    if (inNorth)
        f.areaId = north;
    const PartnerSort sort {PartnerColumn(column), descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    test::comparePagesWith(PartnerDirectory(t.db), f, sort, expected, expected.size() / 2);
}

void TestPartnerDirectory::kindByKindPagesMatchPlainQuery_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("descending");
    for (const char *kind : {"agent", "dealer"}) {
        QTest::addRow("%s", kind) << QString::fromLatin1(kind) << false;
        QTest::addRow("%s, descending", kind) << QString::fromLatin1(kind) << true;
    }
}

// One kind sorted by kind: the kind's range of its index, in id order (800 agents, 39,000 dealers).
void TestPartnerDirectory::kindByKindPagesMatchPlainQuery()
{
    QFETCH(QString, kind);
    QFETCH(bool, descending);
    const TempDatabase &t = many();
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    const QList<qint64> expected = test::idsOf(t.db,
        QStringLiteral("SELECT id FROM partners WHERE archived_at IS NULL AND kind = ? ORDER BY kind%1, id%1")
            .arg(dir),
        {kind});
    PartnerFilter f;
    f.kind = Partner::kindFromKey(kind);
    const PartnerSort sort {PartnerColumn::Kind, descending ? Qt::DescendingOrder : Qt::AscendingOrder};
    test::comparePagesWith(PartnerDirectory(t.db), f, sort, expected, expected.size() / 2);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestPartnerDirectory)
#include "tst_partnerdirectory.moc"