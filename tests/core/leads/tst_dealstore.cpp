#include "leadfixture.h"
#include "leads/dealstore.h"
#include "leads/leadstore.h"
#include "testmain.h"
#include "timeline/timelinestore.h"

#include <QTest>

using namespace cd;
using namespace cd::test;

class TestDealStore : public QObject
{
    Q_OBJECT
private slots:
    void pipeline();
    void stageChangesAreRecorded();
};

void TestDealStore::pipeline()
{
    TempDatabase t;
    const qint64 partner = addPartner(t.db, QStringLiteral("P"));
    LeadStore leads(t.db);
    DealStore deals(t.db);
    Lead sample;
    sample.company = QStringLiteral("Acme");
    auto lead = leads.create(sample);
    QVERIFY(lead);
    QVERIFY(leads.assign(lead->id, partner));
    auto deal = leads.convert(lead->id, Money(5000, QStringLiteral("USD")));
    QVERIFY(deal);
    auto stages = deals.stages();
    QVERIFY(stages);
    QCOMPARE(stages->size(), 5);
    auto review = deals.addStage({0, QStringLiteral("Legal review"), 35, false, false, 0});
    QVERIFY(review);
    QVERIFY(!deals.addStage({0, QStringLiteral("legal REVIEW"), 36, false, false, 0}));
    QVERIFY(!deals.addStage({0, QStringLiteral("Both"), 37, true, true, 0}));
    auto moved = deals.setStage(deal->id, review->id, deal->version);
    QVERIFY2(moved, qPrintable(moved.error().toString()));
    QCOMPARE(moved->stageName, QStringLiteral("Legal review"));
    QCOMPARE(moved->outcome, DealOutcome::Open);
    QVERIFY(!deals.setStage(deal->id, review->id, deal->version)); // stale version
    QVERIFY(!deals.removeStage(review->id)); // a deal is in it
    auto won = deals.markWon(moved->id, moved->version);
    QVERIFY(won);
    QCOMPARE(won->outcome, DealOutcome::Won);
    QVERIFY(won->closedAt.isValid());
    QVERIFY(deals.removeStage(review->id));
    DealFilter wonOnly;
    wonOnly.outcome = DealOutcome::Won;
    QCOMPARE(deals.count(wonOnly).value(), 1);
    auto reopened = deals.setStage(won->id, stages->first().id, won->version);
    QVERIFY(reopened);
    QCOMPARE(reopened->outcome, DealOutcome::Open);
    QVERIFY(!reopened->closedAt.isValid());
    QCOMPARE(deals.count(wonOnly).value(), 0);
}

void TestDealStore::stageChangesAreRecorded()
{
    TempDatabase t;
    PartnerSpec d;
    d.kind = QStringLiteral("distributor");
    const qint64 distributor = addPartner(t.db, QStringLiteral("D"), d);
    PartnerSpec r;
    r.parentId = distributor;
    const qint64 reseller = addPartner(t.db, QStringLiteral("R"), r);
    Lead lead;
    lead.company = QStringLiteral("Acme");
    lead.assignedPartnerId = reseller;
    lead.submittedByDistributorId = distributor;
    lead.estimatedValue = Money(990, QStringLiteral("EUR"));
    LeadStore leads(t.db);
    auto created = leads.create(lead);
    QVERIFY2(created, qPrintable(created.error().toString()));
    auto deal = leads.convert(created->id);
    QVERIFY(deal);
    DealStore deals(t.db);
    auto lost = deals.markLost(deal->id, deal->version);
    QVERIFY(lost);
    QCOMPARE(lost->outcome, DealOutcome::Lost);
    TimelineStore timeline(t.db);
    for (qint64 partner : {reseller, distributor}) {
        const TimelineEvent e = timeline.forPartner(partner)->first();
        QCOMPARE(e.action, QStringLiteral("deal-stage"));
        QCOMPARE(e.newValue.toString(), QStringLiteral("Lost"));
        QCOMPARE(e.describe(), QStringLiteral("Deal moved to stage Lost — Acme"));
    }
    auto changed = deals.setValue(lost->id, Money(-1, QStringLiteral("EUR")), {}, lost->version);
    QVERIFY(!changed);
    QCOMPARE(changed.error().field, QStringLiteral("value"));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestDealStore)
#include "tst_dealstore.moc"
