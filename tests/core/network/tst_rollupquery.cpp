#include "../testdb.h"
#include "network/rollupquery.h"
#include "randomnetwork.h"
#include "testmain.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTest>

using namespace cd;
using cd::test::RandomNetwork;
using cd::test::TempDatabase;

class TestRollUpQuery : public QObject
{
    Q_OBJECT
private slots:
    void matchesBruteForce_data();
    void matchesBruteForce();
    void leadsAndWonValue_data();
    void leadsAndWonValue();
    void emptyNetwork();
    void unknownPartnerIsNotFound();
};

namespace {

struct Expected
{
    qint64 partners = 0;
    qint64 customers = 0;
};

Expected bruteForce(const RandomNetwork &net, const QList<qint64> &subtree)
{
    Expected e;
    e.partners = subtree.size();
    for (qint64 id : subtree)
        e.customers += net.customers.value(id);
    return e;
}

} // namespace

void TestRollUpQuery::matchesBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("partners");
    QTest::addColumn<int>("archivedPercent");
    QTest::addColumn<bool>("includeArchived");
    for (quint32 seed : {3u, 11u, 2024u, 99991u}) {
        QTest::addRow("seed %u, current", seed) << seed << 160 << 10 << false;
        QTest::addRow("seed %u, with archived", seed) << seed << 160 << 10 << true;
    }
    QTest::newRow("flat") << 5u << 100 << 0 << false;
}

void TestRollUpQuery::matchesBruteForce()
{
    QFETCH(quint32, seed);
    QFETCH(int, partners);
    QFETCH(int, archivedPercent);
    QFETCH(bool, includeArchived);
    TempDatabase db;
    cd::test::RandomNetworkOptions o;
    o.partners = partners;
    o.archivedPercent = archivedPercent;
    o.topLevelPercent = partners == 100 && archivedPercent == 0 ? 100 : 8;
    const RandomNetwork net = cd::test::makeRandomNetwork(db.db, seed, o);
    RollUpQuery query(db.db);
    query.setIncludeArchived(includeArchived);
    const bool skip = !includeArchived;

    // Whole network: every top-level subtree.
    Expected whole;
    for (qint64 id : net.ids)
        if (net.parent.value(id) == 0 && !(skip && net.archived.value(id))) {
            const Expected e = bruteForce(net, net.subtree(id, skip));
            whole.partners += e.partners;
            whole.customers += e.customers;
        }
    const RollUp all = query.forSubtree(0).value();
    QCOMPARE(all.partnerId, 0);
    QCOMPARE(all.partners, whole.partners);
    QCOMPARE(all.customers, whole.customers);
    QCOMPARE(all.openLeads, 0);
    QVERIFY(all.wonValue.isEmpty());

    // Each subtree on its own, and all of them in one query.
    const auto many = query.forPartners(net.ids).value();
    QCOMPARE(many.size(), net.ids.size());
    for (qint64 id : net.ids) {
        const Expected e = bruteForce(net, net.subtree(id, skip));
        const RollUp one = query.forSubtree(id).value();
        QCOMPARE(one.partnerId, id);
        QCOMPARE(one.partners, e.partners);
        QCOMPARE(one.customers, e.customers);
        QCOMPARE(many.value(id).partners, e.partners);
        QCOMPARE(many.value(id).customers, e.customers);
    }

    // All children of a node in one query.
    QList<qint64> parents {0};
    parents += net.ids;
    for (qint64 parent : parents) {
        const auto children = query.forChildren(parent).value();
        QList<qint64> expectedChildren;
        for (qint64 c : net.childrenOf(parent))
            if (!(skip && net.archived.value(c)))
                expectedChildren.append(c);
        QCOMPARE(children.size(), expectedChildren.size());
        for (qint64 c : expectedChildren) {
            const Expected e = bruteForce(net, net.subtree(c, skip));
            QVERIFY(children.contains(c));
            QCOMPARE(children.value(c).partners, e.partners);
            QCOMPARE(children.value(c).customers, e.customers);
        }
    }
}

