#include "../testdb.h"
#include "db/dialect.h"
#include "db/sql.h"
#include "testmain.h"

#include <QSqlQuery>
#include <QTest>

using namespace cd;
using cd::test::TempDatabase;

// The SQLite dialect: every piece of SQL it gives is run against a real database file.
class TestDialect : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void caselessOrdersWithoutCase_data();
    void caselessOrdersWithoutCase();
    void unindexedKeepsTheResult();
    void useIndexNamesTheIndex();
    void search_data();
    void search();
    void schemaObjects_data();
    void schemaObjects();
    void connectionSetup_data();
    void connectionSetup();

private:
    QStringList names(const QString &statement, const QVariantList &binds = {}) const;
    std::unique_ptr<TempDatabase> m_t;
    const sql::Dialect *m_d = nullptr;
};

void TestDialect::initTestCase()
{
    m_t = std::make_unique<TempDatabase>();
    m_d = &sql::dialect(m_t->db.sql());
    QCOMPARE(m_d->driver(), m_t->db.sql().driverName());
    const QStringList partners = {QStringLiteral("Müller & Söhne"), QStringLiteral("acme"),
        QStringLiteral("Zeta Systems"), QStringLiteral("Bravo"), QStringLiteral("ACME North")};
    int i = 0;
    for (const QString &name : partners) {
        QVERIFY(sql::run(m_t->db.sql(),
            QStringLiteral("INSERT INTO partners (code, name, kind, status, created_at, updated_at) "
                           "VALUES (?, ?, 'reseller', 'active', '2026-01-01', '2026-01-01')"),
            {QStringLiteral("P%1").arg(++i), name})
                    .ok());
    }
}

QStringList TestDialect::names(const QString &statement, const QVariantList &binds) const
{
    auto q = sql::exec(m_t->db.sql(), statement, binds);
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    QStringList out;
    while (q.value().next())
        out << q.value().value(0).toString();
    return out;
}

void TestDialect::caselessOrdersWithoutCase_data()
{
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("ascending") << Qt::AscendingOrder
                               << QStringList {QStringLiteral("acme"), QStringLiteral("ACME North"),
                                      QStringLiteral("Bravo"), QStringLiteral("Müller & Söhne"),
                                      QStringLiteral("Zeta Systems")};
    QTest::newRow("descending") << Qt::DescendingOrder
                                << QStringList {QStringLiteral("Zeta Systems"),
                                       QStringLiteral("Müller & Söhne"), QStringLiteral("Bravo"),
                                       QStringLiteral("ACME North"), QStringLiteral("acme")};
}

void TestDialect::caselessOrdersWithoutCase()
{
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QCOMPARE(names(QStringLiteral("SELECT name FROM partners p ORDER BY %1%2, p.id%2")
                       .arg(m_d->caseless(QStringLiteral("p.name")), dir)),
        expected);
    // Equality ignores case as well (keyset paging compares names this way).
    QCOMPARE(names(QStringLiteral("SELECT name FROM partners p WHERE %1 = ? ORDER BY p.id")
                       .arg(m_d->caseless(QStringLiteral("p.name"))),
                 {QStringLiteral("ACME")}),
        QStringList {QStringLiteral("acme")});
}

void TestDialect::unindexedKeepsTheResult()
{
    const QString plain = QStringLiteral("SELECT name FROM partners p WHERE p.kind = ? ORDER BY p.id");
    const QString hinted = QStringLiteral("SELECT name FROM partners p WHERE %1 = ? ORDER BY p.id")
                               .arg(m_d->unindexed(QStringLiteral("p.kind")));
    QCOMPARE(names(hinted, {QStringLiteral("reseller")}), names(plain, {QStringLiteral("reseller")}));
    QCOMPARE(names(hinted, {QStringLiteral("reseller")}).size(), 5);
    // And the planner no longer searches the kind index for it.
    auto plan
        = sql::exec(m_t->db.sql(), QStringLiteral("EXPLAIN QUERY PLAN ") + hinted, {QStringLiteral("x")});
    QVERIFY(plan.ok());
    QString details;
    while (plan.value().next())
        details += plan.value().value(3).toString() + QLatin1Char('\n');
    QVERIFY2(!details.contains(QStringLiteral("kind")), qPrintable(details));
}

