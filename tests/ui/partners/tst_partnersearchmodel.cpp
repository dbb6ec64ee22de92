// Tests of the bounded partner search behind the partner picker.

#include "db/database.h"
#include "partners/partnersearchmodel.h"
#include "partners/partnerstore.h"
#include "testmain.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

class TestPartnerSearchModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void search_data();
    void search();
    void limitAndTruncation();
    void closedDatabaseIsEmpty();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    Database m_db;
};

void TestPartnerSearchModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    DatabaseOptions o;
    o.path = m_dir->filePath(QStringLiteral("test.sqlite"));
    o.userLogin = QStringLiteral("tester");
    auto db = Database::open(o);
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    m_db = db.value();
    const QList<std::pair<QString, QString>> partners = {
        {QStringLiteral("Acme Hardware"), QStringLiteral("Berlin")},
        {QStringLiteral("Acme Software"), QStringLiteral("Munich")},
        {QStringLiteral("Bolt Distribution"), QStringLiteral("Berlin")},
        {QStringLiteral("Cobalt Agents"), QString()},
    };
    for (const auto &[name, city] : partners) {
        Partner p;
        p.name = name;
        p.city = city;
        QVERIFY(PartnerStore(m_db).create(p).ok());
    }
}

void TestPartnerSearchModel::cleanup()
{
    m_db = {};
    m_dir.reset();
}

void TestPartnerSearchModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("everything") << QString()
                                << QStringList {QStringLiteral("Acme Hardware"),
                                       QStringLiteral("Acme Software"), QStringLiteral("Bolt Distribution"),
                                       QStringLiteral("Cobalt Agents")};
    QTest::newRow("prefix") << QStringLiteral("acm")
                            << QStringList {QStringLiteral("Acme Hardware"), QStringLiteral("Acme Software")};
    QTest::newRow("two words") << QStringLiteral("acme soft")
                               << QStringList {QStringLiteral("Acme Software")};
    QTest::newRow("city") << QStringLiteral(
        "berlin") << QStringList {QStringLiteral("Acme Hardware"), QStringLiteral("Bolt Distribution")};
    QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList();
}

void TestPartnerSearchModel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    PartnerSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db);
    QVERIFY(model.setSearch(text).ok());
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        shown << index.data(PartnerSearchModel::NameRole).toString();
        QCOMPARE(index.data(PartnerSearchModel::IdRole).toLongLong(), model.partnerId(row));
        QVERIFY(index.data().toString().contains(index.data(PartnerSearchModel::CodeRole).toString()));
    }
    QCOMPARE(shown, names);
    QVERIFY(!model.isTruncated());
}

void TestPartnerSearchModel::limitAndTruncation()
{
    PartnerSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db);
    model.setLimit(3);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.isTruncated());
    model.setLimit(4);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(!model.isTruncated());
    QCOMPARE(model.partnerId(99), 0);
}

void TestPartnerSearchModel::closedDatabaseIsEmpty()
{
    PartnerSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(m_db);
    QVERIFY(model.rowCount() > 0);
    model.setDatabase(Database());
    QCOMPARE(model.rowCount(), 0);
}

CHANNELDESK_TEST_MAIN(TestPartnerSearchModel)
#include "tst_partnersearchmodel.moc"
