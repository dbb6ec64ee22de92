// End-to-end tests of the "network" commands: each runs the real channeldesk binary with QProcess
// on a database whose hierarchy the test writes itself, and checks the output against SQL.

#include "clifixture.h"
#include "db/database.h"
#include "db/sql.h"
#include "testmain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace cd::test;

class TestCliNetwork : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void treeJsonMatchesTheDatabase();
    void treeTableAndCsv();
    void move_data();
    void move();
    void linkAndUnlink();
    void distributorsJson();

private:
    Run run(const QStringList &arguments)
    {
        return channeldesk(QStringList {QStringLiteral("--db"), m_path} + arguments);
    }
    QVariant scalar(const QString &statement, const QVariantList &binds = {})
    {
        return cd::sql::scalar(m_db.sql(), statement, binds).value();
    }
    qint64 parentOf(const QString &code)
    {
        return scalar(QStringLiteral("SELECT parent_id FROM partners WHERE code = ?"), {code}).toLongLong();
    }
    qint64 idOf(const QString &code)
    {
        return scalar(QStringLiteral("SELECT id FROM partners WHERE code = ?"), {code}).toLongLong();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    cd::Database m_db;
};

void TestCliNetwork::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("network.sqlite"));
    auto db = cd::Database::open({m_path, cd::JournalMode::Local, true, QStringLiteral("tester"), 10000});
    QVERIFY2(db, qPrintable(db.error().toString()));
    m_db = db.value();
    // D1 (distributor) › R1 › S1 › T1 ; D1 › R2 ; D2 (distributor) › R3 ; X on its own (archived child XA).
    const QList<std::tuple<QString, QString, QString, int>> partners = {
        {QStringLiteral("D1"), QStringLiteral("distributor"), QString(), 2},
        {QStringLiteral("R1"), QStringLiteral("reseller"), QStringLiteral("D1"), 1},
        {QStringLiteral("S1"), QStringLiteral("reseller"), QStringLiteral("R1"), 3},
        {QStringLiteral("T1"), QStringLiteral("reseller"), QStringLiteral("S1"), 0},
        {QStringLiteral("R2"), QStringLiteral("reseller"), QStringLiteral("D1"), 1},
        {QStringLiteral("D2"), QStringLiteral("distributor"), QString(), 0},
        {QStringLiteral("R3"), QStringLiteral("reseller"), QStringLiteral("D2"), 2},
        {QStringLiteral("X"), QStringLiteral("dealer"), QString(), 1},
        {QStringLiteral("XA"), QStringLiteral("dealer"), QStringLiteral("X"), 5},
    };
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    int customer = 0;
    for (const auto &[code, kind, parent, customers] : partners) {
        QVERIFY(cd::sql::run(m_db.sql(),
            QStringLiteral(
                "INSERT INTO partners (code, name, kind, parent_id, archived_at, created_at, updated_at) "
                "VALUES (?, ?, ?, (SELECT id FROM partners WHERE code = ?), ?, ?, ?)"),
            {code, QStringLiteral("Name %1").arg(code), kind, parent,
                code == QLatin1String("XA") ? QVariant(now) : QVariant(QMetaType::fromType<QString>()), now,
                now}));
        for (int c = 0; c < customers; ++c)
            QVERIFY(cd::sql::run(m_db.sql(),
                QStringLiteral(
                    "INSERT INTO customers (code, name, partner_id, created_at, updated_at) VALUES (?, "
                    "'Customer', (SELECT id FROM partners WHERE code = ?), ?, ?)"),
                {QStringLiteral("C%1").arg(++customer), code, now, now}));
    }
}

void TestCliNetwork::cleanup()
{
    m_db = {};
    m_dir.reset();
}

