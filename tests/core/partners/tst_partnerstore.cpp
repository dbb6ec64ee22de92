#include "../testdb.h"
#include "common/clock.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "partners/lookups.h"
#include "partners/partnerdirectory.h"
#include "partners/partnerstore.h"
#include "testmain.h"
#include "timeline/timelinestore.h"

#include <QTest>

using namespace cd;
using cd::test::TempDatabase;

class TestPartnerStore : public QObject
{
    Q_OBJECT
private slots:
    void validation_data();
    void validation();
    void createGeneratesCheckedCode();
    void duplicateCodeRefused();
    void updateRecordsEachChangedField();
    void updateWithoutChangesKeepsVersion();
    void concurrentEditConflicts();
    void statusChangeIsRecorded();
    void archiveAndRestore();
    void archiveMany_data();
    void archiveMany();
    void contactsKeepOnePrimary();
    void searchFindsContactsAndAreas_data();
    void searchFindsContactsAndAreas();
    void failedWriteLeavesNothing();
    void nestedTransactionsRollBackTogether();
    void saveWithNewArea_data();
    void saveWithNewArea();
    void newPartnersStoreWhatCreateStores_data();
    void newPartnersStoreWhatCreateStores();
    void newPartnersRefuseWholeRows_data();
    void newPartnersRefuseWholeRows();

private:
    static Partner sample(const QString &name = QStringLiteral("Nordlicht Systems GmbH"))
    {
        Partner p;
        p.name = name;
        p.city = QStringLiteral("Hamburg");
        p.country = QStringLiteral("DE");
        p.iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
        p.bic = QStringLiteral("COBADEFFXXX");
        return p;
    }
};

void TestPartnerStore::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField");

    QTest::newRow("valid") << "name"
                           << "Acme"
                           << "";
    QTest::newRow("empty name") << "name"
                                << "  "
                                << "name";
    QTest::newRow("bad iban check digits") << "iban"
                                           << "DE89370400440532013001"
                                           << "iban";
    QTest::newRow("iban too short") << "iban"
                                    << "DE8937040044053201300"
                                    << "iban";
    QTest::newRow("good iban with spaces") << "iban"
                                           << "de89 3704 0044 0532 0130 00"
                                           << "";
    QTest::newRow("bad bic") << "bic"
                             << "COBA1EFF"
                             << "bic";
    QTest::newRow("bad country") << "country"
                                 << "XX"
                                 << "country";
    QTest::newRow("bad code character") << "code"
                                        << "12 34"
                                        << "code";
    QTest::newRow("bad website") << "website"
                                 << "not a site"
                                 << "website";
    QTest::newRow("suspended without reason") << "status"
                                              << "suspended"
                                              << "statusReason";
}

void TestPartnerStore::validation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, errorField);
    TempDatabase t;
    Partner p = sample();
    if (field == QLatin1String("name"))
        p.name = value;
    else if (field == QLatin1String("iban"))
        p.iban = value;
    else if (field == QLatin1String("bic"))
        p.bic = value;
    else if (field == QLatin1String("country"))
        p.country = value;
    else if (field == QLatin1String("code"))
        p.code = value;
    else if (field == QLatin1String("website"))
        p.website = value;
    else if (field == QLatin1String("status"))
        p.status = *Partner::statusFromKey(value);
    auto created = PartnerStore(t.db).create(p);
    if (errorField.isEmpty()) {
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        return;
    }
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, Error::Code::Validation);
    QCOMPARE(created.error().field, errorField);
    QVERIFY(!created.error().message.isEmpty());
    QCOMPARE(sql::scalar(t.db.sql(), QStringLiteral("SELECT count(*) FROM partners")).value().toInt(), 0);
}

