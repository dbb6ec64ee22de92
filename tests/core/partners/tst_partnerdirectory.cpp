#include "../testdb.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "partners/partnerdirectory.h"
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
    void filtersCount_data();
    void filtersCount();
    void ftsQueryQuotesWords_data();
    void ftsQueryQuotesWords();
    void forEachStopsWhenAsked();
    void pageOutsideRangeIsEmpty();

private:
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
    QVERIFY(sql::run(db, QStringLiteral("INSERT INTO areas(name) VALUES ('North'), ('South')")).ok());
    QSqlQuery q(db);
    QVERIFY(q.prepare(QStringLiteral(
        "INSERT INTO partners (code, name, legal_name, kind, city, country, status, level_id, "
        "area_id, archived_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")));
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
    QTest::newRow("name") << int(PartnerColumn::Name) << false << "name COLLATE NOCASE, id";
    QTest::newRow("name desc") << int(PartnerColumn::Name) << true << "name COLLATE NOCASE DESC, id DESC";
    QTest::newRow("code") << int(PartnerColumn::Code) << false << "code";
    QTest::newRow("code desc") << int(PartnerColumn::Code) << true << "code DESC";
    QTest::newRow("city") << int(PartnerColumn::City) << false << "city COLLATE NOCASE, id";
    QTest::newRow("country desc") << int(PartnerColumn::Country) << true << "country DESC, id DESC";
    QTest::newRow("kind") << int(PartnerColumn::Kind) << false << "kind, id";
    QTest::newRow("status") << int(PartnerColumn::Status) << false << "status, id";
    QTest::newRow("level") << int(PartnerColumn::Level) << false << "level_id, id";
    QTest::newRow("area desc") << int(PartnerColumn::Area) << true << "area_id DESC, id DESC";
    QTest::newRow("updated") << int(PartnerColumn::Updated) << false << "updated_at, id";
    QTest::newRow("legal name") << int(PartnerColumn::LegalName) << false << "legal_name COLLATE NOCASE, id";
}

void TestPartnerDirectory::pagesMatchPlainQuery()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, orderBy);
    QSqlDatabase db = m_t->db.sql();
    QList<qint64> expected;
    auto q = sql::exec(
        db, QStringLiteral("SELECT id FROM partners WHERE archived_at IS NULL ORDER BY ") + orderBy);
    QVERIFY(q.ok());
    while (q.value().next())
        expected << q.value().value(0).toLongLong();

    PartnerDirectory dir(db);
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
    PartnerDirectory dir(db);
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
                                            << "\"acme\"* \"gmbh\"*";
    QTest::newRow("quotes dropped") << "\"acme"
                                    << "\"acme\"*";
    QTest::newRow("operators literal") << "a OR b"
                                       << "\"a\"* \"OR\"* \"b\"*";
}

void TestPartnerDirectory::ftsQueryQuotesWords()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PartnerDirectory::ftsQuery(input), expected);
}

void TestPartnerDirectory::forEachStopsWhenAsked()
{
    int seen = 0;
    QVERIFY(PartnerDirectory(m_t->db.sql())
                .forEach({}, {}, [&](const PartnerRow &) { return ++seen < 10; })
                .ok());
    QCOMPARE(seen, 10);
}

void TestPartnerDirectory::pageOutsideRangeIsEmpty()
{
    PartnerDirectory dir(m_t->db.sql());
    const qint64 total = dir.count({}).value();
    QVERIFY(dir.page({}, {}, total, 10, total)->isEmpty());
    QVERIFY(dir.page({}, {}, total + 100, 10, total)->isEmpty());
    QVERIFY(dir.page({}, {}, 0, 0, total)->isEmpty());
}

CHANNELDESK_TEST_GUILESS_MAIN(TestPartnerDirectory)
#include "tst_partnerdirectory.moc"
