#include "../testdb.h"
#include "customers/customerstore.h"
#include "db/sql.h"
#include "db/transaction.h"
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
    void archiveMany_data();
    void archiveMany();
    void lookups_data();
    void lookups();
    void newCustomersStoreWhatCreateStores_data();
    void newCustomersStoreWhatCreateStores();
    void newCustomersRefuse_data();
    void newCustomersRefuse();

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

void TestCustomerStore::archiveMany_data()
{
    QTest::addColumn<QList<int>>(
        "chosen"); // of four customers, the second archived beforehand; -1 = unknown id
    QTest::addColumn<bool>("archive");
    QTest::addColumn<qint64>("changed"); // -1 = fails and changes nothing
    QTest::newRow("archive three, one already") << QList<int> {0, 1, 2} << true << qint64(2);
    QTest::newRow("restore the archived one") << QList<int> {1, 3} << false << qint64(1);
    QTest::newRow("an unknown id: none changed") << QList<int> {0, -1} << true << qint64(-1);
}

void TestCustomerStore::archiveMany()
{
    QFETCH(QList<int>, chosen);
    QFETCH(bool, archive);
    QFETCH(qint64, changed);
    TempDatabase t;
    CustomerStore store(t.db);
    QList<Customer> customers;
    for (int i = 0; i < 4; ++i) {
        Customer c;
        c.name = QStringLiteral("Kunde %1").arg(i);
        auto stored = store.create(c);
        QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
        if (i == 1)
            stored = store.archive(stored->id, stored->version);
        customers << stored.value();
    }
    const auto events = [&] {
        return sql::scalar(t.db.sql(),
            QStringLiteral("SELECT count(*) FROM timeline WHERE action IN "
                           "('archived', 'restored')"))
            .value()
            .toLongLong();
    };
    const qint64 eventsBefore = events();
    QList<qint64> ids;
    for (int i : chosen)
        ids << (i < 0 ? qint64(999999) : customers.at(i).id);
    auto result = store.setArchivedMany(ids, archive);
    for (int i = 0; i < customers.size(); ++i) {
        const bool expected = changed >= 0 && chosen.contains(i) ? archive : i == 1;
        QCOMPARE(store.get(customers.at(i).id)->isArchived(), expected);
    }
    if (changed < 0) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::NotFound);
        QCOMPARE(events(), eventsBefore);
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(result.value(), changed);
    QCOMPARE(events(), eventsBefore + changed);
}

void TestCustomerStore::lookups_data()
{
    QTest::addColumn<QString>("code"); // looked up; "" = by the stored customer's id
    QTest::addColumn<bool>("found");
    QTest::newRow("by id") << QString() << true;
    QTest::newRow("by code") << QStringLiteral("4000000008") << true;
    QTest::newRow("by code with blanks") << QStringLiteral(" 4000000008 ") << true;
    QTest::newRow("unknown code") << QStringLiteral("4000000016") << false;
}

void TestCustomerStore::lookups()
{
    QFETCH(QString, code);
    QFETCH(bool, found);
    TempDatabase t;
    CustomerStore store(t.db);
    Customer c;
    c.name = QStringLiteral("Kunde");
    c.code = QStringLiteral("4000000008");
    auto stored = store.create(c);
    QVERIFY2(stored.ok(), qPrintable(stored.error().toString()));
    auto read = code.isEmpty() ? store.get(stored->id) : store.findByCode(code);
    QCOMPARE(read.ok(), found);
    QCOMPARE(store.codeExists(code.isEmpty() ? c.code : code).value(), found);
    if (found) {
        QCOMPARE(read->name, c.name);
        QCOMPARE(read->version, stored->version);
    } else {
        QCOMPARE(read.error().code, Error::Code::NotFound);
        QVERIFY(read.error().message.contains(code.trimmed()));
    }
}

void TestCustomerStore::newCustomersStoreWhatCreateStores_data()
{
    QTest::addColumn<bool>("bound");
    QTest::newRow("direct") << false;
    QTest::newRow("bound to a partner") << true;
}