void TestPartnerStore::createGeneratesCheckedCode()
{
    TempDatabase t;
    PartnerStore store(t.db);
    Partner p = sample(QStringLiteral("  Nordlicht Systems GmbH "));
    p.tags = QStringList {QStringLiteral(" service "), QStringLiteral("cloud")};
    auto created = store.create(p);
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    QCOMPARE(created->name, QStringLiteral("Nordlicht Systems GmbH"));
    QCOMPARE(created->code.size(), 10);
    QVERIFY(created->id > 0);
    QCOMPARE(created->version, 1);
    QCOMPARE(created->iban, QStringLiteral("DE89370400440532013000"));
    QVERIFY(created->createdAt.isValid());
    // What create() returns is the stored row, normalised as the store writes it.
    auto stored = store.get(created->id);
    QVERIFY(stored.ok());
    QCOMPARE(created->code, stored->code);
    QCOMPARE(created->name, stored->name);
    QCOMPARE(created->country, stored->country);
    QCOMPARE(created->bic, stored->bic);
    QCOMPARE(created->tags, stored->tags);
    QCOMPARE(created->statusDate, stored->statusDate);
    QCOMPARE(created->createdAt, stored->createdAt);
    QCOMPARE(created->updatedAt, stored->updatedAt);
    QCOMPARE(created->version, stored->version);
    auto events = TimelineStore(t.db).forPartner(created->id);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().action, QStringLiteral("created"));
    QCOMPARE(events->first().user, QStringLiteral("tester"));
}

void TestPartnerStore::duplicateCodeRefused()
{
    TempDatabase t;
    PartnerStore store(t.db);
    Partner p = sample();
    p.code = QStringLiteral("4711");
    QVERIFY(store.create(p).ok());
    p.name = QStringLiteral("Other");
    auto second = store.create(p);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, Error::Code::Duplicate);
    QCOMPARE(second.error().field, QStringLiteral("code"));
}

void TestPartnerStore::updateRecordsEachChangedField()
{
    TempDatabase t;
    PartnerStore store(t.db);
    LookupStore lookups(t.db);
    Partner p = store.create(sample()).value();
    p.city = QStringLiteral("Bremen");
    p.levelId = lookups.levelId(QStringLiteral("Gold")).value();
    p.tags = {QStringLiteral("vip"), QStringLiteral("VIP"), QStringLiteral(" north ")};
    auto updated = store.update(p);
    QVERIFY2(updated.ok(), qPrintable(updated.error().toString()));
    QCOMPARE(updated->version, 2);
    QCOMPARE(updated->tags, QStringList({QStringLiteral("vip"), QStringLiteral("north")}));
    auto events = TimelineStore(t.db).forPartner(p.id).value();
    QCOMPARE(events.size(), 4); // created + city + level + tags
    QStringList described;
    for (const auto &e : events)
        described << e.describe();
    QVERIFY2(described.contains(QStringLiteral("City changed from Hamburg to Bremen")),
        qPrintable(described.join(u'|')));
    QVERIFY2(described.contains(QStringLiteral("Level changed from (empty) to Gold")),
        qPrintable(described.join(u'|')));
}

void TestPartnerStore::updateWithoutChangesKeepsVersion()
{
    TempDatabase t;
    PartnerStore store(t.db);
    Partner p = store.create(sample()).value();
    auto same = store.update(p);
    QVERIFY(same.ok());
    QCOMPARE(same->version, 1);
}

void TestPartnerStore::concurrentEditConflicts()
{
    TempDatabase t;
    auto other = t.db.openAnotherConnection();
    QVERIFY(other.ok());
    PartnerStore mine(t.db);
    PartnerStore theirs(other.value());
    const Partner original = mine.create(sample()).value();

    Partner a = original;
    a.city = QStringLiteral("Kiel");
    Partner b = original;
    b.city = QStringLiteral("Lübeck");
    QVERIFY(theirs.update(b).ok());
    auto result = mine.update(a);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::Conflict);
    QCOMPARE(mine.get(original.id)->city, QStringLiteral("Lübeck"));
    // Overwrite = take the stored version and save again.
    a.version = mine.get(original.id)->version;
    QVERIFY(mine.update(a).ok());
    QCOMPARE(theirs.get(original.id)->city, QStringLiteral("Kiel"));
}

