// Tests of the typed settings: values round-trip through QSettings and lists stay bounded.

#include "settings.h"
#include "testmain.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void recentFiles();
    void lastDatabase();
    void windowAndHeaderState();
    void journalMode_data();
    void journalMode();
    void language();

private:
    QTemporaryDir m_config;
};

void TestSettings::initTestCase()
{
    QVERIFY(m_config.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("ChannelDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
}

void TestSettings::init()
{
    QSettings().clear();
}

void TestSettings::recentFiles()
{
    QTemporaryDir files;
    const QString a = files.filePath(QStringLiteral("a.sqlite"));
    const QString b = files.filePath(QStringLiteral("b.sqlite"));
    {
        Settings s;
        QVERIFY(s.recentFiles().isEmpty());
        s.addRecentFile(a);
        s.addRecentFile(b);
        s.addRecentFile(files.filePath(QStringLiteral("sub/../a.sqlite"))); // the same file, moves to the top
        s.addRecentFile(QString());
    }
    Settings s;
    QCOMPARE(s.recentFiles(), (QStringList {a, b}));
    for (int i = 0; i < Settings::MaxRecentFiles + 3; ++i)
        s.addRecentFile(files.filePath(QStringLiteral("%1.sqlite").arg(i)));
    QCOMPARE(s.recentFiles().size(), Settings::MaxRecentFiles);
    QCOMPARE(s.recentFiles().first(),
        files.filePath(QStringLiteral("%1.sqlite").arg(Settings::MaxRecentFiles + 2)));
    s.removeRecentFile(s.recentFiles().first());
    QCOMPARE(s.recentFiles().size(), Settings::MaxRecentFiles - 1);
    s.clearRecentFiles();
    QVERIFY(s.recentFiles().isEmpty());
}

void TestSettings::lastDatabase()
{
    Settings s;
    QVERIFY(s.lastDatabase().isEmpty());
    s.setLastDatabase(QDir::temp().filePath(QStringLiteral("x/../registry.sqlite")));
    QCOMPARE(Settings().lastDatabase(), QDir::temp().filePath(QStringLiteral("registry.sqlite")));
}

void TestSettings::windowAndHeaderState()
{
    {
        Settings s;
        s.setWindowGeometry(QByteArray("geometry"));
        s.setWindowState(QByteArray("state"));
        s.setHeaderState(Settings::Table::Partners, QByteArray("partners"));
        s.setHeaderState(Settings::Table::Customers, QByteArray("customers"));
    }
    Settings s;
    QCOMPARE(s.windowGeometry(), QByteArray("geometry"));
    QCOMPARE(s.windowState(), QByteArray("state"));
    QCOMPARE(s.headerState(Settings::Table::Partners), QByteArray("partners"));
    QCOMPARE(s.headerState(Settings::Table::Customers), QByteArray("customers"));
    s.clearHeaderState(Settings::Table::Partners);
    QVERIFY(s.headerState(Settings::Table::Partners).isEmpty());
    QCOMPARE(s.headerState(Settings::Table::Customers), QByteArray("customers"));
}

void TestSettings::journalMode_data()
{
    QTest::addColumn<JournalMode>("mode");
    QTest::newRow("auto") << JournalMode::Auto;
    QTest::newRow("local") << JournalMode::Local;
    QTest::newRow("shared") << JournalMode::Shared;
}

void TestSettings::journalMode()
{
    QFETCH(JournalMode, mode);
    QCOMPARE(Settings().journalMode(), JournalMode::Auto); // the default
    Settings().setJournalMode(mode);
    QCOMPARE(Settings().journalMode(), mode);
}

void TestSettings::language()
{
    QVERIFY(Settings().language().isEmpty());
    Settings().setLanguage(QStringLiteral("de"));
    QCOMPARE(Settings().language(), QStringLiteral("de"));
    Settings().setLanguage(QString());
    QVERIFY(Settings().language().isEmpty());
}

CHANNELDESK_TEST_MAIN(TestSettings)
#include "tst_settings.moc"
