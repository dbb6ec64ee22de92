#include "../testdb.h"
#include "customers/customerdirectory.h"
#include "customers/customerstore.h"
#include "db/sql.h"
#include "db/statementcache.h"
#include "db/transaction.h"
#include "io/csvreader.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "partners/lookups.h"
#include "partners/partnerdirectory.h"
#include "partners/partnerstore.h"
#include "testmain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace cd;
using cd::test::TempDatabase;
using namespace Qt::StringLiterals;

namespace {

// Everything that must survive export → import; ids, times and versions are the new database's own.
struct PartnerText
{
    Partner p;
    QString area;
    QString manager;
    QString level;
    QString activation;
};

QString lookup(const QSqlDatabase &db, const char *table, const char *column, qint64 id)
{
    if (id == 0)
        return {};
    auto v = sql::scalar(db,
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(QLatin1String(column), QLatin1String(table)),
        {id});
    return v.value().toString();
}

void comparePartners(const Database &a, const Partner &x, const Database &b, const Partner &y)
{
    QCOMPARE(y.code, x.code);
    QCOMPARE(y.name, x.name);
    QCOMPARE(y.legalName, x.legalName);
    QCOMPARE(y.kind, x.kind);
    QCOMPARE(y.businessNature, x.businessNature);
    QCOMPARE(lookup(b.sql(), "areas", "name", y.areaId), lookup(a.sql(), "areas", "name", x.areaId));
    QCOMPARE(y.street, x.street);
    QCOMPARE(y.city, x.city);
    QCOMPARE(y.postcode, x.postcode);
    QCOMPARE(y.region, x.region);
    QCOMPARE(y.country, x.country);
    QCOMPARE(y.latitude, x.latitude);
    QCOMPARE(y.longitude, x.longitude);
    QCOMPARE(y.website, x.website);
    QCOMPARE(y.taxId, x.taxId);
    QCOMPARE(y.controlAccount, x.controlAccount);
    QCOMPARE(y.bankHolder, x.bankHolder);
    QCOMPARE(y.iban, x.iban);
    QCOMPARE(y.bic, x.bic);
    QCOMPARE(y.bankName, x.bankName);
    QCOMPARE(y.status, x.status);
    QCOMPARE(y.statusReason, x.statusReason);
    QCOMPARE(y.statusDate, x.statusDate);
    QCOMPARE(lookup(b.sql(), "partner_levels", "name", y.levelId),
        lookup(a.sql(), "partner_levels", "name", x.levelId));
    QCOMPARE(y.weightOverride, x.weightOverride);
    QCOMPARE(lookup(b.sql(), "partner_activations", "name", y.activationId),
        lookup(a.sql(), "partner_activations", "name", x.activationId));
    QCOMPARE(lookup(b.sql(), "users", "login", y.accountManagerId),
        lookup(a.sql(), "users", "login", x.accountManagerId));
    QCOMPARE(y.tags, x.tags);
    QCOMPARE(y.notes, x.notes);
    QCOMPARE(y.isArchived(), x.isArchived());
}

QList<QStringList> readCsv(const QString &path)
{
    CsvReader reader;
    auto records = reader.readFile(path);
    if (!records)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(records.error().toString()));
    QList<QStringList> out;
    for (const CsvRecord &r : records.value())
        out.append(r.fields);
    return out;
}

QStringList column(const QList<QStringList> &rows, int index)
{
    QStringList out;
    for (const QStringList &r : rows)
        out.append(r.value(index));
    return out;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void partnersHonourFilterAndSort_data();
    void partnersHonourFilterAndSort();
    void customersHonourFilterAndSort();
    void contactsFollowPartners();
    void cancelledExportLeavesNoFile();
    void unwritablePath();
    void speed();

private:
    static void seed(const Database &db);
};