void TestPartnerStore::statusChangeIsRecorded()
{
    Clock::setFixed(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    TempDatabase t;
    PartnerStore store(t.db);
    Partner p = store.create(sample()).value();
    p.status = PartnerStatus::Suspended;
    p.statusReason = QStringLiteral("Unpaid invoices");
    auto updated = store.update(p);
    QVERIFY2(updated.ok(), qPrintable(updated.error().toString()));
    QCOMPARE(updated->statusDate, QDate(2026, 3, 1));
    auto events = TimelineStore(t.db).forPartner(p.id).value();
    QCOMPARE(events.first().action, QStringLiteral("status"));
    QCOMPARE(events.first().comment, QStringLiteral("Unpaid invoices"));
    QCOMPARE(events.first().at, QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    Clock::reset();
}

void TestPartnerStore::archiveAndRestore()
{
    TempDatabase t;
    PartnerStore store(t.db);
    PartnerDirectory dir(t.db);
    Partner p = store.create(sample()).value();
    QCOMPARE(dir.count({}).value(), 1);
    auto archived = store.archive(p.id, p.version, QStringLiteral("closed"));
    QVERIFY(archived.ok());
    QVERIFY(archived->isArchived());
    QCOMPARE(dir.count({}).value(), 0);
    PartnerFilter onlyArchived;
    onlyArchived.archived = PartnerFilter::Archived::Only;
    QCOMPARE(dir.count(onlyArchived).value(), 1);
    // Stale version is refused.
    QCOMPARE(store.restore(p.id, p.version).error().code, Error::Code::Conflict);
    auto restored = store.restore(p.id, archived->version);
    QVERIFY(restored.ok());
    QVERIFY(!restored->isArchived());
    QCOMPARE(restored->name, p.name); // nothing lost
    QCOMPARE(restored->iban, p.iban);
    QCOMPARE(dir.count({}).value(), 1);
}

void TestPartnerStore::archiveMany_data()
{
    QTest::addColumn<QList<int>>("archivedBefore"); // indexes of the five partners archived beforehand
    QTest::addColumn<QList<int>>("chosen"); // indexes; -1 = an id that does not exist
    QTest::addColumn<bool>("archive");
    QTest::addColumn<qint64>("changed"); // -1 = fails and changes nothing
    QTest::newRow("three current") << QList<int>() << QList<int> {0, 1, 2} << true << qint64(3);
    QTest::newRow("already archived ones are left alone")
        << QList<int> {1} << QList<int> {0, 1, 2} << true << qint64(2);
    QTest::newRow("restore two of three") << QList<int> {0, 1, 2} << QList<int> {0, 2} << false << qint64(2);
    QTest::newRow("restore a current one: nothing to do")
        << QList<int>() << QList<int> {3} << false << qint64(0);
    QTest::newRow("one unknown id: none changed")
        << QList<int>() << QList<int> {0, -1, 2} << true << qint64(-1);
    QTest::newRow("empty") << QList<int>() << QList<int>() << true << qint64(0);
}

void TestPartnerStore::archiveMany()
{
    QFETCH(QList<int>, archivedBefore);
    QFETCH(QList<int>, chosen);
    QFETCH(bool, archive);
    QFETCH(qint64, changed);
    TempDatabase t;
    PartnerStore store(t.db);
    QList<Partner> partners;
    for (int i = 0; i < 5; ++i) {
        auto p = store.create(sample(QStringLiteral("Partner %1").arg(i)));
        QVERIFY2(p.ok(), qPrintable(p.error().toString()));
        if (archivedBefore.contains(i))
            p = store.archive(p->id, p->version);
        partners << p.value();
    }
    const auto timelineRows = [&] {
        return sql::scalar(t.db.sql(), QStringLiteral("SELECT count(*) FROM timeline")).value().toLongLong();
    };
    const qint64 timelineBefore = timelineRows();
    QList<qint64> ids;
    for (int i : chosen)
        ids << (i < 0 ? qint64(999999) : partners.at(i).id);
    auto result = store.setArchivedMany(ids, archive, QStringLiteral("bulk"));
    if (changed < 0) {
        QVERIFY(!result.ok());
        QCOMPARE(timelineRows(), timelineBefore);
        for (int i = 0; i < partners.size(); ++i)
            QCOMPARE(store.get(partners.at(i).id)->isArchived(), archivedBefore.contains(i));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(result.value(), changed);
    QCOMPARE(timelineRows(), timelineBefore + changed); // one history entry per partner changed
    for (int i = 0; i < partners.size(); ++i) {
        const bool expected = chosen.contains(i) ? archive : archivedBefore.contains(i);
        QCOMPARE(store.get(partners.at(i).id)->isArchived(), expected);
    }
}

void TestPartnerStore::contactsKeepOnePrimary()
{
    TempDatabase t;
    PartnerStore store(t.db);
    Partner p = store.create(sample()).value();
    Contact c1 {0, p.id, QStringLiteral("Anna Berg"), QStringLiteral("CEO"),
        QStringLiteral("anna@nordlicht.de"), {}, true, 0};
    Contact c2 {0, p.id, QStringLiteral("Ben Kurz"), QStringLiteral("Sales"),
        QStringLiteral("ben@nordlicht.de"), {}, true, 0};
    QVERIFY(store.addContact(c1).ok());
    QVERIFY(store.addContact(c2).ok());
    auto contacts = store.contacts(p.id).value();
    QCOMPARE(contacts.size(), 2);
    QCOMPARE(std::count_if(contacts.begin(), contacts.end(), [](const Contact &c) { return c.primary; }), 1);
    QCOMPARE(contacts.first().name, QStringLiteral("Ben Kurz"));
    Contact bad = c1;
    bad.email = QStringLiteral("anna@");
    auto refused = store.addContact(bad);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("email"));
    Contact edited = contacts.first();
    edited.phone = QStringLiteral("+49 40 123");
    QVERIFY(store.updateContact(edited).ok());
    QCOMPARE(store.updateContact(edited).error().code, Error::Code::Conflict);
    QVERIFY(store.removeContact(contacts.last().id, contacts.last().version).ok());
    QCOMPARE(store.contacts(p.id)->size(), 1);
}

void TestPartnerStore::searchFindsContactsAndAreas_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("expected");
    QTest::newRow("name prefix") << "nord" << 1;
    QTest::newRow("two words") << "nordlicht hamb" << 1;
    QTest::newRow("contact name") << "anna" << 1;
    QTest::newRow("contact e-mail") << "anna@nordlicht.de" << 1;
    QTest::newRow("area") << "dach" << 1;
    QTest::newRow("city with diacritics folded") << "lubeck" << 1;
    QTest::newRow("no match") << "zzzz" << 0;
    QTest::newRow("quotes are harmless") << "\"nord" << 1;
    QTest::newRow("fts syntax is literal") << "nord OR" << 0;
}

void TestPartnerStore::searchFindsContactsAndAreas()
{
    QFETCH(QString, search);
    QFETCH(int, expected);
    TempDatabase t;
    PartnerStore store(t.db);
    LookupStore lookups(t.db);
    Partner p = sample();
    p.areaId = lookups.ensureArea(QStringLiteral("DACH North")).value();
    p = store.create(p).value();
    Partner other = sample(QStringLiteral("Rivera Telecom"));
    other.city = QStringLiteral("Lübeck");
    other.iban.clear();
    QVERIFY(store.create(other).ok());
    QVERIFY(store
                .addContact({0, p.id, QStringLiteral("Anna Berg"), {}, QStringLiteral("anna@nordlicht.de"),
                    {}, false, 0})
                .ok());
    PartnerFilter f;
    f.search = search;
    auto n = PartnerDirectory(t.db).count(f);
    QVERIFY2(n.ok(), qPrintable(n.error().toString()));
    QCOMPARE(n.value(), qint64(expected));
}

void TestPartnerStore::failedWriteLeavesNothing()
{
    TempDatabase t;
    PartnerStore store(t.db);
    Partner p = store.create(sample()).value();
    // A timeline write that fails (table locked away) must undo the partner update too.
    QVERIFY(sql::run(t.db.sql(),
        QStringLiteral(
            "CREATE TRIGGER no_timeline BEFORE INSERT ON timeline BEGIN SELECT RAISE(ABORT, 'boom'); END"))
                .ok());
    p.city = QStringLiteral("Kiel");
    QVERIFY(!store.update(p).ok());
    QCOMPARE(store.get(p.id)->city, QStringLiteral("Hamburg"));
    QCOMPARE(store.get(p.id)->version, 1);
}

void TestPartnerStore::nestedTransactionsRollBackTogether()
{
    TempDatabase t;
    PartnerStore store(t.db);
    {
        Transaction outer(t.db.sql());
        QVERIFY(outer.begin().ok());
        QVERIFY(store.create(sample(QStringLiteral("A"))).ok());
        QVERIFY(store.create(sample(QStringLiteral("B"))).ok());
        // no commit: both go
    }
    QCOMPARE(PartnerDirectory(t.db).count({}).value(), 0);
    {
        Transaction outer(t.db.sql());
        QVERIFY(outer.begin().ok());
        QVERIFY(store.create(sample(QStringLiteral("A"))).ok());
        Partner bad = sample(QString());
        QVERIFY(!store.create(bad).ok());
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(PartnerDirectory(t.db).count({}).value(), 1);
}

void TestPartnerStore::saveWithNewArea_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("saved");
    QTest::newRow("valid partner: area created with it") << "Iberia Tech" << true;
    QTest::newRow("invalid partner: no area either") << "" << false;
}

void TestPartnerStore::saveWithNewArea()
{
    QFETCH(QString, name);
    QFETCH(bool, saved);
    TempDatabase t;
    Partner p = sample(name);
    auto result = PartnerStore(t.db).save(p, QStringLiteral("Iberia"));
    QCOMPARE(result.ok(), saved);
    const auto areas = LookupStore(t.db).areas().value();
    QCOMPARE(areas.size(), saved ? 1 : 0);
    if (saved) {
        QCOMPARE(result->areaId, areas.first().id);
        // Saving again updates the same partner, no second area.
        Partner again = result.value();
        again.city = QStringLiteral("Porto");
        auto updated = PartnerStore(t.db).save(again, QStringLiteral("Iberia"));
        QVERIFY(updated.ok());
        QCOMPARE(updated->id, result->id);
        QCOMPARE(LookupStore(t.db).areas()->size(), 1);
    }
}

void TestPartnerStore::newPartnersStoreWhatCreateStores_data()
{
    QTest::addColumn<bool>("withContact");
    QTest::addColumn<QString>("status");
    QTest::newRow("partner alone") << false << "active";
    QTest::newRow("with its contact") << true << "active";
    QTest::newRow("suspended, dated today") << false << "suspended";
}

void TestPartnerStore::newPartnersStoreWhatCreateStores()
{
    QFETCH(bool, withContact);
    QFETCH(QString, status);
    TempDatabase t;
    PartnerStore store(t.db);
    Partner p = sample(QStringLiteral("  Nordlicht Systems GmbH "));
    p.code = QStringLiteral(" N-1 ");
    p.country = QStringLiteral("DE");
    p.iban = QStringLiteral("de89 3704 0044 0532 0130 00");
    p.tags = {QStringLiteral("b"), QStringLiteral("a")};
    p.latitude = 53.55;
    p.longitude = 9.99;
    p.status = *Partner::statusFromKey(status);
    if (p.status != PartnerStatus::Active)
        p.statusReason = QStringLiteral("Unpaid invoices");
    Contact contact;
    contact.name = QStringLiteral(" Jana Kruse ");
    contact.email = QStringLiteral("jana@example.com");
    contact.primary = true;

    // The same partner twice: once through create() and addContact(), once through NewPartners.
    auto created = store.create(p);
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    if (withContact) {
        Contact c = contact;
        c.partnerId = created->id;
        QVERIFY(store.addContact(c).ok());
    }
    Transaction tx(t.db.sql());
    QVERIFY(tx.begin().ok());
    NewPartners batch(t.db);
    p.code = QStringLiteral(" N-2 ");
    auto added = batch.add(p, withContact ? std::optional<Contact>(contact) : std::nullopt);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QVERIFY(tx.commit().ok());

    auto a = store.get(created->id);
    auto b = store.get(added.value());
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(b->code, QStringLiteral("N-2"));
    Partner expected = a.value();
    expected.id = b->id;
    expected.code = b->code;
    expected.createdAt = b->createdAt;
    expected.updatedAt = b->updatedAt;
    QCOMPARE(b->name, expected.name);
    QCOMPARE(b->country, expected.country);
    QCOMPARE(b->iban, expected.iban);
    QCOMPARE(b->tags, expected.tags);
    QCOMPARE(b->statusDate, expected.statusDate);
    QCOMPARE(b->latitude, expected.latitude);
    QCOMPARE(b->version, expected.version);
    QCOMPARE(PartnerStore::selectColumns().isEmpty(), false);

    // Every column but id, code and the times holds the same value.
    const QString columns
        = QStringLiteral("name, legal_name, kind, business_nature, area_id, street, city, "
                         "postcode, region, country, latitude, longitude, website, tax_id, "
                         "control_account, bank_holder, iban, bic, bank_name, status, "
                         "status_reason, status_date, level_id, weight_override, "
                         "activation_id, account_manager_id, tags, notes, version, archived_at");
    auto rows = sql::scalar(t.db.sql(),
        QStringLiteral("SELECT count(*) FROM (SELECT %1 FROM partners UNION SELECT %1 FROM partners)")
            .arg(columns));
    QCOMPARE(rows.value().toInt(), 1);
    // And the same timeline and contacts.
    const auto events = [&](qint64 id) {
        QStringList out;
        auto q = sql::exec(t.db.sql(),
            QStringLiteral("SELECT entity, action, field, old_value, new_value, user_login FROM timeline "
                           "WHERE partner_id = ? ORDER BY id"),
            {id});
        while (q.value().next())
            out << QStringLiteral("%1|%2|%3|%4|%5|%6")
                       .arg(q.value().value(0).toString(), q.value().value(1).toString(),
                           q.value().value(2).toString(), q.value().value(3).toString(),
                           q.value().value(4).toString(), q.value().value(5).toString());
        return out;
    };
    QCOMPARE(events(b->id), events(a->id));
    QCOMPARE(events(b->id).size(), withContact ? 2 : 1);
    auto ca = store.contacts(a->id);
    auto cb = store.contacts(b->id);
    QCOMPARE(cb->size(), ca->size());
    if (withContact) {
        QCOMPARE(cb->first().name, QStringLiteral("Jana Kruse"));
        QCOMPARE(cb->first().email, ca->first().email);
        QCOMPARE(cb->first().primary, true);
    }
    // The search finds the new partner by its contact as well (triggers on).
    PartnerFilter f;
    f.search = withContact ? QStringLiteral("kruse") : QStringLiteral("nordlicht");
    QCOMPARE(PartnerDirectory(t.db).count(f).value(), 2);
}

void TestPartnerStore::newPartnersRefuseWholeRows_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("contactName");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<QString>("field");
    QTest::newRow("code taken") << "TAKEN"
                                << "" << int(Error::Code::Duplicate) << "code";
    QTest::newRow("code taken, with contact") << "TAKEN"
                                              << "Jana" << int(Error::Code::Duplicate) << "code";
    // A contact the database refuses (here by a trigger) takes its partner back with it.
    QTest::newRow("contact refused") << "NEW-1"
                                     << "refuse me" << int(Error::Code::Database) << "";
}

