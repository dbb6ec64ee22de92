#include "../testdb.h"
#include "testhelpers.h"
#include "testmain.h"

#include "common/accountnumber.h"
#include "common/clock.h"
#include "common/email.h"
#include "common/iban.h"
#include "customers/customerdirectory.h"
#include "db/sql.h"
#include "demo/demogenerator.h"
#include "partners/partnerdirectory.h"
#include "partners/partnerstore.h"
#include "timeline/timelinestore.h"

#include <QSet>
#include <QSqlRecord>
#include <QTest>

using namespace cd;
using cd::test::count;

namespace {

Result<DemoReport> generate(const Database &db, qint64 partners, qint64 customers, quint64 seed = 7)
{
    DemoOptions options;
    options.partners = partners;
    options.customers = customers;
    options.seed = seed;
    return DemoGenerator(db).run(options);
}

// Every row of a query as text: two databases with the same content compare equal.
QStringList rows(const Database &db, const QString &statement)
{
    QStringList result;
    auto q = sql::exec(db.sql(), statement);
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    while (q.value().next()) {
        QStringList fields;
        for (int i = 0; i < q.value().record().count(); ++i)
            fields << q.value().value(i).toString();
        result << fields.join(QLatin1Char('|'));
    }
    return result;
}

QStringList dump(const Database &db, const QString &table)
{
    return rows(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
}

QStringList column(const Database &db, const QString &statement)
{
    QStringList values;
    auto q = sql::exec(db.sql(), statement);
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    while (q.value().next())
        values << q.value().value(0).toString();
    return values;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT
private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC)); }
    void cleanup() { Clock::reset(); }

    void sameSeedSameData();
    void otherSeedOtherData();
    void counts_data();
    void counts();
    void ibansAreValid();
    void codesAreUniqueWithCheckDigit();
    void emailsAreValid();
    void partnersPassValidation();
    void databaseCheckFindsNoProblems();
    void searchFindsGeneratedPartners();
    void searchIndexMatchesTriggers();
    void timelineHasCreatedEvents();
    void addingToExistingDataKeepsCodesUnique();
    void reportsProgress();
    void bulkRunKeepsJournalMode_data();
    void bulkRunKeepsJournalMode();
    void cancelWritesNothing();
    void refusesNegativeCounts();
};

void TestDemoGenerator::sameSeedSameData()
{
    test::TempDatabase a, b;
    QVERIFY(generate(a.db, 150, 400, 42).ok());
    QVERIFY(generate(b.db, 150, 400, 42).ok());
    for (const QString &table :
        {QStringLiteral("partners"), QStringLiteral("contacts"), QStringLiteral("customers"),
            QStringLiteral("timeline"), QStringLiteral("users"), QStringLiteral("areas")}) {
        const QStringList rowsA = dump(a.db, table);
        QVERIFY2(!rowsA.isEmpty(), qPrintable(table));
        QCOMPARE(rowsA, dump(b.db, table));
    }
}

void TestDemoGenerator::otherSeedOtherData()
{
    test::TempDatabase a, b;
    QVERIFY(generate(a.db, 50, 50, 1).ok());
    QVERIFY(generate(b.db, 50, 50, 2).ok());
    QVERIFY(dump(a.db, QStringLiteral("partners")) != dump(b.db, QStringLiteral("partners")));
    QVERIFY(dump(a.db, QStringLiteral("customers")) != dump(b.db, QStringLiteral("customers")));
}

void TestDemoGenerator::counts_data()
{
    QTest::addColumn<qint64>("partners");
    QTest::addColumn<qint64>("customers");
    QTest::newRow("both") << qint64(300) << qint64(1000);
    QTest::newRow("partners only") << qint64(40) << qint64(0);
    QTest::newRow("customers only") << qint64(0) << qint64(60);
    QTest::newRow("nothing") << qint64(0) << qint64(0);
}