// A varied registry: every field of one partner set, awkward text (quotes, delimiters, line
// breaks, non-Latin letters), archived rows, contacts and customers.
void TestExporter::seed(const Database &db)
{
    LookupStore lookups(db);
    User manager;
    manager.login = u"jdoe"_s;
    manager.displayName = u"Jane Doe"_s;
    auto managerId = lookups.saveUser(manager);
    QVERIFY(managerId.ok());
    Area north;
    north.name = u"North"_s;
    auto areaId = lookups.saveArea(north);
    QVERIFY(areaId.ok());

    PartnerStore store(db);
    Partner full;
    full.code = u"F-100"_s;
    full.name = u"Fülle, \"Full\" & Co; Ltd"_s;
    full.legalName = u"Fülle Vertriebs GmbH"_s;
    full.kind = PartnerKind::Distributor;
    full.businessNature = u"Wholesale"_s;
    full.areaId = areaId->id;
    full.street = u"Hauptstraße 1"_s;
    full.city = u"München"_s;
    full.postcode = u"80331"_s;
    full.region = u"Bayern"_s;
    full.country = u"DE"_s;
    full.latitude = 48.137154;
    full.longitude = 11.576124;
    full.website = u"https://fuelle.example.de"_s;
    full.taxId = u"DE123456789"_s;
    full.controlAccount = u"1400"_s;
    full.bankHolder = u"Fülle GmbH"_s;
    full.iban = u"DE89370400440532013000"_s;
    full.bic = u"COBADEFFXXX"_s;
    full.bankName = u"Commerzbank"_s;
    full.status = PartnerStatus::Suspended;
    full.statusReason = u"Unpaid invoices"_s;
    full.statusDate = QDate(2024, 2, 29);
    full.levelId = lookups.levelId(u"Gold"_s).value();
    full.weightOverride = 7;
    full.activationId = lookups.activationId(u"Ramp-up"_s).value();
    full.accountManagerId = managerId->id;
    full.tags = {u"key account"_s, u"north"_s};
    full.notes = u"First line, with comma\nSecond line; \"quoted\"\n=SUM(A1)"_s;
    auto f = store.create(full);
    QVERIFY2(f.ok(), qPrintable(f.error().toString()));

    Partner minimal;
    minimal.code = u"M-200"_s;
    minimal.name = u"Минимал"_s;
    auto m = store.create(minimal);
    QVERIFY(m.ok());

    Partner archived;
    archived.code = u"A-300"_s;
    archived.name = u"=HYPERLINK(\"http://evil.example\",\"click\")"_s; // formula injection
    archived.kind = PartnerKind::Agent;
    archived.country = u"FR"_s;
    auto a = store.create(archived);
    QVERIFY(a.ok());
    QVERIFY(store.archive(a->id, a->version).ok());

    Contact c1;
    c1.partnerId = f->id;
    c1.name = u"Anna Äpfel"_s;
    c1.function = u"CEO, founder"_s;
    c1.email = u"anna@fuelle.example.de"_s;
    c1.phone = u"+49 89 1"_s;
    c1.primary = true;
    QVERIFY(store.addContact(c1).ok());
    Contact c2;
    c2.partnerId = f->id;
    c2.name = u"Bert"_s;
    QVERIFY(store.addContact(c2).ok());
    Contact c3;
    c3.partnerId = m->id;
    c3.name = u"Иван"_s;
    c3.email = u"ivan@example.com"_s;
    QVERIFY(store.addContact(c3).ok());

    CustomerStore customers(db);
    Customer k1 {.code = u"K-1"_s,
        .name = u"Kunde \"Eins\""_s,
        .street = u"Weg 1"_s,
        .city = u"Köln"_s,
        .postcode = u"50667"_s,
        .country = u"DE"_s,
        .segment = u"Retail"_s,
        .email = u"k1@example.com"_s,
        .phone = u"+49 221 0"_s,
        .partnerId = f->id};
    QVERIFY(customers.create(k1).ok());
    Customer k2 {.code = u"K-2"_s, .name = u"@SUM(1+1)*cmd"_s};
    QVERIFY(customers.create(k2).ok());
    Customer k3 {.code = u"K-3"_s, .name = u"Gone Customer"_s};
    k3.partnerId = m->id;
    auto created = customers.create(k3);
    QVERIFY(created.ok());
    QVERIFY(customers.archive(created->id, created->version).ok());
}