void TestCustomerStore::newCustomersStoreWhatCreateStores()
{
    QFETCH(bool, bound);
    TempDatabase t;
    Customer c;
    c.code = QStringLiteral(" C-1 ");
    c.name = QStringLiteral(" Muster AG ");
    c.country = QStringLiteral("ch ");
    c.city = QStringLiteral("Basel");
    c.segment = QStringLiteral("Retail");
    c.email = QStringLiteral("info@muster.ch");
    if (bound)
        c.partnerId = partner(t.db, QStringLiteral("Alpen Partner"));
    auto created = CustomerStore(t.db).create(c);
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    Transaction tx(t.db.sql());
    QVERIFY(tx.begin().ok());
    NewCustomers batch(t.db);
    c.code = QStringLiteral(" C-2 ");
    auto added = batch.add(c);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QVERIFY(tx.commit().ok());
    auto stored = CustomerStore(t.db).get(added.value());
    QCOMPARE(stored->code, QStringLiteral("C-2"));
    const QString columns = QStringLiteral(
        "name, street, city, postcode, country, segment, email, phone, partner_id, version, archived_at");
    QCOMPARE(
        sql::scalar(t.db.sql(),
            QStringLiteral("SELECT count(*) FROM (SELECT %1 FROM customers UNION SELECT %1 FROM customers)")
                .arg(columns))
            .value()
            .toInt(),
        1);
    const auto events = [&](qint64 id) {
        QStringList out;
        auto q = sql::exec(t.db.sql(),
            QStringLiteral(
                "SELECT action, coalesce(timeline.partner_id, 0), replace(new_value, code, '') FROM timeline "
                "JOIN customers ON customers.id = timeline.entity_id WHERE entity = 'customer' AND "
                "entity_id = ? ORDER BY timeline.id"),
            {id});
        if (!q)
            return QStringList {q.error().message};
        while (q.value().next())
            out << QStringLiteral("%1|%2|%3")
                       .arg(q.value().value(0).toString(), q.value().value(1).toString(),
                           q.value().value(2).toString());
        return out;
    };
    QCOMPARE(events(added.value()), events(created->id));
    QCOMPARE(events(added.value()).size(), bound ? 2 : 1);
}

void TestCustomerStore::newCustomersRefuse_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("partnerId");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<QString>("field");
    QTest::newRow("code taken") << "TAKEN" << qint64(0) << int(Error::Code::Duplicate) << "code";
    QTest::newRow("no such partner") << "NEW" << qint64(999) << int(Error::Code::NotFound) << "partner";
}

void TestCustomerStore::newCustomersRefuse()
{
    QFETCH(QString, code);
    QFETCH(qint64, partnerId);
    QFETCH(int, errorCode);
    QFETCH(QString, field);
    TempDatabase t;
    Customer taken;
    taken.code = QStringLiteral("TAKEN");
    taken.name = QStringLiteral("First");
    QVERIFY(CustomerStore(t.db).create(taken).ok());
    Transaction tx(t.db.sql());
    QVERIFY(tx.begin().ok());
    NewCustomers batch(t.db);
    Customer c;
    c.code = code;
    c.name = QStringLiteral("Second");
    c.partnerId = partnerId;
    auto added = batch.add(c);
    QVERIFY(!added.ok());
    QCOMPARE(int(added.error().code), errorCode);
    QCOMPARE(added.error().field, field);
    QCOMPARE(sql::scalar(t.db.sql(), QStringLiteral("SELECT count(*) FROM customers")).value().toInt(), 1);
    QCOMPARE(sql::scalar(t.db.sql(), QStringLiteral("SELECT count(*) FROM timeline")).value().toInt(), 1);
    QVERIFY(tx.commit().ok());
}

CHANNELDESK_TEST_GUILESS_MAIN(TestCustomerStore)
#include "tst_customerstore.moc"