void TestDemoGenerator::counts()
{
    QFETCH(qint64, partners);
    QFETCH(qint64, customers);
    test::TempDatabase t;
    auto report = generate(t.db, partners, customers);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(report->partners, partners);
    QCOMPARE(report->customers, customers);
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM partners")), partners);
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM customers")), customers);
    const qint64 contacts = count(t.db, QStringLiteral("SELECT count(*) FROM contacts"));
    QCOMPARE(report->contacts, contacts);
    QVERIFY(contacts >= partners && contacts <= 3 * partners);
    // Every partner has exactly one primary contact.
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM contacts WHERE is_primary = 1")), partners);

    const qint64 bound
        = count(t.db, QStringLiteral("SELECT count(*) FROM customers WHERE partner_id IS NOT NULL"));
    if (partners == 0)
        QCOMPARE(bound, 0);
    else if (customers >= 1000)
        QVERIFY2(
            bound > customers * 85 / 100 && bound < customers * 95 / 100, qPrintable(QString::number(bound)));
    if (partners >= 300) {
        // Mostly resellers and active partners, every kind and status present, a few suspended.
        const qint64 resellers
            = count(t.db, QStringLiteral("SELECT count(*) FROM partners WHERE kind = 'reseller'"));
        QVERIFY(resellers > partners / 2);
        QCOMPARE(count(t.db, QStringLiteral("SELECT count(DISTINCT kind) FROM partners")), 4);
        QVERIFY(count(t.db, QStringLiteral("SELECT count(*) FROM partners WHERE status = 'active'"))
            > partners * 3 / 4);
        QVERIFY(count(t.db, QStringLiteral("SELECT count(*) FROM partners WHERE status = 'suspended'")) > 0);
        QCOMPARE(count(t.db,
                     QStringLiteral(
                         "SELECT count(*) FROM partners WHERE status = 'suspended' AND status_reason = ''")),
            0);
        QVERIFY(count(t.db, QStringLiteral("SELECT count(DISTINCT country) FROM partners")) >= 15);
        QVERIFY(count(t.db, QStringLiteral("SELECT count(DISTINCT level_id) FROM partners")) == 3);
        QCOMPARE(
            count(t.db,
                QStringLiteral(
                    "SELECT count(*) FROM partners WHERE area_id IS NULL OR account_manager_id IS NULL")),
            0);
        QCOMPARE(count(t.db, QStringLiteral("SELECT count(DISTINCT segment) FROM customers")), 5);
    }
}

void TestDemoGenerator::ibansAreValid()
{
    test::TempDatabase t;
    QVERIFY(generate(t.db, 500, 0).ok());
    auto q = sql::exec(t.db.sql(), QStringLiteral("SELECT country, iban, bic FROM partners"));
    QVERIFY(q.ok());
    int checked = 0;
    while (q.value().next()) {
        const QString country = q.value().value(0).toString();
        const QString iban = q.value().value(1).toString();
        if (Iban::lengthFor(country) == 0) {
            QVERIFY2(iban.isEmpty(), qPrintable(country + QLatin1Char(' ') + iban));
            continue;
        }
        QVERIFY2(iban.startsWith(country), qPrintable(iban));
        const Status valid = Iban::validate(iban);
        QVERIFY2(valid.ok(), qPrintable(iban + QStringLiteral(": ") + valid.error().message));
        QCOMPARE(q.value().value(2).toString().mid(4, 2), country);
        ++checked;
    }
    QVERIFY(checked > 300);
}

void TestDemoGenerator::codesAreUniqueWithCheckDigit()
{
    test::TempDatabase t;
    QVERIFY(generate(t.db, 400, 1500).ok());
    const QStringList codes
        = column(t.db, QStringLiteral("SELECT code FROM partners UNION ALL SELECT code FROM customers"));
    QCOMPARE(codes.size(), 1900);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
    for (const QString &code : codes) {
        QVERIFY2(AccountNumber::hasValidCheckDigit(code), qPrintable(code));
        QVERIFY2(code.front() != QLatin1Char('0'), qPrintable(code));
    }
}

void TestDemoGenerator::emailsAreValid()
{
    test::TempDatabase t;
    QVERIFY(generate(t.db, 400, 1000).ok());
    const QStringList emails
        = column(t.db, QStringLiteral("SELECT email FROM contacts UNION ALL SELECT email FROM customers"));
    QVERIFY(emails.size() > 1400);
    for (const QString &email : emails) {
        const Status valid = Email::validate(email);
        QVERIFY2(valid.ok(), qPrintable(email + QStringLiteral(": ") + valid.error().message));
    }
    // A contact's address is at the partner's own domain.
    auto q = sql::exec(t.db.sql(),
        QStringLiteral("SELECT c.email, p.website FROM contacts c JOIN partners p ON p.id = c.partner_id "
                       "WHERE p.website <> ''"));
    QVERIFY(q.ok());
    while (q.value().next()) {
        const QString domain = q.value().value(0).toString().section(QLatin1Char('@'), 1);
        QCOMPARE(q.value().value(1).toString(), QStringLiteral("https://www.") + domain);
    }
}