void TestExporter::roundTrip()
{
    TempDatabase source;
    seed(source.db);
    if (QTest::currentTestFailed())
        return;
    QTemporaryDir dir;
    const QString partnersFile = dir.filePath(u"partners.csv"_s);
    const QString contactsFile = dir.filePath(u"contacts.csv"_s);
    const QString customersFile = dir.filePath(u"customers.csv"_s);
    PartnerFilter all;
    all.archived = PartnerFilter::Archived::Include;
    CustomerFilter allCustomers;
    allCustomers.archived = CustomerFilter::Archived::Include;
    auto p = Exporter::exportPartners(source.db, all, {}, partnersFile);
    QVERIFY2(p.ok(), qPrintable(p.error().toString()));
    QCOMPARE(p.value(), 3);
    auto c = Exporter::exportContacts(source.db, all, {}, contactsFile);
    QVERIFY2(c.ok(), qPrintable(c.error().toString()));
    QCOMPARE(c.value(), 3);
    auto k = Exporter::exportCustomers(source.db, allCustomers, {}, customersFile);
    QVERIFY2(k.ok(), qPrintable(k.error().toString()));
    QCOMPARE(k.value(), 3);
    // Cells a spreadsheet would run as formulas are written as text; the import below restores them.
    const auto fileText = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QVERIFY(fileText(partnersFile).contains("\"'=HYPERLINK("));
    QVERIFY(fileText(customersFile).contains(",'@SUM(1+1)*cmd,"));

    TempDatabase target;
    Importer importer(target.db);
    for (const auto &[file, kind] :
        {std::pair {partnersFile, ImportKind::Partners}, std::pair {contactsFile, ImportKind::Contacts},
            std::pair {customersFile, ImportKind::Customers}}) {
        // The export's headers map 1:1 without help.
        auto preview = importer.preview(file, kind);
        QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
        for (const QString &h : preview->headers)
            QVERIFY2(!preview->suggestedMapping.value(h).isEmpty(), qPrintable(h));
        ImportOptions o;
        o.kind = kind;
        auto r = importer.run(file, o);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QVERIFY2(r->problems.isEmpty(), qPrintable(r->problems.value(0).message));
        QVERIFY(r->written);
    }

    PartnerStore from(source.db);
    PartnerStore to(target.db);
    for (const char *code : {"F-100", "M-200", "A-300"}) {
        auto x = from.findByCode(QLatin1String(code));
        auto y = to.findByCode(QLatin1String(code));
        QVERIFY2(y.ok(), code);
        comparePartners(source.db, x.value(), target.db, y.value());
        if (QTest::currentTestFailed())
            return;
        auto cx = from.contacts(x->id);
        auto cy = to.contacts(y->id);
        QCOMPARE(cy->size(), cx->size());
        for (int i = 0; i < cx->size(); ++i) {
            QCOMPARE(cy->at(i).name, cx->at(i).name);
            QCOMPARE(cy->at(i).function, cx->at(i).function);
            QCOMPARE(cy->at(i).email, cx->at(i).email);
            QCOMPARE(cy->at(i).phone, cx->at(i).phone);
            QCOMPARE(cy->at(i).primary, cx->at(i).primary);
        }
    }
    CustomerStore kFrom(source.db);
    CustomerStore kTo(target.db);
    for (const char *code : {"K-1", "K-2", "K-3"}) {
        auto x = kFrom.findByCode(QLatin1String(code));
        auto y = kTo.findByCode(QLatin1String(code));
        QVERIFY2(y.ok(), code);
        QCOMPARE(y->name, x->name);
        QCOMPARE(y->street, x->street);
        QCOMPARE(y->city, x->city);
        QCOMPARE(y->postcode, x->postcode);
        QCOMPARE(y->country, x->country);
        QCOMPARE(y->segment, x->segment);
        QCOMPARE(y->email, x->email);
        QCOMPARE(y->phone, x->phone);
        QCOMPARE(y->isArchived(), x->isArchived());
        const QString partnerFrom = x->partnerId ? from.get(x->partnerId)->code : QString();
        const QString partnerTo = y->partnerId ? to.get(y->partnerId)->code : QString();
        QCOMPARE(partnerTo, partnerFrom);
    }

    // Exporting the copy gives the same file again.
    const QString again = dir.filePath(u"again.csv"_s);
    QVERIFY(Exporter::exportPartners(target.db, all, {}, again).ok());
    QCOMPARE(readCsv(again), readCsv(partnersFile));
}

void TestExporter::partnersHonourFilterAndSort_data()
{
    QTest::addColumn<int>("filterKind"); // -1 = any
    QTest::addColumn<int>("archived");
    QTest::addColumn<PartnerColumn>("sortColumn");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("search");

    QTest::newRow("all by name") << -1 << int(PartnerFilter::Archived::Hide) << PartnerColumn::Name
                                 << Qt::AscendingOrder << QString();
    QTest::newRow("dealers by city desc") << int(PartnerKind::Dealer) << int(PartnerFilter::Archived::Hide)
                                          << PartnerColumn::City << Qt::DescendingOrder << QString();
    QTest::newRow("archived only by code")
        << -1 << int(PartnerFilter::Archived::Only) << PartnerColumn::Code << Qt::AscendingOrder << QString();
    QTest::newRow("search") << -1 << int(PartnerFilter::Archived::Include) << PartnerColumn::Updated
                            << Qt::DescendingOrder << u"berl"_s;
}