void TestDialect::useIndexNamesTheIndex()
{
    const QString statement
        = QStringLiteral("SELECT login FROM users x%1 ORDER BY %2")
              .arg(m_d->useIndex(QStringLiteral("users_label")),
                  m_d->caseless(QStringLiteral("coalesce(nullif(x.display_name, ''), x.login)")));
    QVERIFY(sql::exec(m_t->db.sql(), statement).ok());
    // A hint naming an index that does not exist is an error, not silently ignored.
    QVERIFY(!sql::exec(m_t->db.sql(),
        QStringLiteral("SELECT login FROM users x%1").arg(m_d->useIndex(QStringLiteral("no_such_index"))))
                 .ok());
}

void TestDialect::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // in id order
    QTest::newRow("prefix, any case")
        << "ac" << QStringList {QStringLiteral("acme"), QStringLiteral("ACME North")};
    QTest::newRow("all words required") << "acme nor" << QStringList {QStringLiteral("ACME North")};
    QTest::newRow("accent folded") << "muller" << QStringList {QStringLiteral("Müller & Söhne")};
    QTest::newRow("German spelling") << "Soehne" << QStringList {QStringLiteral("Müller & Söhne")};
    QTest::newRow("operators are text") << "\"zeta\" OR" << QStringList {};
    QTest::newRow("no match") << "xylophone" << QStringList {};
}

void TestDialect::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QString match = m_d->searchQuery(text);
    QVERIFY(!match.isEmpty());
    QCOMPARE(names(QStringLiteral("SELECT name FROM partners p WHERE p.id IN (%1) ORDER BY p.id")
                       .arg(m_d->searchIds(QStringLiteral("partner"))),
                 {match}),
        expected);
    // Gathered into a set for a walked index, the same rows.
    QCOMPARE(
        names(QStringLiteral("SELECT name FROM partners p WHERE %1 IN (%2) ORDER BY p.id")
                  .arg(m_d->unindexed(QStringLiteral("p.id")), m_d->searchIds(QStringLiteral("partner"))),
            {match}),
        expected);
    QVERIFY(m_d->searchQuery(QStringLiteral("  \t ")).isEmpty());
}

void TestDialect::schemaObjects_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    QTest::newRow("table") << "table"
                           << "partners";
    QTest::newRow("index") << "index"
                           << "partners_children";
    QTest::newRow("trigger") << "trigger"
                             << "partners_fts_insert";
}

void TestDialect::schemaObjects()
{
    QFETCH(QString, type);
    QFETCH(QString, name);
    auto q = sql::exec(m_t->db.sql(), m_d->schemaObjects(), {type});
    QVERIFY(q.ok());
    bool found = false;
    while (q.value().next()) {
        if (q.value().value(0).toString() == name) {
            found = true;
            QVERIFY(q.value().value(1).toString().startsWith(QStringLiteral("CREATE"), Qt::CaseInsensitive));
        }
    }
    QVERIFY2(found, qPrintable(name));
}

void TestDialect::connectionSetup_data()
{
    QTest::addColumn<bool>("shared");
    QTest::addColumn<QString>("journal");
    QTest::addColumn<int>("cacheKiB");
    QTest::newRow("local file") << false << "wal" << 4000;
    QTest::newRow("network share") << true << "delete" << 2000;
}

void TestDialect::connectionSetup()
{
    QFETCH(bool, shared);
    QFETCH(QString, journal);
    QFETCH(int, cacheKiB);
    TempDatabase t;
    for (const QString &statement : m_d->connectionSetup({shared, cacheKiB}))
        QVERIFY2(sql::run(t.db.sql(), statement).ok(), qPrintable(statement));
    QCOMPARE(sql::scalar(t.db.sql(), QStringLiteral("PRAGMA journal_mode")).value().toString(), journal);
    QCOMPARE(sql::scalar(t.db.sql(), QStringLiteral("PRAGMA cache_size")).value().toInt(), -cacheKiB);
    QCOMPARE(sql::scalar(t.db.sql(), QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