void TestDemoGenerator::partnersPassValidation()
{
    test::TempDatabase t;
    QVERIFY(generate(t.db, 300, 0).ok());
    PartnerFilter all;
    all.archived = PartnerFilter::Archived::Include;
    int seen = 0;
    const Status s = PartnerDirectory(t.db).forEachPartner(all, {}, [&](const Partner &p) {
        ++seen;
        const QList<Error> errors = p.validate();
        if (!errors.isEmpty())
            qWarning() << p.code << p.name << errors.first().toString();
        return errors.isEmpty();
    });
    QVERIFY(s.ok());
    QCOMPARE(seen, 300);
    PartnerStore store(t.db);
    auto contacts = store.contacts(1);
    QVERIFY(contacts.ok());
    for (const Contact &c : contacts.value()) {
        const QList<Error> errors = c.validate();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
    }
}

void TestDemoGenerator::databaseCheckFindsNoProblems()
{
    test::TempDatabase t;
    QVERIFY(generate(t.db, 200, 800).ok());
    auto problems = t.db.check();
    QVERIFY2(problems.ok(), qPrintable(problems.error().toString()));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
}

void TestDemoGenerator::searchFindsGeneratedPartners()
{
    test::TempDatabase t;
    QVERIFY(generate(t.db, 200, 300).ok());
    auto partner = PartnerStore(t.db).get(17);
    QVERIFY(partner.ok());
    PartnerFilter byName;
    byName.archived = PartnerFilter::Archived::Include;
    byName.search = partner->name;
    auto found = PartnerDirectory(t.db).count(byName);
    QVERIFY2(found.ok(), qPrintable(found.error().toString()));
    QVERIFY(found.value() >= 1);
    // Contacts are in the search index too.
    auto contacts = PartnerStore(t.db).contacts(partner->id);
    QVERIFY(contacts.ok() && !contacts->isEmpty());
    PartnerFilter byContact = byName;
    byContact.search = contacts->first().email.section(QLatin1Char('@'), 0, 0);
    found = PartnerDirectory(t.db).count(byContact);
    QVERIFY(found.ok());
    QVERIFY(found.value() >= 1);

    CustomerFilter customers;
    customers.search = QStringLiteral("a");
    auto customerCount = CustomerDirectory(t.db).count({});
    QVERIFY(customerCount.ok());
    QVERIFY(customerCount.value() > 250); // a few are archived
}

void TestDemoGenerator::searchIndexMatchesTriggers()
{
    test::TempDatabase t;
    const QStringList before = column(t.db,
        QStringLiteral(
            "SELECT name || sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name"));
    QVERIFY(generate(t.db, 150, 100).ok());
    // The generator fills the partner search index itself for speed; the schema's triggers are
    // back afterwards...
    QCOMPARE(
        column(t.db,
            QStringLiteral(
                "SELECT name || sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name")),
        before);
    // ...and the index holds what they would have written: let them rewrite every row and compare.
    const QString index = QStringLiteral(
        "SELECT rowid, code, name, legal_name, city, area, contacts FROM partner_fts ORDER BY rowid");
    const QStringList generated = rows(t.db, index);
    QVERIFY(sql::run(t.db.sql(), QStringLiteral("UPDATE partners SET name = name || ''")).ok());
    QVERIFY(sql::run(t.db.sql(), QStringLiteral("UPDATE contacts SET name = name || ''")).ok());
    QCOMPARE(generated.size(), 150);
    QCOMPARE(rows(t.db, index), generated);
}

void TestDemoGenerator::timelineHasCreatedEvents()
{
    test::TempDatabase t(QStringLiteral("demo-user"));
    QVERIFY(generate(t.db, 120, 0).ok());
    QCOMPARE(count(t.db,
                 QStringLiteral("SELECT count(*) FROM timeline WHERE action = 'created' AND entity IN "
                                "('partner', 'customer')")),
        120);
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM timeline WHERE action = 'status'")),
        count(t.db, QStringLiteral("SELECT count(*) FROM partners WHERE status <> 'active'")));
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM timeline WHERE action = 'archived'")),
        count(t.db, QStringLiteral("SELECT count(*) FROM partners WHERE archived_at IS NOT NULL")));
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM timeline WHERE user_login <> 'demo-user'")), 0);
    TimelineEvent created = TimelineStore(t.db).forPartner(5).value().last();
    QCOMPARE(created.action, QStringLiteral("created"));
    QCOMPARE(created.at, PartnerStore(t.db).get(5)->createdAt);
    QVERIFY(created.at <= Clock::nowUtc());
    QVERIFY(created.at > Clock::nowUtc().addYears(-9));
}