void TestRollUpQuery::leadsAndWonValue_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {5u, 77u, 4242u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestRollUpQuery::leadsAndWonValue()
{
    QFETCH(quint32, seed);
    TempDatabase db;
    cd::test::RandomNetworkOptions o;
    o.partners = 120;
    o.archivedPercent = 10;
    const RandomNetwork net = cd::test::makeRandomNetwork(db.db, seed, o);

    // Leads in every status, some unassigned; deals won, lost and open in two currencies.
    QRandomGenerator random(seed);
    const QStringList statuses
        = {QStringLiteral("new"), QStringLiteral("assigned"), QStringLiteral("accepted"),
            QStringLiteral("declined"), QStringLiteral("converted"), QStringLiteral("lost")};
    const QStringList outcomes = {QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost")};
    const QStringList currencies = {QStringLiteral("EUR"), QStringLiteral("USD")};
    QHash<qint64, qint64> openLeads;
    QHash<qint64, QHash<QString, qint64>> won;
    const QString now = QStringLiteral("2026-01-01T00:00:00.000Z");
    for (int i = 0; i < 600; ++i) {
        const qint64 partner
            = random.bounded(10) == 0 ? 0 : net.ids.at(int(random.bounded(qint64(net.ids.size()))));
        const QString status = partner == 0 ? QStringLiteral("new") : statuses.at(int(random.bounded(6)));
        auto lead = sql::exec(db.db.sql(),
            QStringLiteral("INSERT INTO leads (company, status, assigned_partner_id, created_at, updated_at) "
                           "VALUES ('Lead', ?, ?, ?, ?)"),
            {status, sql::nullIfZero(partner), now, now});
        QVERIFY2(lead, qPrintable(lead.error().toString()));
        if (partner != 0 && status != QLatin1String("converted") && status != QLatin1String("lost"))
            openLeads[partner] += 1;
        if (partner == 0 || status != QLatin1String("converted"))
            continue;
        const QString outcome = outcomes.at(int(random.bounded(3)));
        const QString currency = currencies.at(int(random.bounded(2)));
        const qint64 value = random.bounded(1, 5000000);
        QVERIFY(sql::run(db.db.sql(),
            QStringLiteral(
                "INSERT INTO deals (lead_id, partner_id, stage_id, value_minor, currency, outcome, "
                "created_at, updated_at) VALUES (?, ?, (SELECT min(id) FROM deal_stages), ?, ?, ?, ?, ?)"),
            {lead.value().lastInsertId(), partner, value, currency, outcome, now, now}));
        if (outcome == QLatin1String("won"))
            won[partner][currency] += value;
    }

    RollUpQuery query(db.db);
    const auto all = query.forPartners(net.ids).value();
    int withWon = 0;
    for (qint64 id : net.ids) {
        qint64 leads = 0;
        QMap<QString, qint64> value;
        for (qint64 member : net.subtree(id, true)) {
            leads += openLeads.value(member);
            for (auto it = won.value(member).cbegin(); it != won.value(member).cend(); ++it)
                value[it.key()] += it.value();
        }
        QList<Money> expected;
        for (auto it = value.cbegin(); it != value.cend(); ++it)
            expected.append(Money(it.value(), it.key()));
        QCOMPARE(all.value(id).openLeads, leads);
        QCOMPARE(all.value(id).wonValue, expected);
        QCOMPARE(query.forSubtree(id).value().wonValue, expected);
        if (!expected.isEmpty())
            ++withWon;
    }
    QVERIFY(withWon > 5); // the data must exercise the sums
}

void TestRollUpQuery::emptyNetwork()
{
    TempDatabase db;
    const RollUp all = RollUpQuery(db.db).forSubtree(0).value();
    QCOMPARE(all.partners, 0);
    QCOMPARE(all.customers, 0);
    QVERIFY(RollUpQuery(db.db).forChildren(0).value().isEmpty());
    QVERIFY(RollUpQuery(db.db).forPartners({}).value().isEmpty());
}

void TestRollUpQuery::unknownPartnerIsNotFound()
{
    TempDatabase db;
    QCOMPARE(RollUpQuery(db.db).forSubtree(77).error().code, Error::Code::NotFound);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestRollUpQuery)
#include "tst_rollupquery.moc"
