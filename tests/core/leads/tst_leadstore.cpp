#include "leadfixture.h"
#include "leads/dealstore.h"
#include "leads/leadstore.h"
#include "network/networkstore.h"
#include "testmain.h"
#include "timeline/timelinestore.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace cd;
using namespace cd::test;

class TestLeadStore : public QObject
{
    Q_OBJECT
private slots:
    void validation_data();
    void validation();
    void dualAttributionThroughConversion();
    void submittingNeedsALinkOrTheHierarchy_data();
    void submittingNeedsALinkOrTheHierarchy();
    void statusTransitions();
    void failedConversionLeavesNothing();
    void scopingForEveryDistributorPair();

private:
    static Lead sample()
    {
        Lead l;
        l.company = QStringLiteral("Acme Kft.");
        l.contactName = QStringLiteral("Eva Nagy");
        l.email = QStringLiteral("eva@acme.example");
        l.country = QStringLiteral("HU");
        l.estimatedValue = Money(1250000, QStringLiteral("EUR"));
        return l;
    }
};

void TestLeadStore::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField");
    QTest::newRow("valid") << "company"
                           << "Acme"
                           << "";
    QTest::newRow("empty company") << "company"
                                   << "  "
                                   << "company";
    QTest::newRow("bad e-mail") << "email"
                                << "eva@"
                                << "email";
    QTest::newRow("bad country") << "country"
                                 << "XX"
                                 << "country";
    QTest::newRow("bad currency") << "currency"
                                  << "euro"
                                  << "currency";
    QTest::newRow("negative value") << "value"
                                    << "-5"
                                    << "estimatedValue";
    QTest::newRow("latitude out of range") << "latitude"
                                           << "91"
                                           << "latitude";
}

void TestLeadStore::validation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorField);
    TempDatabase t;
    Lead l = sample();
    if (field == QLatin1String("company"))
        l.company = value;
    else if (field == QLatin1String("email"))
        l.email = value;
    else if (field == QLatin1String("country"))
        l.country = value;
    else if (field == QLatin1String("currency"))
        l.estimatedValue = Money(100, value);
    else if (field == QLatin1String("value"))
        l.estimatedValue = Money(value.toLongLong(), QStringLiteral("EUR"));
    else if (field == QLatin1String("latitude")) {
        l.latitude = value.toDouble();
        l.longitude = 10.0;
    }
    auto created = LeadStore(t.db).create(l);
    if (errorField.isEmpty()) {
        QVERIFY2(created, qPrintable(created.error().toString()));
        QCOMPARE(created->status, LeadStatus::New);
    } else {
        QVERIFY(!created);
        QCOMPARE(created.error().field, errorField);
        QCOMPARE(scalarInt(t.db, QStringLiteral("SELECT count(*) FROM leads")), 0);
    }
}

void TestLeadStore::dualAttributionThroughConversion()
{
    TempDatabase t;
    PartnerSpec d;
    d.kind = QStringLiteral("distributor");
    const qint64 distributor = addPartner(t.db, QStringLiteral("Distri"), d);
    const qint64 reseller = addPartner(t.db, QStringLiteral("Reseller"));
    NetworkStore network(t.db);
    QVERIFY(network.link(distributor, reseller, QStringLiteral("Budapest")));

    LeadStore store(t.db);
    Lead l = sample();
    l.submittedByDistributorId = distributor;
    l.assignedPartnerId = reseller;
    auto lead = store.create(l);
    QVERIFY2(lead, qPrintable(lead.error().toString()));
    QCOMPARE(lead->status, LeadStatus::Assigned);
    QCOMPARE(lead->submittedByDistributorId, distributor);
    QCOMPARE(lead->assignedPartnerId, reseller);
    TimelineStore timeline(t.db);
    QCOMPARE(timeline.forPartner(distributor)->first().action, QStringLiteral("lead-submitted"));
    QCOMPARE(timeline.forPartner(reseller)->first().action, QStringLiteral("lead-assigned"));

    QVERIFY(store.accept(lead->id));
    // Removing the link later never changes the attribution.
    QVERIFY(network.unlink(distributor, reseller));
    auto deal = store.convert(lead->id, {}, QDate(2026, 6, 30));
    QVERIFY2(deal, qPrintable(deal.error().toString()));
    QCOMPARE(deal->partnerId, reseller);
    QCOMPARE(deal->distributorId, distributor);
    QCOMPARE(deal->value, Money(1250000, QStringLiteral("EUR")));
    auto stored = DealStore(t.db).forLead(lead->id);
    QVERIFY(stored);
    QCOMPARE(stored->distributorId, distributor);
    QCOMPARE(stored->partnerId, reseller);
    QCOMPARE(stored->stageName, QStringLiteral("Qualification"));
    QCOMPARE(store.get(lead->id)->status, LeadStatus::Converted);
    QCOMPARE(timeline.forPartner(distributor)->first().action, QStringLiteral("lead-converted"));
    QCOMPARE(timeline.forPartner(reseller)->first().action, QStringLiteral("lead-converted"));

    // After unlinking the distributor cannot submit new leads for the reseller.
    auto refused = store.create(l);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("partner"));
}