void TestDemoGenerator::addingToExistingDataKeepsCodesUnique()
{
    test::TempDatabase t;
    QVERIFY(generate(t.db, 100, 200, 9).ok());
    // The same seed again walks the same code sequence: every code must be skipped, not reused.
    auto second = generate(t.db, 100, 200, 9);
    QVERIFY2(second.ok(), qPrintable(second.error().toString()));
    const QStringList codes
        = column(t.db, QStringLiteral("SELECT code FROM partners UNION ALL SELECT code FROM customers"));
    QCOMPARE(codes.size(), 600);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), 600);
    QCOMPARE(count(t.db,
                 QStringLiteral("SELECT count(*) FROM timeline WHERE action = 'created' AND entity IN "
                                "('partner', 'customer')")),
        200);
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM users")), 12);
}

void TestDemoGenerator::reportsProgress()
{
    test::TempDatabase t;
    DemoOptions options;
    options.partners = 5000;
    options.customers = 5000;
    QList<qint64> done;
    options.progress = [&](qint64 d, qint64 total) {
        QCOMPARE(total, qint64(10000));
        done << d;
    };
    QVERIFY(DemoGenerator(t.db).run(options).ok());
    QVERIFY(done.size() >= 3);
    QVERIFY(std::is_sorted(done.begin(), done.end()));
    QCOMPARE(done.last(), qint64(10000));
}

void TestDemoGenerator::bulkRunKeepsJournalMode_data()
{
    QTest::addColumn<bool>("otherConnection");
    QTest::newRow("alone") << false; // switches to a rollback journal for the load
    QTest::newRow("with another connection") << true; // cannot switch; loads in WAL
}

void TestDemoGenerator::bulkRunKeepsJournalMode()
{
    QFETCH(bool, otherConnection);
    test::TempDatabase t;
    Result<Database> other = Error::make(Error::Code::NotFound, QStringLiteral("none"));
    if (otherConnection) {
        other = t.db.openAnotherConnection();
        QVERIFY(other.ok());
        QCOMPARE(count(other.value(), QStringLiteral("SELECT count(*) FROM partners")), 0);
    }
    const QString schema = QStringLiteral(
        "SELECT type || name || sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name");
    const QStringList before = column(t.db, schema);
    // Enough rows to count as a bulk load: indexes and search triggers are suspended for it.
    auto report = generate(t.db, 70000, 10000);
    QVERIFY2(report.ok(), qPrintable(report.error().toString()));
    QCOMPARE(sql::scalar(t.db.sql(), QStringLiteral("PRAGMA journal_mode")).value().toString(),
        QStringLiteral("wal"));
    QCOMPARE(column(t.db, schema), before);
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM partner_fts")), 70000);
    auto problems = t.db.check();
    QVERIFY(problems.ok());
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    // The search rows written in bulk are what the triggers would have written.
    const QString index
        = QStringLiteral("SELECT rowid, code, name, legal_name, city, area, contacts FROM partner_fts "
                         "WHERE rowid % 97 = 0 ORDER BY rowid");
    const QStringList generated = rows(t.db, index);
    QVERIFY(
        sql::run(t.db.sql(), QStringLiteral("UPDATE partners SET name = name || '' WHERE id % 97 = 0")).ok());
    QVERIFY(sql::run(
        t.db.sql(), QStringLiteral("UPDATE contacts SET name = name || '' WHERE partner_id % 97 = 0"))
                .ok());
    QCOMPARE(rows(t.db, index), generated);
    // The indexes are back and used.
    QVERIFY(rows(t.db, QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM customers WHERE segment = 'SMB'"))
                .join(QLatin1Char(' '))
                .contains(QLatin1String("customers_segment")));
    if (otherConnection)
        QCOMPARE(count(other.value(), QStringLiteral("SELECT count(*) FROM partners")), 70000);
}

void TestDemoGenerator::cancelWritesNothing()
{
    test::TempDatabase t;
    std::atomic_bool cancel = false;
    DemoOptions options;
    options.partners = 20000;
    options.customers = 0;
    options.cancel = &cancel;
    options.progress = [&](qint64 done, qint64) {
        if (done > 0)
            cancel = true;
    };
    auto report = DemoGenerator(t.db).run(options);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, Error::Code::Cancelled);
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM partners")), 0);
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM users")), 0);
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM partner_fts")), 0);
    // The search index triggers the generator suspends are back after the rollback.
    QCOMPARE(count(t.db,
                 QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                "('partners_fts_insert', 'contacts_fts_insert')")),
        2);
    QCOMPARE(count(t.db, QStringLiteral("SELECT count(*) FROM sqlite_temp_master")), 0);
}

void TestDemoGenerator::refusesNegativeCounts()
{
    test::TempDatabase t;
    auto report = generate(t.db, -1, 0);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, Error::Code::Usage);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
