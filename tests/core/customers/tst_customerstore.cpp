#include "../testdb.h"
#include "customers/customerstore.h"
#include "db/sql.h"
#include "partners/partnerstore.h"
#include "testmain.h"
#include "timeline/timelinestore.h"

#include <QTest>

using namespace cd;
using cd::test::TempDatabase;

class TestCustomerStore : public QObject
{
    Q_OBJECT
private slots:
    void validation_data();
    void validation();
    void createDirectAndBound();
    void unknownPartnerRefused();
    void reassignIsOneRecordedAction_data();
    void reassignIsOneRecordedAction();
    void staleReassignConflicts();
    void updateAndArchive();
    void codesAreUniqueAcrossPartnersAndCustomers();

private:
    static qint64 partner(const Database &db, const QString &name)
    {
        Partner p;
        p.name = name;
        return PartnerStore(db).create(p).value().id;
    }
};

void TestCustomerStore::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("errorField");
    QTest::newRow("valid") << "Muster AG"
                           << "CH"
                           << "info@muster.ch"
                           << "";
    QTest::newRow("lower-case country accepted") << "Muster AG"
                                                 << "ch"
                                                 << ""
                                                 << "";
    QTest::newRow("no name") << ""
                             << "CH"
                             << ""
                             << "name";
    QTest::newRow("bad country") << "Muster AG"
                                 << "Schweiz"
                                 << ""
                                 << "country";
    QTest::newRow("bad e-mail") << "Muster AG"
                                << ""
                                << "info@@muster.ch"
                                << "email";
}

void TestCustomerStore::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, country);
    QFETCH(QString, email);
    QFETCH(QString, errorField);
    TempDatabase t;
    Customer c;
    c.name = name;
    c.country = country;
    c.email = email;
    auto created = CustomerStore(t.db).create(c);
    QCOMPARE(created.ok(), errorField.isEmpty());
    if (!created.ok())
        QCOMPARE(created.error().field, errorField);
    else
        QCOMPARE(created->country, country.toUpper());
}

void TestCustomerStore::createDirectAndBound()
{
    TempDatabase t;
    const qint64 p = partner(t.db, QStringLiteral("Alpha"));
    CustomerStore store(t.db);
    Customer direct;
    direct.name = QStringLiteral("Direct Ltd");
    auto d = store.create(direct);
    QVERIFY(d.ok());
    QCOMPARE(d->partnerId, qint64(0));
    Customer bound;
    bound.name = QStringLiteral("Bound GmbH");
    bound.partnerId = p;
    auto b = store.create(bound);
    QVERIFY(b.ok());
    QCOMPARE(b->partnerId, p);
    auto events = TimelineStore(t.db).forPartner(p).value();
    QCOMPARE(events.first().action, QStringLiteral("customer-assigned"));
}

void TestCustomerStore::unknownPartnerRefused()
{
    TempDatabase t;
    Customer c;
    c.name = QStringLiteral("Orphan");
    c.partnerId = 999;
    auto created = CustomerStore(t.db).create(c);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, Error::Code::NotFound);
    QCOMPARE(sql::scalar(t.db.sql(), QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 0);
}

void TestCustomerStore::reassignIsOneRecordedAction_data()
{
    QTest::addColumn<bool>("fromDirect");
    QTest::addColumn<bool>("toDirect");
    QTest::newRow("partner to partner") << false << false;
    QTest::newRow("direct to partner") << true << false;
    QTest::newRow("partner to direct") << false << true;
}

void TestCustomerStore::reassignIsOneRecordedAction()
{
    QFETCH(bool, fromDirect);
    QFETCH(bool, toDirect);
    TempDatabase t;
    const qint64 a = partner(t.db, QStringLiteral("Alpha"));
    const qint64 b = partner(t.db, QStringLiteral("Beta"));
    CustomerStore store(t.db);
    Customer c;
    c.name = QStringLiteral("Kunde");
    c.partnerId = fromDirect ? 0 : a;
    c = store.create(c).value();
    const qint64 target = toDirect ? 0 : b;
    auto moved = store.reassign(c.id, c.version, target, QStringLiteral("territory change"));
    QVERIFY2(moved.ok(), qPrintable(moved.error().toString()));
    QCOMPARE(moved->partnerId, target);
    QCOMPARE(moved->version, c.version + 1);
    TimelineStore tl(t.db);
    auto history = tl.forEntity(QStringLiteral("customer"), c.id).value();
    QVERIFY(std::any_of(history.begin(), history.end(), [](const TimelineEvent &e) {
        return e.action == QLatin1String("reassigned") && e.comment == QLatin1String("territory change");
    }));
    if (!fromDirect)
        QCOMPARE(tl.forPartner(a)->first().action, QStringLiteral("customer-unassigned"));
    if (!toDirect)
        QCOMPARE(tl.forPartner(b)->first().action, QStringLiteral("customer-assigned"));
}

void TestCustomerStore::staleReassignConflicts()
{
    TempDatabase t;
    const qint64 a = partner(t.db, QStringLiteral("Alpha"));
    CustomerStore store(t.db);
    Customer c;
    c.name = QStringLiteral("Kunde");
    c = store.create(c).value();
    QVERIFY(store.reassign(c.id, c.version, a).ok());
    auto stale = store.reassign(c.id, c.version, 0);
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QCOMPARE(store.get(c.id)->partnerId, a);
}

void TestCustomerStore::updateAndArchive()
{
    TempDatabase t;
    CustomerStore store(t.db);
    Customer c;
    c.name = QStringLiteral("Kunde");
    c.city = QStringLiteral("Bern");
    c = store.create(c).value();
    c.city = QStringLiteral("Basel");
    auto u = store.update(c);
    QVERIFY(u.ok());
    QCOMPARE(u->city, QStringLiteral("Basel"));
    QCOMPARE(store.update(c).error().code, Error::Code::Conflict);
    auto archived = store.archive(u->id, u->version);
    QVERIFY(archived.ok());
    QVERIFY(archived->isArchived());
    QVERIFY(!store.restore(archived->id, archived->version)->isArchived());
}

void TestCustomerStore::codesAreUniqueAcrossPartnersAndCustomers()
{
    TempDatabase t;
    CustomerStore store(t.db);
    Customer c;
    c.name = QStringLiteral("A");
    c.code = QStringLiteral("C-1");
    QVERIFY(store.create(c).ok());
    auto dup = store.create(c);
    QCOMPARE(dup.error().code, Error::Code::Duplicate);
    QCOMPARE(dup.error().field, QStringLiteral("code"));
}

CHANNELDESK_TEST_GUILESS_MAIN(TestCustomerStore)
#include "tst_customerstore.moc"