void TestLeadStore::submittingNeedsALinkOrTheHierarchy_data()
{
    QTest::addColumn<QString>("relation");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("linked reseller") << "link" << true;
    QTest::newRow("child in the hierarchy") << "child" << true;
    QTest::newRow("grandchild in the hierarchy") << "grandchild" << true;
    QTest::newRow("sub-reseller of a linked reseller") << "subOfLinked" << true;
    QTest::newRow("unrelated reseller") << "none" << false;
    QTest::newRow("another distributor's reseller") << "other" << false;
    QTest::newRow("submitter is not a distributor") << "notDistributor" << false;
}

void TestLeadStore::submittingNeedsALinkOrTheHierarchy()
{
    QFETCH(QString, relation);
    QFETCH(bool, allowed);
    TempDatabase t;
    PartnerSpec d;
    d.kind = relation == QLatin1String("notDistributor") ? QStringLiteral("dealer")
                                                         : QStringLiteral("distributor");
    const qint64 distributor = addPartner(t.db, QStringLiteral("D"), d);
    PartnerSpec o;
    o.kind = QStringLiteral("distributor");
    const qint64 other = addPartner(t.db, QStringLiteral("Other"), o);
    PartnerSpec r;
    if (relation == QLatin1String("child"))
        r.parentId = distributor;
    if (relation == QLatin1String("grandchild")) {
        PartnerSpec mid;
        mid.parentId = distributor;
        r.parentId = addPartner(t.db, QStringLiteral("Mid"), mid);
    }
    if (relation == QLatin1String("subOfLinked")) {
        const qint64 linked = addPartner(t.db, QStringLiteral("Linked"));
        QVERIFY(NetworkStore(t.db).link(distributor, linked));
        r.parentId = linked;
    }
    const qint64 reseller = addPartner(t.db, QStringLiteral("R"), r);
    if (relation == QLatin1String("link"))
        QVERIFY(NetworkStore(t.db).link(distributor, reseller));
    if (relation == QLatin1String("other"))
        QVERIFY(NetworkStore(t.db).link(other, reseller));
    Lead l = sample();
    l.submittedByDistributorId = distributor;
    l.assignedPartnerId = reseller;
    auto created = LeadStore(t.db).create(l);
    QCOMPARE(created.ok(), allowed);
    if (!allowed)
        QCOMPARE(scalarInt(t.db, QStringLiteral("SELECT count(*) FROM leads")), 0);
}

void TestLeadStore::statusTransitions()
{
    TempDatabase t;
    const qint64 partner = addPartner(t.db, QStringLiteral("P"));
    LeadStore store(t.db);
    auto lead = store.create(sample());
    QVERIFY(lead);
    QVERIFY(!store.accept(lead->id)); // nobody to accept it yet
    QVERIFY(!store.convert(lead->id));
    QVERIFY(!store.decline(lead->id, partner));
    QVERIFY(store.assign(lead->id, partner));
    QVERIFY(!store.decline(lead->id, partner + 99)); // only the assigned partner declines
    auto lost = store.markLost(lead->id, QStringLiteral("budget cut"));
    QVERIFY(lost);
    QCOMPARE(lost->status, LeadStatus::Lost);
    QVERIFY(lost->closedAt.isValid());
    QVERIFY(!store.assign(lead->id, partner));
    QVERIFY(!store.markLost(lead->id));
}

void TestLeadStore::failedConversionLeavesNothing()
{
    TempDatabase t;
    const qint64 partner = addPartner(t.db, QStringLiteral("P"));
    LeadStore store(t.db);
    Lead l = sample();
    l.estimatedValue = Money();
    auto lead = store.create(l);
    QVERIFY(lead);
    QVERIFY(store.assign(lead->id, partner));
    auto noValue = store.convert(lead->id);
    QVERIFY(!noValue);
    QCOMPARE(noValue.error().field, QStringLiteral("value"));
    auto badStage = store.convert(lead->id, Money(100, QStringLiteral("EUR")), {}, 999);
    QVERIFY(!badStage);
    QCOMPARE(badStage.error().field, QStringLiteral("stage"));
    QCOMPARE(store.get(lead->id)->status, LeadStatus::Assigned);
    QCOMPARE(scalarInt(t.db, QStringLiteral("SELECT count(*) FROM deals")), 0);
    QCOMPARE(
        scalarInt(t.db, QStringLiteral("SELECT count(*) FROM timeline WHERE action = 'lead-converted'")), 0);
}