void TestCliNetwork::treeJsonMatchesTheDatabase()
{
    const Run r = run({QStringLiteral("network"), QStringLiteral("tree"), QStringLiteral("--depth"),
        QStringLiteral("0"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonArray top = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(top.size(), 3); // D1, D2, X by name
    // Every node's roll-up is itself plus its children's roll-ups, and matches the database.
    std::function<void(const QJsonObject &)> check = [&](const QJsonObject &node) {
        qint64 partners = 1;
        qint64 customers = scalar(QStringLiteral("SELECT count(*) FROM customers WHERE partner_id = ?"),
            {idOf(node.value(QStringLiteral("code")).toString())})
                               .toLongLong();
        for (const QJsonValue &child : node.value(QStringLiteral("children")).toArray()) {
            check(child.toObject());
            partners += child.toObject().value(QStringLiteral("partners")).toInteger();
            customers += child.toObject().value(QStringLiteral("customers")).toInteger();
        }
        QCOMPARE(node.value(QStringLiteral("partners")).toInteger(), partners);
        QCOMPARE(node.value(QStringLiteral("customers")).toInteger(), customers);
    };
    for (const QJsonValue &v : top)
        check(v.toObject());
    const QJsonObject d1 = top.at(0).toObject();
    QCOMPARE(d1.value(QStringLiteral("code")).toString(), QStringLiteral("D1"));
    QCOMPARE(d1.value(QStringLiteral("partners")).toInteger(), 5);
    QCOMPARE(d1.value(QStringLiteral("customers")).toInteger(), 7);
    // The archived sub-dealer is neither shown nor counted.
    QCOMPARE(top.at(2).toObject().value(QStringLiteral("partners")).toInteger(), 1);

    const Run rooted = run({QStringLiteral("network"), QStringLiteral("tree"), QStringLiteral("--root"),
        QStringLiteral("R1"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(rooted.exitCode == 0, qPrintable(describe(rooted)));
    const QJsonObject r1 = QJsonDocument::fromJson(rooted.out.toUtf8()).object();
    QCOMPARE(r1.value(QStringLiteral("code")).toString(), QStringLiteral("R1"));
    QCOMPARE(r1.value(QStringLiteral("partners")).toInteger(), 3);
    QCOMPARE(r1.value(QStringLiteral("children"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
        QStringLiteral("S1"));
}

void TestCliNetwork::treeTableAndCsv()
{
    const Run table = run(
        {QStringLiteral("network"), QStringLiteral("tree"), QStringLiteral("--depth"), QStringLiteral("2")});
    QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
    QVERIFY2(table.out.contains(QStringLiteral("\n  R1")), qPrintable(table.out)); // indented one level
    QVERIFY(!table.out.contains(QStringLiteral("S1"))); // depth 2 stops above S1

    const Run csv = run({QStringLiteral("network"), QStringLiteral("tree"), QStringLiteral("--root"),
        QStringLiteral("D1"), QStringLiteral("--depth"), QStringLiteral("0"), QStringLiteral("--format"),
        QStringLiteral("csv")});
    QVERIFY2(csv.exitCode == 0, qPrintable(describe(csv)));
    const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1 + 5); // header, D1, R1, S1, T1, R2
    QVERIFY(lines.first().startsWith(QStringLiteral("depth,parent,code,name")));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("2,R1,S1,")), qPrintable(lines.at(3)));

    const Run unknown = run({QStringLiteral("network"), QStringLiteral("tree"), QStringLiteral("--root"),
        QStringLiteral("NOPE")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(QStringLiteral("--root")));
    const Run badDepth = run(
        {QStringLiteral("network"), QStringLiteral("tree"), QStringLiteral("--depth"), QStringLiteral("x")});
    QCOMPARE(badDepth.exitCode, 2);
}

void TestCliNetwork::move_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<QString>("expectedParent"); // after the command; "" = top level
    QTest::addColumn<QString>("errorText");

    QTest::newRow("under own descendant")
        << QStringList {QStringLiteral("D1"), QStringLiteral("--parent"), QStringLiteral("T1")} << 1 << "D1"
        << ""
        << "cannot be moved under";
    QTest::newRow("under itself") << QStringList {QStringLiteral("S1"), QStringLiteral("--parent"),
        QStringLiteral("S1")} << 1 << "S1"
                                  << "R1"
                                  << "own parent";
    QTest::newRow("legal") << QStringList {QStringLiteral("S1"), QStringLiteral("--parent"),
        QStringLiteral("R3")}
                           << 0 << "S1"
                           << "R3"
                           << "";
    QTest::newRow("to the top level")
        << QStringList {QStringLiteral("R2"), QStringLiteral("--root")} << 0 << "R2"
        << ""
        << "";
    QTest::newRow("neither option") << QStringList {QStringLiteral("R2")} << 2 << "R2"
                                    << "D1"
                                    << "--parent";
    QTest::newRow("both options") << QStringList {QStringLiteral("R2"), QStringLiteral("--root"),
        QStringLiteral("--parent"), QStringLiteral("D2")}
                                  << 2 << "R2"
                                  << "D1"
                                  << "--parent";
    QTest::newRow("unknown parent") << QStringList {QStringLiteral("R2"), QStringLiteral("--parent"),
        QStringLiteral("NOPE")} << 1 << "R2"
                                    << "D1"
                                    << "NOPE";
}

void TestCliNetwork::move()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, partner);
    QFETCH(QString, expectedParent);
    QFETCH(QString, errorText);
    const qint64 events
        = scalar(QStringLiteral("SELECT count(*) FROM timeline WHERE action = 'moved'")).toLongLong();
    const Run r = run(QStringList {QStringLiteral("network"), QStringLiteral("move")} + arguments);
    QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
    QCOMPARE(parentOf(partner), expectedParent.isEmpty() ? 0 : idOf(expectedParent));
    QVERIFY2(r.err.contains(errorText), qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM timeline WHERE action = 'moved'")).toLongLong(),
        events + (exitCode == 0 ? 1 : 0));
}

void TestCliNetwork::linkAndUnlink()
{
    const QStringList link = {QStringLiteral("network"), QStringLiteral("link"), QStringLiteral("D2"),
        QStringLiteral("R1"), QStringLiteral("--focus"), QStringLiteral("Territory: north")};
    Run r = run(link);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(
        scalar(QStringLiteral("SELECT focus FROM distributor_links WHERE removed_at IS NULL")).toString(),
        QStringLiteral("Territory: north"));
    r = run(link);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("already serves")));

    r = run({QStringLiteral("network"), QStringLiteral("link"), QStringLiteral("R2"), QStringLiteral("R1")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("not a distributor")));

    const QStringList unlink
        = {QStringLiteral("network"), QStringLiteral("unlink"), QStringLiteral("D2"), QStringLiteral("R1")};
    r = run(unlink);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM distributor_links WHERE removed_at IS NOT NULL")).toInt(),
        1);
    r = run(unlink);
    QCOMPARE(r.exitCode, 1);
    r = run({QStringLiteral("network"), QStringLiteral("link"), QStringLiteral("D2")});
    QCOMPARE(r.exitCode, 2);
}

