// The kanban and list queries: per-stage counts and pages, filters, search, order, and the indexes
// that keep them fast.

#include "agreementfixture.h"
#include "agreements/agreementdirectory.h"
#include "common/clock.h"
#include "testmain.h"

#include <QTest>

using namespace cd;
using namespace cd::test;

class TestAgreementDirectory : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 4, 15), QTime(10, 0), Qt::UTC)); }
    void cleanup() { Clock::reset(); }
    void stageCountsAndPages();
    void filters_data();
    void filters();
    void usesAnIndex_data();
    void usesAnIndex();
};

void TestAgreementDirectory::stageCountsAndPages()
{
    AgreementFixture f;
    const QList<int> days = {200, 10, 50, 400, 30};
    QList<qint64> ids;
    for (int d : days) {
        const Agreement a = f.create(QDate(2025, 1, 1), Clock::today().addDays(d));
        f.setStage(a.id, AgreementStage::Signed);
        ids << a.id;
    }
    f.create();
    AgreementDirectory dir(f.db());
    auto counts = dir.stageCounts({});
    QVERIFY(counts);
    QCOMPARE(counts->size(), AgreementStages::all().size());
    QCOMPARE(counts->value(AgreementStage::Signed), 5);
    QCOMPARE(counts->value(AgreementStage::Prepared), 1);
    QCOMPARE(counts->value(AgreementStage::Expired), 0);

    AgreementFilter signedOnly;
    signedOnly.stage = AgreementStage::Signed;
    QCOMPARE(dir.count(signedOnly).value(), 5);
    auto first = dir.page(signedOnly, {}, 0, 2);
    auto rest = dir.page(signedOnly, {}, 2, 10);
    QCOMPARE(first->size(), 2);
    QCOMPARE(rest->size(), 3);
    QList<int> order;
    for (const auto &r : first.value() + rest.value())
        order << r.daysToExpiry;
    QCOMPARE(order, QList<int>({10, 30, 50, 200, 400}));
    QCOMPARE(first->first().partnerName, QStringLiteral("Nordlicht Handel GmbH"));
    QCOMPARE(first->first().owner, QStringLiteral("Anna Berg"));
    QCOMPARE(first->first().type, QStringLiteral("Dealer agreement"));
    AgreementSort byNumberDesc {AgreementColumn::Number, Qt::DescendingOrder};
    QCOMPARE(dir.page({}, byNumberDesc, 0, 1)->first().number, QStringLiteral("AGR-2026-00006"));
}

void TestAgreementDirectory::filters_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("expected");
    QTest::newRow("expiring within 30") << QStringLiteral("within") << QStringLiteral("30") << 2;
    QTest::newRow("expiring within 0") << QStringLiteral("within") << QStringLiteral("0") << 0;
    QTest::newRow("expiring within 1000") << QStringLiteral("within") << QStringLiteral("1000") << 4;
    QTest::newRow("number prefix") << QStringLiteral("search") << QStringLiteral("AGR-2026-0000") << 5;
    QTest::newRow("serial") << QStringLiteral("search") << QStringLiteral("00003") << 1;
    QTest::newRow("partner word") << QStringLiteral("search") << QStringLiteral("nordl") << 5;
    QTest::newRow("no match") << QStringLiteral("search") << QStringLiteral("zzz") << 0;
    QTest::newRow("owner") << QStringLiteral("owner") << QString() << 5;
    QTest::newRow("other type") << QStringLiteral("type") << QStringLiteral("agency") << 0;
    QTest::newRow("partner kind") << QStringLiteral("kind") << QStringLiteral("reseller") << 5;
    QTest::newRow("other partner kind") << QStringLiteral("kind") << QStringLiteral("agent") << 0;
}

void TestAgreementDirectory::filters()
{
    QFETCH(QString, what);
    QFETCH(QString, value);
    QFETCH(int, expected);
    AgreementFixture f;
    for (int d : {10, 30, 90, 400})
        f.create(QDate(2025, 1, 1), Clock::today().addDays(d));
    f.create(); // no period: never "expiring"
    AgreementFilter filter;
    if (what == QLatin1String("within"))
        filter.expiringWithinDays = value.toInt();
    else if (what == QLatin1String("search"))
        filter.search = value;
    else if (what == QLatin1String("owner"))
        filter.ownerId = f.ownerId;
    else if (what == QLatin1String("type"))
        filter.typeId = AgreementStore(f.db()).typeId(value).value();
    else if (what == QLatin1String("kind"))
        filter.partnerKind = Partner::kindFromKey(value);
    AgreementDirectory dir(f.db());
    QCOMPARE(dir.count(filter).value(), expected);
    QCOMPARE(dir.page(filter, {}, 0, 100)->size(), expected);
    qint64 sum = 0;
    const auto counts = dir.stageCounts(filter);
    QVERIFY(counts);
    for (qint64 n : counts.value())
        sum += n;
    QCOMPARE(sum, expected);
}

void TestAgreementDirectory::usesAnIndex_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("index");
    QTest::newRow("kanban column by end")
        << QStringLiteral("stage") << QStringLiteral("agreements_stage_end");
    QTest::newRow("owner's column") << QStringLiteral("owner") << QStringLiteral("agreements_owner");
    QTest::newRow("partner's agreements")
        << QStringLiteral("partner") << QStringLiteral("agreements_partner");
    QTest::newRow("expiring soon") << QStringLiteral("within") << QStringLiteral("agreements_end");
}

void TestAgreementDirectory::usesAnIndex()
{
    QFETCH(QString, what);
    QFETCH(QString, index);
    AgreementFixture f;
    for (int i = 0; i < 50; ++i)
        f.create(QDate(2025, 1, 1), Clock::today().addDays(i * 10));
    (void)sql::run(f.db().sql(), QStringLiteral("ANALYZE"));
    QString where;
    QVariantList binds;
    if (what == QLatin1String("stage")) {
        where = QStringLiteral("a.stage = ?");
        binds << QStringLiteral("signed");
    } else if (what == QLatin1String("owner")) {
        where = QStringLiteral("a.owner_id = ? AND a.stage = ?");
        binds << f.ownerId << QStringLiteral("signed");
    } else if (what == QLatin1String("partner")) {
        where = QStringLiteral("a.partner_id = ? AND a.stage = ?");
        binds << f.partnerId << QStringLiteral("signed");
    } else {
        where = QStringLiteral("a.current_end BETWEEN ? AND ?");
        binds << QStringLiteral("2026-04-15") << QStringLiteral("2026-05-15");
    }
    auto q = sql::exec(f.db().sql(),
        QStringLiteral("EXPLAIN QUERY PLAN SELECT a.id FROM agreements a WHERE ") + where
            + QStringLiteral(" ORDER BY a.current_end, a.id LIMIT 50"),
        binds);
    QVERIFY(q);
    QString plan;
    while (q.value().next())
        plan += q.value().value(3).toString() + QLatin1Char('\n');
    QVERIFY2(plan.contains(index), qPrintable(plan));
    QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestAgreementDirectory)
#include "tst_agreementdirectory.moc"