void TestExporter::partnersHonourFilterAndSort()
{
    QFETCH(int, filterKind);
    QFETCH(int, archived);
    QFETCH(PartnerColumn, sortColumn);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, search);
    TempDatabase t;
    PartnerStore store(t.db);
    const QStringList cities = {u"Berlin"_s, u"Aachen"_s, u"Zürich"_s, u"berlin"_s, u"Bonn"_s};
    for (int i = 0; i < 40; ++i) {
        Partner p;
        p.code = u"P-%1"_s.arg(40 - i, 2, 10, QLatin1Char('0'));
        p.name = u"Partner %1"_s.arg(i % 7);
        p.city = cities[i % cities.size()];
        p.kind = Partner::allKinds()[i % 4];
        auto created = store.create(p);
        QVERIFY(created.ok());
        if (i % 5 == 0)
            QVERIFY(store.archive(created->id, created->version).ok());
    }
    PartnerFilter filter;
    if (filterKind >= 0)
        filter.kind = PartnerKind(filterKind);
    filter.archived = PartnerFilter::Archived(archived);
    filter.search = search;
    const PartnerSort sort {sortColumn, order};

    QStringList expected;
    QVERIFY(PartnerDirectory(t.db)
                .forEach(filter, sort,
                    [&](const PartnerRow &row) {
                        expected.append(row.code);
                        return true;
                    })
                .ok());
    QVERIFY(!expected.isEmpty());
    const QString file = t.dir->filePath(u"out.csv"_s);
    QList<std::pair<qint64, qint64>> progress;
    auto n = Exporter::exportPartners(t.db, filter, sort, file, [&](qint64 done, qint64 total) {
        progress.append({done, total});
    });
    QVERIFY2(n.ok(), qPrintable(n.error().toString()));
    QCOMPARE(n.value(), expected.size());
    const auto rows = readCsv(file);
    QCOMPARE(column(rows, 0), expected);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last(), std::pair(qint64(expected.size()), qint64(expected.size())));
}

void TestExporter::customersHonourFilterAndSort()
{
    TempDatabase t;
    auto partner = PartnerStore(t.db).create(Partner {.code = u"P-1"_s, .name = u"Alpha"_s});
    QVERIFY(partner.ok());
    CustomerStore store(t.db);
    for (int i = 0; i < 12; ++i) {
        Customer c {.code = u"C-%1"_s.arg(i, 2, 10, QLatin1Char('0')), .name = u"Customer %1"_s.arg(11 - i)};
        c.city = i % 2 ? u"Bonn"_s : u"Aachen"_s;
        c.partnerId = i % 3 ? partner->id : 0;
        QVERIFY(store.create(c).ok());
    }
    for (const auto binding :
        {CustomerFilter::Binding::Any, CustomerFilter::Binding::Direct, CustomerFilter::Binding::Partner}) {
        CustomerFilter filter;
        filter.binding = binding;
        filter.partnerId = binding == CustomerFilter::Binding::Partner ? partner->id : 0;
        const CustomerSort sort {CustomerColumn::Name, Qt::DescendingOrder};
        QStringList expected;
        QVERIFY(CustomerDirectory(t.db)
                    .forEach(filter, sort,
                        [&](const CustomerRow &row) {
                            expected.append(row.code);
                            return true;
                        })
                    .ok());
        const QString file = t.dir->filePath(u"customers.csv"_s);
        auto n = Exporter::exportCustomers(t.db, filter, sort, file);
        QVERIFY2(n.ok(), qPrintable(n.error().toString()));
        const auto rows = readCsv(file);
        QCOMPARE(column(rows, 0), expected);
        const int partnerCode = rows.isEmpty() ? -1 : 9;
        if (binding == CustomerFilter::Binding::Direct)
            QCOMPARE(column(rows, partnerCode), QStringList(QList<QString>(expected.size())));
        if (binding == CustomerFilter::Binding::Partner)
            QCOMPARE(column(rows, partnerCode), QStringList(QList<QString>(expected.size(), u"P-1"_s)));
    }
}