void TestCliNetwork::distributorsJson()
{
    QCOMPARE(run({QStringLiteral("network"), QStringLiteral("link"), QStringLiteral("D2"),
                     QStringLiteral("R1"), QStringLiteral("--focus"), QStringLiteral("cloud")})
                 .exitCode,
        0);
    const Run r = run({QStringLiteral("network"), QStringLiteral("distributors"), QStringLiteral("--format"),
        QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 2);
    const auto codes = [](const QJsonObject &d) {
        QStringList out;
        for (const QJsonValue &v : d.value(QStringLiteral("resellers")).toArray())
            out << v.toObject().value(QStringLiteral("code")).toString() + QLatin1Char(':')
                    + v.toObject().value(QStringLiteral("relation")).toString();
        return out;
    };
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("D1"));
    QCOMPARE(
        codes(list.at(0).toObject()), (QStringList {QStringLiteral("R1:child"), QStringLiteral("R2:child")}));
    QCOMPARE(codes(list.at(1).toObject()),
        (QStringList {QStringLiteral("R1:linked"), QStringLiteral("R3:child")}));

    const Run table = run({QStringLiteral("network"), QStringLiteral("distributors")});
    QVERIFY2(table.exitCode == 0, qPrintable(describe(table)));
    QVERIFY(table.out.contains(QStringLiteral("cloud")));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestCliNetwork)
#include "tst_cli_network.moc"
