#include "db/database.h"
#include "db/sql.h"
#include "testmain.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsAndMigrates();
    void refusesNewerSchema();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void journalMode_data();
    void journalMode();
    void backupCopiesEverything();
    void checkFindsNoProblemsInFreshDatabase();
};

void TestDatabase::createsAndMigrates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    auto db = Database::open({path});
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    auto levels = sql::scalar(db->sql(), QStringLiteral("SELECT count(*) FROM partner_levels"));
    QVERIFY(levels.ok());
    QCOMPARE(levels.value().toInt(), 3);
    auto fk = sql::scalar(db->sql(), QStringLiteral("PRAGMA foreign_keys"));
    QCOMPARE(fk.value().toInt(), 1);
    // Opening again applies nothing twice.
    auto again = Database::open({path});
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    auto rows = sql::scalar(again->sql(), QStringLiteral("SELECT count(*) FROM schema_version"));
    QCOMPARE(rows.value().toInt(), Database::latestSchemaVersion());
}

void TestDatabase::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    {
        auto db = Database::open({path});
        QVERIFY(db.ok());
        QVERIFY(sql::run(db->sql(), QStringLiteral("INSERT INTO schema_version VALUES (9999, 'x', 'future')"))
                    .ok());
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    auto db = Database::open({path});
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code, Error::Code::NewerSchema);
    QVERIFY(db.error().message.contains(QLatin1String("newer version")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestDatabase::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("sqlite");
    QTest::newRow("text file") << QByteArray("hello, this is not a database\n") << false;
    QTest::newRow("other sqlite database") << QByteArray("CREATE TABLE foo(x)") << true;
}

void TestDatabase::refusesForeignFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, sqlite);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("foreign.db"));
    if (sqlite) {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QVERIFY(sql::run(raw, QString::fromUtf8(content)).ok());
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content.repeated(200));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    auto db = Database::open({path});
    QVERIFY(!db.ok());
    QVERIFY(db.error().message.contains(QLatin1String("not a ChannelDesk database")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestDatabase::journalMode_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("local") << int(JournalMode::Local) << QStringLiteral("wal");
    QTest::newRow("shared") << int(JournalMode::Shared) << QStringLiteral("delete");
    QTest::newRow("auto on a local disk") << int(JournalMode::Auto) << QStringLiteral("wal");
}

void TestDatabase::journalMode()
{
    QFETCH(int, mode);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    DatabaseOptions o;
    o.path = dir.filePath(QStringLiteral("j.sqlite"));
    o.mode = JournalMode(mode);
    auto db = Database::open(o);
    QVERIFY(db.ok());
    QCOMPARE(sql::scalar(db->sql(), QStringLiteral("PRAGMA journal_mode")).value().toString(), expected);
    QCOMPARE(db->isSharedMode(), expected == QLatin1String("delete"));
}

void TestDatabase::backupCopiesEverything()
{
    QTemporaryDir dir;
    auto db = Database::open({dir.filePath(QStringLiteral("src.sqlite"))});
    QVERIFY(db.ok());
    QVERIFY(sql::run(db->sql(), QStringLiteral("INSERT INTO areas(name) VALUES ('North')")).ok());
    const QString out = dir.filePath(QStringLiteral("copy.sqlite"));
    int lastDone = -1;
    QVERIFY(db->backupTo(out, [&](int done, int) { lastDone = done; }).ok());
    QVERIFY(lastDone > 0);
    QVERIFY(!QFile::exists(out + QStringLiteral(".partial")));
    auto copy = Database::open({out});
    QVERIFY2(copy.ok(), qPrintable(copy.error().toString()));
    QCOMPARE(sql::scalar(copy->sql(), QStringLiteral("SELECT name FROM areas")).value().toString(),
        QStringLiteral("North"));
    QVERIFY(!db->backupTo(db->path()).ok());
}

void TestDatabase::checkFindsNoProblemsInFreshDatabase()
{
    QTemporaryDir dir;
    auto db = Database::open({dir.filePath(QStringLiteral("c.sqlite"))});
    QVERIFY(db.ok());
    auto problems = db->check();
    QVERIFY2(problems.ok(), qPrintable(problems.error().toString()));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