void TestLeadStore::scopingForEveryDistributorPair()
{
    TempDatabase t;
    QRandomGenerator random(77);
    const int distributorCount = 4;
    QList<qint64> distributors;
    QHash<qint64, QSet<qint64>> network; // distributor -> partners in its scope (itself excluded)
    NetworkStore store(t.db);
    for (int d = 0; d < distributorCount; ++d) {
        PartnerSpec s;
        s.kind = QStringLiteral("distributor");
        distributors.append(addPartner(t.db, QStringLiteral("D%1").arg(d), s));
    }
    LeadStore leads(t.db);
    QList<QPair<qint64, qint64>> leadOwners; // lead id, partner it is assigned to
    QHash<qint64, qint64> submittedBy;
    for (int d = 0; d < distributorCount; ++d) {
        const qint64 distributor = distributors[d];
        for (int r = 0; r < 3; ++r) {
            PartnerSpec child;
            if (r == 0)
                child.parentId = distributor; // one in the hierarchy, two by link
            const qint64 reseller = addPartner(t.db, QStringLiteral("R%1-%2").arg(d).arg(r), child);
            if (r != 0)
                QVERIFY(store.link(distributor, reseller));
            PartnerSpec sub;
            sub.parentId = reseller;
            const qint64 subReseller = addPartner(t.db, QStringLiteral("S%1-%2").arg(d).arg(r), sub);
            network[distributor] << reseller << subReseller;
            for (qint64 partner : {reseller, subReseller}) {
                const int count = 1 + int(random.bounded(3));
                for (int i = 0; i < count; ++i) {
                    Lead l = sample();
                    l.assignedPartnerId = partner;
                    if (partner == reseller && i == 0)
                        l.submittedByDistributorId = distributor;
                    auto created = leads.create(l);
                    QVERIFY2(created, qPrintable(created.error().toString()));
                    leadOwners.append({created->id, partner});
                    if (l.submittedByDistributorId)
                        submittedBy.insert(created->id, distributor);
                }
            }
        }
    }
    // A lead submitted by D1 for its reseller that later declined: still D1's, nobody else's.
    Lead orphan = sample();
    orphan.submittedByDistributorId = distributors[1];
    orphan.assignedPartnerId = *network[distributors[1]].begin();
    auto declined = leads.create(orphan);
    QVERIFY(declined);
    QVERIFY(leads.decline(declined->id, orphan.assignedPartnerId));
    // Edited while it waits for a new partner, it stays the distributor's.
    auto waiting = leads.get(declined->id);
    QVERIFY(waiting);
    Lead changed = waiting.value();
    changed.notes = QStringLiteral("call back in May");
    auto edited = leads.update(changed);
    QVERIFY2(edited, qPrintable(edited.error().toString()));
    QCOMPARE(edited->submittedByDistributorId, distributors[1]);
    QCOMPARE(edited->status, LeadStatus::Declined);
    leadOwners.append({declined->id, 0});
    submittedBy.insert(declined->id, distributors[1]);

    for (qint64 a : distributors) {
        LeadFilter f;
        f.scopeDistributorId = a;
        auto visible = leads.list(f, 100000);
        QVERIFY(visible);
        QSet<qint64> seen;
        for (const Lead &l : visible.value())
            seen.insert(l.id);
        QSet<qint64> expected;
        for (const auto &[leadId, partner] : leadOwners) {
            if (network[a].contains(partner) || submittedBy.value(leadId) == a)
                expected.insert(leadId);
        }
        QCOMPARE(seen, expected);
        QCOMPARE(leads.count(f).value(), qint64(expected.size()));
        for (qint64 b : distributors) {
            if (a == b)
                continue;
            // Nothing only b may see leaks to a.
            for (const auto &[leadId, partner] : leadOwners) {
                const bool onlyB = (network[b].contains(partner) || submittedBy.value(leadId) == b)
                    && !network[a].contains(partner) && submittedBy.value(leadId) != a;
                if (onlyB)
                    QVERIFY2(!seen.contains(leadId),
                        qPrintable(QStringLiteral("%1 sees lead %2 of %3").arg(a).arg(leadId).arg(b)));
            }
        }
    }
}

CHANNELDESK_TEST_GUILESS_MAIN(TestLeadStore)
#include "tst_leadstore.moc"
