#include "../testdb.h"
#include "customers/customerdirectory.h"
#include "customers/customerstore.h"
#include "db/transaction.h"
#include "partners/partnerstore.h"
#include "testmain.h"

#include <QTest>

using namespace cd;
using cd::test::TempDatabase;

class TestCustomerDirectory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void filters_data();
    void filters();
    void pagingFromBothEnds();

private:
    std::unique_ptr<TempDatabase> m_t;
    qint64 m_alpha = 0;
};

void TestCustomerDirectory::initTestCase()
{
    m_t = std::make_unique<TempDatabase>();
    Transaction tx(m_t->db.sql());
    QVERIFY(tx.begin().ok());
    Partner p;
    p.name = QStringLiteral("Alpha");
    m_alpha = PartnerStore(m_t->db).create(p).value().id;
    CustomerStore store(m_t->db);
    const QStringList cities = {QStringLiteral("Wien"), QStringLiteral("Graz"), QStringLiteral("Linz")};
    const QStringList segments = {QStringLiteral("SMB"), QStringLiteral("Enterprise")};
    for (int i = 0; i < 300; ++i) {
        Customer c;
        c.name = QStringLiteral("Kunde K%1").arg(i);
        c.city = cities[i % 3];
        c.country = i % 2 ? QStringLiteral("AT") : QStringLiteral("DE");
        c.segment = segments[i % 2];
        c.partnerId = i % 4 == 0 ? 0 : m_alpha;
        QVERIFY(store.create(c).ok());
    }
    QVERIFY(tx.commit().ok());
}

void TestCustomerDirectory::filters_data()
{
    QTest::addColumn<CustomerFilter>("filter");
    QTest::addColumn<int>("expected");
    QTest::newRow("all") << CustomerFilter {} << 300;
    CustomerFilter f;
    f.binding = CustomerFilter::Binding::Direct;
    QTest::newRow("direct") << f << 75;
    f.binding = CustomerFilter::Binding::Partner;
    f.partnerId = 1;
    QTest::newRow("partner") << f << 225;
    f = {};
    f.search = QStringLiteral("graz");
    QTest::newRow("search city") << f << 100;
    f.country = QStringLiteral("AT");
    QTest::newRow("search + country") << f << 50;
    f = {};
    f.segment = QStringLiteral("SMB");
    QTest::newRow("segment") << f << 150;
    f = {};
    f.search = QStringLiteral("kunde k12");
    QTest::newRow("name prefix") << f << 11; // 12, 120-129
}

void TestCustomerDirectory::filters()
{
    QFETCH(CustomerFilter, filter);
    QFETCH(int, expected);
    CustomerDirectory dir(m_t->db.sql());
    QCOMPARE(dir.count(filter).value(), qint64(expected));
    qint64 n = 0;
    QVERIFY(dir.forEachCustomer(filter, {}, [&](const Customer &) { return ++n; }).ok());
    QCOMPARE(n, qint64(expected));
}

void TestCustomerDirectory::pagingFromBothEnds()
{
    CustomerDirectory dir(m_t->db.sql());
    const CustomerSort sort {CustomerColumn::City, Qt::DescendingOrder};
    QList<qint64> forward;
    QVERIFY(dir.forEach({}, sort,
                   [&](const CustomerRow &r) {
                       forward << r.id;
                       return true;
                   })
                .ok());
    QList<qint64> paged;
    for (int offset = 0; offset < 300; offset += 64) {
        const QList<CustomerRow> rows = dir.page({}, sort, offset, 64, 300).value();
        for (const auto &r : rows)
            paged << r.id;
    }
    QCOMPARE(paged, forward);
    QCOMPARE(dir.segments().value(), QStringList({QStringLiteral("Enterprise"), QStringLiteral("SMB")}));
    CustomerFilter bound;
    bound.binding = CustomerFilter::Binding::Partner;
    bound.partnerId = m_alpha;
    const auto row = dir.page(bound, {CustomerColumn::Code, Qt::AscendingOrder}, 1, 1).value().first();
    QCOMPARE(row.partnerName, QStringLiteral("Alpha"));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestCustomerDirectory)
#include "tst_customerdirectory.moc"
