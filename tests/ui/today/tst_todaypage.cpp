#include "../../core/testdb.h"
#include "db/sql.h"
#include "testmain.h"
#include "today/todaypage.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace cd;

// The start page counts its cards on a worker thread and shows each count, or why it failed, on
// its own card.
class TestTodayPage : public QObject
{
    Q_OBJECT
private slots:
    void countsOnAWorker_data();
    void countsOnAWorker();
    void refreshCountsAgain();
    void withoutDatabase();
};

namespace {

Result<qint64> partnersNamed(const Database &db, const QString &prefix)
{
    auto n = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM partners WHERE name LIKE ?"),
        {QVariant(prefix + QLatin1Char('%'))});
    if (!n)
        return n.error();
    return n->toLongLong();
}

QString shownCount(const TodayPage &page, const QString &key)
{
    auto *card = page.findChild<QWidget *>(QStringLiteral("card-") + key);
    return card ? card->findChild<QLabel *>(QStringLiteral("count"))->text() : QString();
}

bool canOpen(const TodayPage &page, const QString &key)
{
    auto *card = page.findChild<QWidget *>(QStringLiteral("card-") + key);
    return card && card->findChild<QPushButton *>(QStringLiteral("open"))->isEnabled();
}

bool addPartner(const Database &db, const QString &code, const QString &name)
{
    return sql::run(db.sql(),
        QStringLiteral("INSERT INTO partners (code, name, created_at, updated_at) "
                       "VALUES (?, ?, '2026-01-01', '2026-01-01')"),
        {code, name})
        .ok();
}

} // namespace

void TestTodayPage::countsOnAWorker_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<qint64>("count");
    QTest::newRow("some") << QStringLiteral("Alpha") << qint64(2);
    QTest::newRow("none") << QStringLiteral("Zulu") << qint64(0);
}

void TestTodayPage::countsOnAWorker()
{
    QFETCH(QString, prefix);
    QFETCH(qint64, count);
    test::TempDatabase t;
    QVERIFY(addPartner(t.db, QStringLiteral("A1"), QStringLiteral("Alpha One")));
    QVERIFY(addPartner(t.db, QStringLiteral("A2"), QStringLiteral("Alpha Two")));
    QVERIFY(addPartner(t.db, QStringLiteral("B1"), QStringLiteral("Beta")));
    TodayPage page;
    std::atomic_bool onGuiThread = false;
    QThread *gui = QThread::currentThread();
    page.addCard({QStringLiteral("named"), QStringLiteral("Named"), QStringLiteral("Partners by name"),
        [&, prefix](const Database &db) {
            if (QThread::currentThread() == gui)
                onGuiThread = true;
            return partnersNamed(db, prefix);
        },
        {}});
    page.addCard({QStringLiteral("broken"), QStringLiteral("Broken"), QStringLiteral("Fails"),
        [](const Database &db) -> Result<qint64> {
            auto n = sql::scalar(db.sql(), QStringLiteral("SELECT count(*) FROM no_such_table"));
            if (!n)
                return n.error();
            return n->toLongLong();
        },
        {}});
    QSignalSpy counted(&page, &TodayPage::counted);
    page.setDatabase(t.db);
    QVERIFY(page.isCounting());
    QVERIFY(counted.wait(5000));
    QVERIFY(!page.isCounting());
    QVERIFY(!onGuiThread);
    QCOMPARE(page.cardCount(QStringLiteral("named")), count);
    QCOMPARE(shownCount(page, QStringLiteral("named")), QLocale().toString(count));
    QVERIFY(canOpen(page, QStringLiteral("named")));
    // The failing card says so and cannot be opened; the other one still counted.
    QCOMPARE(page.cardCount(QStringLiteral("broken")), -1);
    QCOMPARE(shownCount(page, QStringLiteral("broken")), QStringLiteral("?"));
    QVERIFY(!canOpen(page, QStringLiteral("broken")));
}

void TestTodayPage::refreshCountsAgain()
{
    test::TempDatabase t;
    TodayPage page;
    page.addCard({QStringLiteral("named"), QStringLiteral("Named"), QStringLiteral("Partners by name"),
        [](const Database &db) { return partnersNamed(db, QStringLiteral("Alpha")); }, {}});
    QSignalSpy counted(&page, &TodayPage::counted);
    page.setDatabase(t.db);
    QVERIFY(counted.wait(5000));
    QCOMPARE(page.cardCount(QStringLiteral("named")), 0);
    QVERIFY(addPartner(t.db, QStringLiteral("A1"), QStringLiteral("Alpha One")));
    // Two refreshes in a row: the answer to the first is dropped, the second one shows.
    page.refresh();
    page.refresh();
    // The old number stays while counting.
    QCOMPARE(shownCount(page, QStringLiteral("named")), QLocale().toString(0));
    QTRY_COMPARE(page.cardCount(QStringLiteral("named")), 1);
    QVERIFY(!page.isCounting());
}

void TestTodayPage::withoutDatabase()
{
    TodayPage page;
    page.addCard({QStringLiteral("named"), QStringLiteral("Named"), QStringLiteral("Partners by name"),
        [](const Database &db) { return partnersNamed(db, QStringLiteral("Alpha")); }, {}});
    page.refresh();
    QVERIFY(!page.isCounting());
    QCOMPARE(page.cardCount(QStringLiteral("named")), -1);
    QCOMPARE(shownCount(page, QStringLiteral("named")), QStringLiteral("–"));
}

CHANNELDESK_TEST_MAIN(TestTodayPage)
#include "tst_todaypage.moc"