void TestExporter::contactsFollowPartners()
{
    TempDatabase t;
    seed(t.db);
    if (QTest::currentTestFailed())
        return;
    const QString file = t.dir->filePath(u"contacts.csv"_s);
    PartnerFilter filter;
    filter.search = u"Fülle"_s;
    auto n = Exporter::exportContacts(t.db, filter, {}, file);
    QVERIFY2(n.ok(), qPrintable(n.error().toString()));
    QCOMPARE(n.value(), 2);
    CsvReader reader;
    auto records = reader.readFile(file);
    QVERIFY(records.ok());
    QCOMPARE(reader.header().fields,
        QStringList({Importer::columnName(ImportKind::Contacts, u"partnerCode"_s),
            Importer::columnName(ImportKind::Contacts, u"partner"_s),
            Importer::columnName(ImportKind::Contacts, u"name"_s),
            Importer::columnName(ImportKind::Contacts, u"function"_s),
            Importer::columnName(ImportKind::Contacts, u"email"_s),
            Importer::columnName(ImportKind::Contacts, u"phone"_s),
            Importer::columnName(ImportKind::Contacts, u"primary"_s)}));
    QCOMPARE(records->at(0).fields.at(0), u"F-100"_s);
    QCOMPARE(records->at(0).fields.at(2), u"Anna Äpfel"_s);
    QCOMPARE(records->at(0).fields.at(6), u"yes"_s);
}

void TestExporter::cancelledExportLeavesNoFile()
{
    TempDatabase t;
    PartnerStore store(t.db);
    {
        Transaction tx(t.db.sql());
        QVERIFY(tx.begin().ok());
        sql::StatementCache cache(t.db.sql());
        for (int i = 0; i < 3000; ++i)
            QVERIFY(store.create(Partner {.code = u"C%1"_s.arg(i), .name = u"Partner %1"_s.arg(i)}).ok());
        QVERIFY(tx.commit().ok());
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(u"out.csv"_s);

    // Cancelled before the first row.
    std::atomic_bool cancel = true;
    auto r = Exporter::exportPartners(t.db, {}, {}, file, {}, &cancel);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    QVERIFY(!QFile::exists(file));

    // Cancelled half way, over an older export: that one stays as it was.
    {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old export\n");
    }
    cancel = false;
    for (auto exporter : {&Exporter::exportPartners, &Exporter::exportContacts}) {
        auto half = exporter(
            t.db, {}, {}, file,
            [&](qint64 done, qint64) {
                if (done >= 1000)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!half.ok());
        QCOMPARE(half.error().code, Error::Code::Cancelled);
        cancel = false;
    }
    cancel = true;
    auto customers = Exporter::exportCustomers(t.db, {}, {}, file, {}, &cancel);
    QCOMPARE(customers.error().code, Error::Code::Cancelled);
    QFile old(file);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old export\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList({u"out.csv"_s})); // no temporary files left
}

void TestExporter::unwritablePath()
{
    TempDatabase t;
    auto r = Exporter::exportPartners(t.db, {}, {}, t.dir->filePath(u"no/such/folder/out.csv"_s));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Io);
}

// 2,000 partners with two contacts each; CHANNELDESK_EXPORT_ROWS changes the number.
void TestExporter::speed()
{
    const int rows = qEnvironmentVariableIsSet("CHANNELDESK_EXPORT_ROWS")
        ? qEnvironmentVariableIntValue("CHANNELDESK_EXPORT_ROWS")
        : 2000;
    TempDatabase t;
    {
        PartnerStore store(t.db);
        Transaction tx(t.db.sql());
        QVERIFY(tx.begin().ok());
        sql::StatementCache cache(t.db.sql());
        for (int i = 0; i < rows; ++i) {
            Partner p {.code = u"S-%1"_s.arg(i), .name = u"Partner %1"_s.arg(i)};
            p.city = u"City %1"_s.arg(i % 300);
            p.notes = u"Some notes"_s;
            auto created = store.create(p);
            QVERIFY(created.ok());
            for (int c = 0; c < 2; ++c) {
                Contact contact;
                contact.partnerId = created->id;
                contact.name = u"Contact %1"_s.arg(c);
                QVERIFY(store.addContact(contact).ok());
            }
        }
        QVERIFY(tx.commit().ok());
    }
    QElapsedTimer timer;
    timer.start();
    auto partners = Exporter::exportPartners(t.db, {}, {}, t.dir->filePath(u"p.csv"_s));
    const qint64 partnersMs = timer.restart();
    auto contacts = Exporter::exportContacts(t.db, {}, {}, t.dir->filePath(u"c.csv"_s));
    const qint64 contactsMs = timer.elapsed();
    QVERIFY(partners.ok() && contacts.ok());
    QCOMPARE(partners.value(), rows);
    QCOMPARE(contacts.value(), 2 * rows);
    qInfo("exported %d partners in %lld ms, their %d contacts in %lld ms", rows, partnersMs, 2 * rows,
        contactsMs);
}

CHANNELDESK_TEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