void TestPartnerStore::newPartnersRefuseWholeRows()
{
    QFETCH(QString, code);
    QFETCH(QString, contactName);
    QFETCH(int, errorCode);
    QFETCH(QString, field);
    TempDatabase t;
    PartnerStore store(t.db);
    Partner taken = sample();
    taken.code = QStringLiteral("TAKEN");
    QVERIFY(store.create(taken).ok());
    QVERIFY(sql::run(t.db.sql(),
        QStringLiteral("CREATE TRIGGER refuse_contact BEFORE INSERT ON contacts WHEN NEW.name = 'refuse me' "
                       "BEGIN SELECT RAISE(ABORT, 'contact refused'); END"))
                .ok());
    const auto count = [&](const char *table) {
        return sql::scalar(t.db.sql(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .value()
            .toInt();
    };
    Transaction tx(t.db.sql());
    QVERIFY(tx.begin().ok());
    NewPartners batch(t.db);
    std::optional<Contact> contact;
    if (!contactName.isEmpty()) {
        contact.emplace();
        contact->name = contactName;
        contact->primary = true;
    }
    Partner p = sample(QStringLiteral("Second"));
    p.code = code;
    auto added = batch.add(p, contact);
    QVERIFY(!added.ok());
    QCOMPARE(int(added.error().code), errorCode);
    QCOMPARE(added.error().field, field);
    if (errorCode == int(Error::Code::Duplicate))
        QVERIFY(added.error().message.contains(code));
    // Nothing of the refused row is left, and the batch goes on with the next one.
    QCOMPARE(count("partners"), 1);
    QCOMPARE(count("contacts"), 0);
    QCOMPARE(count("timeline"), 1);
    Partner next = sample(QStringLiteral("Third"));
    next.code = QStringLiteral("NEXT");
    QVERIFY(batch.add(next).ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(count("partners"), 2);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestPartnerStore)
#include "tst_partnerstore.moc"
