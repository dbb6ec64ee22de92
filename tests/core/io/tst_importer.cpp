#include "../testdb.h"
#include "customers/customerstore.h"
#include "db/sql.h"
#include "io/importer.h"
#include "partners/lookups.h"
#include "partners/partnerdirectory.h"
#include "partners/partnerstore.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace cd;
using cd::test::count;
using cd::test::strings;
using cd::test::TempDatabase;
using namespace Qt::StringLiterals;

namespace {

QHash<QString, QString> mapping(std::initializer_list<std::pair<const char *, const char *>> items)
{
    QHash<QString, QString> out;
    for (const auto &[header, key] : items)
        out.insert(QString::fromUtf8(header), QString::fromUtf8(key));
    return out;
}

QString writeFile(const TempDatabase &t, const QByteArray &bytes, const char *name = "in.csv")
{
    const QString path = t.dir->filePath(QString::fromUtf8(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

QString describe(const QList<ImportProblem> &problems)
{
    QStringList out;
    for (const ImportProblem &p : problems)
        out.append(QStringLiteral("%1 [%2] %3").arg(p.line).arg(p.column, p.message));
    return out.join(QLatin1Char('\n'));
}

Partner partner(const char *code, const char *name)
{
    Partner p;
    p.code = QString::fromUtf8(code);
    p.name = QString::fromUtf8(name);
    return p;
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT
private slots:
    void suggestField_data();
    void suggestField();
    void exportHeadersMapOneToOne();
    void checkMapping_data();
    void checkMapping();
    void checkMappingExisting_data();
    void checkMappingExisting();
    void preview();
    void formats_data();
    void formats();
    void fieldValues();
    void countries_data();
    void countries();
    void lookupsByName();
    void odooPartners();
    void odooContacts();
    void contactsByCodeOrName();
    void customers();
    void duplicateCodes();
    void existingRows_data();
    void existingRows();
    void updateKeepsWhatTheFileLeavesEmpty();
    void updateCustomers();
    void dryRun_data();
    void dryRun();
    void allOrNothingWritesNothing();
    void goodRowsImportTheRest();
    void cancelWritesNothing();
    void invalidUtf8();
    void emptyFile();
    void headerOnly();
    void unknownHeaders();
    void missingNameColumn();
    void tooManyFields();
    void speed();
    void largeFileKeepsSchemaAndSearch_data();
    void largeFileKeepsSchemaAndSearch();
    void leads_data();
    void leads();
};

void TestImporter::suggestField_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");

    const auto P = ImportKind::Partners;
    const auto C = ImportKind::Contacts;
    const auto U = ImportKind::Customers;
    QTest::newRow("Name") << P << "Name"
                          << "name";
    QTest::newRow("company name") << P << "Company Name"
                                  << "name";
    QTest::newRow("Firma") << P << "Firma"
                           << "name";
    QTest::newRow("account number") << P << "Account number"
                                    << "code";
    QTest::newRow("Kundennummer") << P << "Kundennummer"
                                  << "code";
    QTest::newRow("Straße") << P << "Straße"
                            << "street";
    QTest::newRow("address") << P << "ADDRESS"
                             << "street";
    QTest::newRow("Ort") << P << "Ort"
                         << "city";
    QTest::newRow("postal code") << P << "Postal code"
                                 << "postcode";
    QTest::newRow("PLZ") << P << " PLZ "
                         << "postcode";
    QTest::newRow("zip") << P << "Zip"
                         << "postcode";
    QTest::newRow("Land") << P << "Land"
                          << "country";
    QTest::newRow("e-mail") << P << "E-Mail"
                            << "email";
    QTest::newRow("telephone") << P << "Telephone"
                               << "phone";
    QTest::newRow("Telefon") << P << "Telefon"
                             << "phone";
    QTest::newRow("website") << P << "Web site"
                             << "website";
    QTest::newRow("VAT") << P << "VAT"
                         << "taxId";
    QTest::newRow("tax id") << P << "Tax-ID"
                            << "taxId";
    QTest::newRow("USt-IdNr.") << P << "USt-IdNr."
                               << "taxId";
    QTest::newRow("IBAN") << P << "iban"
                          << "iban";
    QTest::newRow("BIC") << P << "BIC/SWIFT"
                         << "bic";
    QTest::newRow("type") << P << "Type"
                          << "kind";
    QTest::newRow("territory") << P << "Territory"
                               << "area";
    QTest::newRow("account manager") << P << "account_manager"
                                     << "accountManager";
    QTest::newRow("Salesperson") << P << "Salesperson"
                                 << "accountManager";
    QTest::newRow("Bemerkungen") << P << "Bemerkungen"
                                 << "notes";
    QTest::newRow("Related Company") << P << "Related Company"
                                     << "relatedCompany";
    QTest::newRow("Is a Company") << P << "Is a Company"
                                  << "isCompany";
    QTest::newRow("is company") << P << "is_company"
                                << "isCompany";
    QTest::newRow("unknown") << P << "Favourite colour"
                             << "";
    QTest::newRow("empty") << P << ""
                           << "";
    QTest::newRow("contacts: Related Company") << C << "Related Company"
                                               << "partner";
    QTest::newRow("contacts: Firma") << C << "Firma"
                                     << "partner";
    QTest::newRow("contacts: Kundennummer") << C << "Kundennummer"
                                            << "partnerCode";
    QTest::newRow("contacts: Partner code") << C << "Partner code"
                                            << "partnerCode";
    QTest::newRow("contacts: Ansprechpartner") << C << "Ansprechpartner"
                                               << "name";
    QTest::newRow("contacts: Job Position") << C << "Job Position"
                                            << "function";
    QTest::newRow("customers: Kunde") << U << "Kunde"
                                      << "name";
    QTest::newRow("customers: Partner code") << U << "Partner code"
                                             << "partnerCode";
    QTest::newRow("customers: Kundennummer") << U << "Kundennummer"
                                             << "code";
    QTest::newRow("customers: Dealer") << U << "Dealer"
                                       << "partner";
}

void TestImporter::suggestField()
{
    QFETCH(ImportKind, kind);
    QFETCH(QString, header);
    QFETCH(QString, field);
    QCOMPARE(Importer::suggestField(kind, header), field);
}

void TestImporter::exportHeadersMapOneToOne()
{
    for (ImportKind kind : {ImportKind::Partners, ImportKind::Contacts, ImportKind::Customers}) {
        QStringList headers;
        for (const auto &[key, label] : Importer::fields(kind)) {
            QVERIFY(!label.isEmpty());
            const QString column = Importer::columnName(kind, key);
            QVERIFY2(!column.isEmpty(), qPrintable(key));
            QCOMPARE(Importer::suggestField(kind, column), key);
            headers.append(column);
        }
        const auto mapping = Importer::suggestMapping(kind, headers);
        for (const auto &[key, label] : Importer::fields(kind))
            QCOMPARE(mapping.value(Importer::columnName(kind, key)), key);
    }
}

void TestImporter::checkMapping_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<bool>("ok");

    QTest::newRow("ok") << ImportKind::Partners << strings({"A", "B"}) << strings({"name", "city"}) << true;
    QTest::newRow("no name") << ImportKind::Partners << strings({"A", "B"}) << strings({"code", "city"})
                             << false;
    QTest::newRow("twice") << ImportKind::Partners << strings({"A", "B"}) << strings({"name", "name"})
                           << false;
    QTest::newRow("unknown key") << ImportKind::Partners << strings({"A", "B"}) << strings({"name", "bogus"})
                                 << false;
    QTest::newRow("contact without partner")
        << ImportKind::Contacts << strings({"A"}) << strings({"name"}) << false;
    QTest::newRow("contact by name") << ImportKind::Contacts << strings({"A", "B"})
                                     << strings({"name", "partner"}) << true;
}

void TestImporter::checkMapping()
{
    QFETCH(ImportKind, kind);
    QFETCH(QStringList, headers);
    QFETCH(QStringList, keys);
    QFETCH(bool, ok);
    QHash<QString, QString> mapping;
    for (int i = 0; i < headers.size(); ++i)
        mapping.insert(headers[i], keys[i]);
    const Status s = Importer::checkMapping(kind, headers, mapping);
    QCOMPARE(s.ok(), ok);
    if (!ok)
        QVERIFY(!s.error().message.isEmpty());
}

void TestImporter::checkMappingExisting_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<int>("existing");
    QTest::addColumn<bool>("ok");
    const int update = int(ExistingRows::Update);
    QTest::newRow("update by code") << ImportKind::Partners << strings({"code", "city"}) << update << true;
    QTest::newRow("skip needs names")
        << ImportKind::Partners << strings({"code", "city"}) << int(ExistingRows::Skip) << false;
    QTest::newRow("update without code")
        << ImportKind::Partners << strings({"city", "iban"}) << update << false;
    QTest::newRow("customers by code")
        << ImportKind::Customers << strings({"code", "segment"}) << update << true;
}

void TestImporter::checkMappingExisting()
{
    QFETCH(ImportKind, kind);
    QFETCH(QStringList, keys);
    QFETCH(int, existing);
    QHash<QString, QString> mapping;
    QStringList headers;
    for (const QString &key : keys) {
        headers.append(key.toUpper());
        mapping.insert(key.toUpper(), key);
    }
    QTEST(Importer::checkMapping(kind, headers, mapping, ExistingRows(existing)).ok(), "ok");
}

void TestImporter::preview()
{
    TempDatabase t;
    QByteArray csv = "Firma;Ort;Farbe\n";
    for (int i = 0; i < 10; ++i)
        csv += "Firma " + QByteArray::number(i) + ";Berlin;blau\n";
    auto p = Importer(t.db).preview(writeFile(t, csv), ImportKind::Partners);
    QVERIFY2(p.ok(), qPrintable(p.error().toString()));
    QCOMPARE(p->headers, strings({"Firma", "Ort", "Farbe"}));
    QCOMPARE(p->delimiter, QLatin1Char(';'));
    QCOMPARE(p->sampleRows.size(), Importer::SampleRows);
    QCOMPARE(p->sampleRows.first(), strings({"Firma 0", "Berlin", "blau"}));
    QCOMPARE(p->suggestedMapping.value(u"Firma"_s), QStringLiteral("name"));
    QCOMPARE(p->suggestedMapping.value(u"Ort"_s), QStringLiteral("city"));
    QCOMPARE(p->suggestedMapping.value(u"Farbe"_s), QString());
}

// The same three partners in different spellings of CSV; the third has a bad IBAN, reported at the
// line where its record starts.
void TestImporter::formats_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<qint64>("badLine");

    const QByteArray rows = "Code,Name,City,IBAN\n"
                            "P-1,Alpha,Berlin,DE89370400440532013000\n"
                            "P-2,Beta,Paris,\n"
                            "P-3,Gamma,Rome,DE00123\n";
    QTest::newRow("utf-8") << rows << qint64(4);
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + rows << qint64(4);
    QTest::newRow("semicolon") << QByteArray(rows).replace(',', ';') << qint64(4);
    QTest::newRow("crlf") << QByteArray(rows).replace("\n", "\r\n") << qint64(4);
    QTest::newRow("embedded newlines") << QByteArray(
        "Code,Name,Notes,City,IBAN\r\n"
        "P-1,Alpha,\"first line\r\nsecond line\r\nthird\",Berlin,\r\n"
        "P-2,\"Beta, \"\"the\"\" one\",\"a\nb\",Paris,\r\n"
        "P-3,Gamma,,Rome,DE00123\r\n") << qint64(7);
}

void TestImporter::formats()
{
    QFETCH(QByteArray, csv);
    QFETCH(qint64, badLine);
    TempDatabase t;
    ImportOptions o;
    o.allOrNothing = false;
    auto r = Importer(t.db).run(writeFile(t, csv), o);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->rowsRead, 3);
    QCOMPARE(r->rowsImported, 2);
    QVERIFY(r->written);
    QCOMPARE(r->problems.size(), 1);
    QCOMPARE(r->problems[0].line, badLine);
    QCOMPARE(r->problems[0].column, QStringLiteral("IBAN"));
    QVERIFY(!r->problems[0].message.isEmpty());
    PartnerStore store(t.db);
    auto beta = store.findByCode(u"P-2"_s);
    QVERIFY(beta.ok());
    QVERIFY(beta->name.startsWith(QLatin1String("Beta")));
    QCOMPARE(beta->city, QStringLiteral("Paris"));
    QVERIFY(!store.codeExists(u"P-3"_s).value());
    if (QTest::currentDataTag() == QByteArray("embedded newlines")) {
        QCOMPARE(store.findByCode(u"P-1"_s)->notes, QStringLiteral("first line\nsecond line\nthird"));
        QCOMPARE(beta->name, QStringLiteral("Beta, \"the\" one"));
    }
}

void TestImporter::fieldValues()
{
    TempDatabase t;
    const QByteArray csv
        = "Code;Name;Kind;Status;Status reason;Status date;Latitude;Longitude;Weight override;Tags;"
          "Archived;Website;Legal name\n"
          "D-1;Delta;dealer;suspended;Unpaid invoices;2024-03-01;52,52;13.405;2;a, b, a;yes;"
          "delta.example.com;Delta GmbH\n";
    auto r = Importer(t.db).run(writeFile(t, csv), {});
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QVERIFY2(r->problems.isEmpty(), qPrintable(describe(r->problems)));
    auto p = PartnerStore(t.db).findByCode(u"D-1"_s);
    QVERIFY(p.ok());
    QCOMPARE(p->kind, PartnerKind::Dealer);
    QCOMPARE(p->status, PartnerStatus::Suspended);
    QCOMPARE(p->statusReason, QStringLiteral("Unpaid invoices"));
    QCOMPARE(p->statusDate, QDate(2024, 3, 1));
    QCOMPARE(p->latitude.value(), 52.52);
    QCOMPARE(p->longitude.value(), 13.405);
    QCOMPARE(p->weightOverride.value(), 2);
    QCOMPARE(p->tags, strings({"a", "b"}));
    QVERIFY(p->isArchived());
    QCOMPARE(p->legalName, QStringLiteral("Delta GmbH"));

    // Values that do not parse are reported at their column.
    const QByteArray bad = "Name,Kind,Status,Latitude,Longitude,Status date,Archived\n"
                           "E,wizard,sleeping,north,1,yesterday,maybe\n";
    ImportOptions o;
    auto r2 = Importer(t.db).run(writeFile(t, bad, "bad.csv"), o);
    QVERIFY(r2.ok());
    QStringList columns;
    for (const ImportProblem &problem : r2->problems) {
        QCOMPARE(problem.line, 2);
        columns.append(problem.column);
    }
    for (const char *column : {"Kind", "Status", "Latitude", "Status date", "Archived"})
        QVERIFY2(columns.contains(QLatin1String(column)), column);
    QVERIFY(!r2->written);
}

void TestImporter::countries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << "de"
                          << "DE";
    QTest::newRow("English") << "Germany"
                             << "DE";
    QTest::newRow("German") << "Deutschland"
                            << "DE";
    QTest::newRow("German with umlaut") << "Österreich"
                                        << "AT";
    QTest::newRow("alias") << "UK"
                           << "GB";
    QTest::newRow("alpha-3") << "FRA"
                             << "FR";
    QTest::newRow("unknown") << "Atlantis"
                             << "";
}

void TestImporter::countries()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    TempDatabase t;
    auto r = Importer(t.db).run(writeFile(t, "Name,Country\nX,\"" + text.toUtf8() + "\"\n"), {});
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    if (code.isEmpty()) {
        QCOMPARE(r->problems.size(), 1);
        QCOMPARE(r->problems[0].column, QStringLiteral("Country"));
        QVERIFY(r->problems[0].message.contains(text));
        QCOMPARE(count(t.db, "partners"), 0);
    } else {
        QVERIFY2(r->problems.isEmpty(), qPrintable(describe(r->problems)));
        auto v = sql::scalar(t.db.sql(), QStringLiteral("SELECT country FROM partners"));
        QCOMPARE(v.value().toString(), code);
    }
}

void TestImporter::lookupsByName()
{
    TempDatabase t;
    User u;
    u.login = QStringLiteral("jdoe");
    u.displayName = QStringLiteral("Jane Doe");
    QVERIFY(LookupStore(t.db).saveUser(u).ok());
    const QByteArray csv = "Name,Level,Activation,Area,Account manager\n"
                           "A,gold,Ramp-up,North,Jane Doe\n"
                           "B,Silver,,north,newbie\n"
                           "C,Platinum,Sleeping,,\n";
    ImportOptions o;
    o.allOrNothing = false;
    auto r = Importer(t.db).run(writeFile(t, csv), o);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->rowsImported, 2);
    QCOMPARE(r->problems.size(), 2);
    QCOMPARE(r->problems[0].line, 4);
    QCOMPARE(r->problems[0].column, QStringLiteral("Level"));
    QCOMPARE(r->problems[1].column, QStringLiteral("Activation"));
    LookupStore lookups(t.db);
    QCOMPARE(lookups.areas()->size(), 1); // "North" once, created on demand
    QCOMPARE(lookups.users()->size(), 2); // jdoe and the new login "newbie"
    auto a = sql::exec(t.db.sql(),
        QStringLiteral(
            "SELECT l.name, ac.name, ar.name, u.login FROM partners p JOIN partner_levels l ON l.id = "
            "p.level_id "
            "JOIN partner_activations ac ON ac.id = p.activation_id JOIN areas ar ON ar.id = p.area_id "
            "JOIN users u ON u.id = p.account_manager_id WHERE p.name = 'A'"));
    QVERIFY(a.ok() && a.value().next());
    QCOMPARE(a.value().value(0).toString(), QStringLiteral("Gold"));
    QCOMPARE(a.value().value(1).toString(), QStringLiteral("Ramp-up"));
    QCOMPARE(a.value().value(2).toString(), QStringLiteral("North"));
    QCOMPARE(a.value().value(3).toString(), QStringLiteral("jdoe"));
}

void TestImporter::odooPartners()
{
    TempDatabase t;
    const QString file = QStringLiteral(CHANNELDESK_TEST_DATA "/odoo_contacts.csv");
    Importer importer(t.db);
    auto preview = importer.preview(file, ImportKind::Partners);
    QVERIFY2(preview.ok(), qPrintable(preview.error().toString()));
    QCOMPARE(preview->suggestedMapping.value(u"Related Company"_s), QStringLiteral("relatedCompany"));
    QCOMPARE(preview->suggestedMapping.value(u"Is a Company"_s), QStringLiteral("isCompany"));
    QCOMPARE(preview->suggestedMapping.value(u"Zip"_s), QStringLiteral("postcode"));
    QCOMPARE(preview->suggestedMapping.value(u"Job Position"_s), QStringLiteral("function"));

    auto r = importer.run(file, {});
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QVERIFY2(r->problems.isEmpty(), qPrintable(describe(r->problems)));
    QCOMPARE(r->rowsRead, 7);
    QCOMPARE(r->rowsImported, 7);
    QCOMPARE(count(t.db, "partners"), 3);
    // Each company's own e-mail/phone is its primary contact, plus its people.
    QCOMPARE(count(t.db, "contacts"), 7);

    auto id = sql::scalar(
        t.db.sql(), QStringLiteral("SELECT id FROM partners WHERE name = 'Müller Büromöbel GmbH'"));
    QVERIFY(id.ok() && id.value().isValid());
    PartnerStore store(t.db);
    auto mueller = store.get(id.value().toLongLong());
    QCOMPARE(mueller->country, QStringLiteral("DE"));
    QCOMPARE(mueller->city, QStringLiteral("München"));
    QCOMPARE(mueller->postcode, QStringLiteral("80331"));
    auto contacts = store.contacts(mueller->id);
    QVERIFY(contacts.ok());
    QCOMPARE(contacts->size(), 3);
    QCOMPARE(contacts->at(0).name, QStringLiteral("Müller Büromöbel GmbH"));
    QVERIFY(contacts->at(0).primary);
    QCOMPARE(contacts->at(0).email, QStringLiteral("info@mueller-bueromoebel.example.de"));
    QStringList names;
    for (const Contact &c : contacts.value())
        names.append(c.name);
    QVERIFY(names.contains(u"Floyd Steward"_s)); // his row comes before his company's
    QVERIFY(names.contains(u"Jürgen Weiß"_s));
    for (const Contact &c : contacts.value()) {
        if (c.name == QLatin1String("Jürgen Weiß")) {
            QCOMPARE(c.function, QStringLiteral("Einkauf"));
            QCOMPARE(c.phone, QStringLiteral("+49 89 123451"));
            QVERIFY(!c.primary);
        }
    }
    auto lumber
        = sql::scalar(t.db.sql(), QStringLiteral("SELECT tags FROM partners WHERE name = 'Lumber Inc'"));
    QCOMPARE(lumber.value().toString(), QStringLiteral("Vendor, Office"));
    // Every imported record has its timeline event.
    auto created
        = sql::scalar(t.db.sql(), QStringLiteral("SELECT count(*) FROM timeline WHERE action = 'created'"));
    QCOMPARE(created.value().toInt(), 3);
    auto added = sql::scalar(
        t.db.sql(), QStringLiteral("SELECT count(*) FROM timeline WHERE action = 'contact-added'"));
    QCOMPARE(added.value().toInt(), 7);
}

void TestImporter::odooContacts()
{
    TempDatabase t;
    PartnerStore store(t.db);
    QVERIFY(store.create(partner("AZ-1", "Azure Interior")).ok());
    QVERIFY(store.create(partner("MU-1", "Müller Büromöbel GmbH")).ok());
    QVERIFY(store.create(partner("LU-1", "Lumber Inc")).ok());
    const QString file = QStringLiteral(CHANNELDESK_TEST_DATA "/odoo_contacts.csv");
    auto r = Importer(t.db).run(file, {ImportKind::Contacts});
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QVERIFY2(r->problems.isEmpty(), qPrintable(describe(r->problems)));
    QCOMPARE(r->rowsSkipped, 3); // the company rows
    QCOMPARE(r->rowsImported, 4);
    QCOMPARE(store.contacts(store.findByCode(u"AZ-1"_s)->id)->size(), 2);
    QCOMPARE(store.contacts(store.findByCode(u"MU-1"_s)->id)->size(), 2);
    QCOMPARE(store.contacts(store.findByCode(u"LU-1"_s)->id)->size(), 0);
}

void TestImporter::contactsByCodeOrName()
{
    TempDatabase t;
    PartnerStore store(t.db);
    QVERIFY(store.create(partner("A-1", "Alpha")).ok());
    QVERIFY(store.create(partner("T-1", "Twin")).ok());
    QVERIFY(store.create(partner("T-2", "Twin")).ok());
    const QByteArray csv = "Partner code,Partner,Name,Email,Primary\n"
                           "A-1,,Ann,ann@example.com,yes\n"
                           ",Alpha,Bob,,\n"
                           "X-9,,Carl,,\n" // unknown code
                           ",Twin,Dora,,\n" // ambiguous name
                           ",Nobody,Emil,,\n" // unknown name
                           "A-1,,Fay,not-an-email,\n"
                           ",,Gus,,\n"; // no partner at all
    ImportOptions o;
    o.kind = ImportKind::Contacts;
    o.allOrNothing = false;
    auto r = Importer(t.db).run(writeFile(t, csv), o);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->rowsImported, 2);
    QCOMPARE(r->problems.size(), 5);
    const QList<qint64> lines = {4, 5, 6, 7, 8};
    const QStringList columns = strings({"Partner code", "Partner", "Partner", "Email", "Partner code"});
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(r->problems[i].line, lines[i]);
        QCOMPARE(r->problems[i].column, columns[i]);
    }
    auto contacts = store.contacts(store.findByCode(u"A-1"_s)->id);
    QCOMPARE(contacts->size(), 2);
    QCOMPARE(contacts->at(0).name, QStringLiteral("Ann"));
    QVERIFY(contacts->at(0).primary);
}

void TestImporter::customers()
{
    TempDatabase t;
    PartnerStore store(t.db);
    QVERIFY(store.create(partner("P-1", "Alpha")).ok());
    const QByteArray csv = "Kundennummer;Kunde;Ort;Land;Partner code;Segment\n"
                           "C-1;Kunde Eins;Köln;Deutschland;P-1;Retail\n"
                           "C-2;Kunde Zwei;Wien;Österreich;;\n"
                           "C-3;Kunde Drei;Bern;Schweiz;P-404;\n";
    ImportOptions o;
    o.kind = ImportKind::Customers;
    o.allOrNothing = false;
    auto r = Importer(t.db).run(writeFile(t, csv), o);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->rowsImported, 2);
    QCOMPARE(r->problems.size(), 1);
    QCOMPARE(r->problems[0].line, 4);
    QCOMPARE(r->problems[0].column, QStringLiteral("Partner code"));
    QVERIFY(r->problems[0].message.contains(QLatin1String("P-404")));
    CustomerStore customers(t.db);
    auto one = customers.findByCode(u"C-1"_s);
    QVERIFY(one.ok());
    QCOMPARE(one->partnerId, store.findByCode(u"P-1"_s)->id);
    QCOMPARE(one->country, QStringLiteral("DE"));
    QCOMPARE(one->segment, QStringLiteral("Retail"));
    QCOMPARE(customers.findByCode(u"C-2"_s)->partnerId, 0);
    QCOMPARE(customers.findByCode(u"C-2"_s)->country, QStringLiteral("AT"));
    auto assigned = sql::scalar(
        t.db.sql(), QStringLiteral("SELECT count(*) FROM timeline WHERE action = 'customer-assigned'"));
    QCOMPARE(assigned.value().toInt(), 1);
}

void TestImporter::duplicateCodes()
{
    TempDatabase t;
    QVERIFY(PartnerStore(t.db).create(partner("OLD-1", "Existing")).ok());
    const QByteArray csv = "Code,Name\n"
                           "N-1,One\n"
                           "OLD-1,Two\n"
                           "N-1,Three\n"
                           "N-2,Four\n";
    ImportOptions o;
    o.allOrNothing = false;
    auto r = Importer(t.db).run(writeFile(t, csv), o);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->problems.size(), 2);
    QCOMPARE(r->problems[0].line, 3);
    QCOMPARE(r->problems[0].column, QStringLiteral("Code"));
    QVERIFY(r->problems[0].message.contains(QLatin1String("database")));
    QCOMPARE(r->problems[1].line, 4);
    QCOMPARE(r->problems[1].column, QStringLiteral("Code"));
    QVERIFY2(r->problems[1].message.contains(QLatin1String("line 2")), qPrintable(r->problems[1].message));
    QCOMPARE(r->rowsImported, 2);
    QCOMPARE(PartnerStore(t.db).findByCode(u"N-1"_s)->name, QStringLiteral("One"));
    QCOMPARE(PartnerStore(t.db).findByCode(u"OLD-1"_s)->name, QStringLiteral("Existing"));

    // Customers: the same rule against their own table.
    QVERIFY(CustomerStore(t.db).create(Customer {.code = u"K-1"_s, .name = u"Kay"_s}).ok());
    ImportOptions c;
    c.kind = ImportKind::Customers;
    auto r2 = Importer(t.db).run(writeFile(t, "Code,Name\nK-1,A\nK-2,B\nK-2,C\n", "c.csv"), c);
    QVERIFY(r2.ok());
    QCOMPARE(r2->problems.size(), 2);
    QCOMPARE(r2->problems[0].line, 2);
    QCOMPARE(r2->problems[1].line, 4);
    QVERIFY(!r2->written);
}

void TestImporter::existingRows_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("created");
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("unchanged");
    QTest::addColumn<int>("kept");
    QTest::addColumn<int>("problems");
    QTest::addColumn<QString>("cityOfOld1");
    QTest::addColumn<QString>("nameOfOld2");
    QTest::newRow("fail") << int(ExistingRows::Fail) << 1 << 0 << 0 << 0 << 4 << u"Hamburg"_s << u"Two"_s;
    QTest::newRow("skip") << int(ExistingRows::Skip) << 1 << 0 << 0 << 3 << 0 << u"Hamburg"_s << u"Two"_s;
    QTest::newRow("update") << int(ExistingRows::Update) << 1 << 2 << 1 << 0 << 0 << u"Berlin"_s
                            << u"Renamed"_s;
}

void TestImporter::existingRows()
{
    QFETCH(int, mode);
    TempDatabase t;
    PartnerStore store(t.db);
    Partner old1 = partner("OLD-1", "Existing one");
    old1.city = u"Hamburg"_s;
    QVERIFY(store.create(old1).ok());
    QVERIFY(store.create(partner("OLD-2", "Two")).ok());
    Partner old3 = partner("OLD-3", "Three");
    old3.city = u"Köln"_s;
    QVERIFY(store.create(old3).ok());
    const QByteArray csv = "Code,Name,City\n"
                           "OLD-1,,Berlin\n"
                           "OLD-2,Renamed,\n"
                           "N-1,New,\n"
                           "OLD-3,Three,Köln\n";
    ImportOptions o;
    o.allOrNothing = false;
    o.existing = ExistingRows(mode);
    auto r = Importer(t.db).run(writeFile(t, csv), o);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QVERIFY(r->written);
    QTEST(int(r->rowsCreated), "created");
    QTEST(int(r->rowsUpdated), "updated");
    QTEST(int(r->rowsUnchanged), "unchanged");
    QTEST(int(r->rowsKept), "kept");
    QTEST(int(r->problems.size()), "problems");
    QCOMPARE(r->rowsImported, r->rowsCreated + r->rowsUpdated);
    QCOMPARE(r->rowsRead, 4);
    QTEST(store.findByCode(u"OLD-1"_s)->city, "cityOfOld1");
    QCOMPARE(store.findByCode(u"OLD-1"_s)->name, u"Existing one"_s); // an empty cell keeps the name
    QTEST(store.findByCode(u"OLD-2"_s)->name, "nameOfOld2");
    QVERIFY(store.findByCode(u"N-1"_s).ok());
    QCOMPARE(count(t.db, "partners"), 4);
    if (ExistingRows(mode) == ExistingRows::Update) {
        // One timeline event per changed field, as when a clerk saves; none for the unchanged row.
        auto changes = sql::scalar(t.db.sql(),
            QStringLiteral("SELECT count(*) FROM timeline WHERE action = 'changed' AND partner_id IN "
                           "(SELECT id FROM partners WHERE code IN ('OLD-1','OLD-2','OLD-3'))"));
        QCOMPARE(changes->toInt(), 2);
        QCOMPARE(store.findByCode(u"OLD-3"_s)->version, 1);
    }
}

void TestImporter::updateKeepsWhatTheFileLeavesEmpty()
{
    TempDatabase t;
    PartnerStore store(t.db);
    Partner p = partner("P-1", "Alpha");
    p.tags = QStringList {u"a"_s, u"b"_s};
    p.iban = u"DE89370400440532013000"_s;
    auto created = store.create(p);
    QVERIFY(created.ok());
    Contact c;
    c.partnerId = created->id;
    c.name = u"Anna"_s;
    c.email = u"anna@alpha.example"_s;
    c.primary = true;
    QVERIFY(store.addContact(c).ok());

    ImportOptions o;
    o.existing = ExistingRows::Update;
    // The primary contact changes where the row gives a value; tags are replaced; archiving follows.
    auto r = Importer(t.db).run(
        writeFile(t, "Code,Name,Tags,IBAN,Phone,Archived\nP-1,,x;y,,+49 30 1234,yes\n"), o);
    QVERIFY2(
        r.ok() && r->problems.isEmpty(), qPrintable(r.ok() ? describe(r->problems) : r.error().toString()));
    QCOMPARE(r->rowsUpdated, 1);
    auto stored = store.findByCode(u"P-1"_s);
    QCOMPARE(stored->tags, (QStringList {u"x"_s, u"y"_s}));
    QCOMPARE(stored->iban, p.iban);
    QVERIFY(stored->isArchived());
    auto contacts = store.contacts(stored->id);
    QCOMPARE(contacts->size(), 1);
    QCOMPARE(contacts->first().name, u"Anna"_s);
    QCOMPARE(contacts->first().email, u"anna@alpha.example"_s);
    QCOMPARE(contacts->first().phone, u"+49 30 1234"_s);

    // "no" restores; a bad value in an updated row is reported like in a new one, and nothing of
    // that row is written.
    r = Importer(t.db).run(writeFile(t, "Code,Archived,Country\nP-1,no,\nP-1,,Atlantis\n", "b.csv"), o);
    QVERIFY(r.ok());
    QCOMPARE(r->problems.size(), 1);
    QCOMPARE(r->problems[0].line, 3);
    QCOMPARE(r->problems[0].column, u"Code"_s);
    r = Importer(t.db).run(writeFile(t, "Code,Archived,Country\nP-1,no,Atlantis\n", "c.csv"), o);
    QVERIFY(r.ok());
    QCOMPARE(r->problems.size(), 1);
    QCOMPARE(r->problems[0].column, u"Country"_s);
    QVERIFY(!r->written);
    QVERIFY(store.findByCode(u"P-1"_s)->isArchived());
    r = Importer(t.db).run(writeFile(t, "Code,Archived\nP-1,no\n", "d.csv"), o);
    QVERIFY(r.ok() && r->written);
    QVERIFY(!store.findByCode(u"P-1"_s)->isArchived());
}

void TestImporter::updateCustomers()
{
    TempDatabase t;
    PartnerStore partners(t.db);
    QVERIFY(partners.create(partner("P-1", "Alpha")).ok());
    QVERIFY(partners.create(partner("P-2", "Beta")).ok());
    const QByteArray first = "Code,Name,City,Partner code\nK-1,Kay,Bonn,P-1\nK-2,Lee,Ulm,P-1\n";
    auto r = Importer(t.db).run(writeFile(t, first), ImportOptions {ImportKind::Customers});
    QVERIFY(r.ok() && r->written);

    ImportOptions o {ImportKind::Customers};
    o.existing = ExistingRows::Update;
    // K-1 moves to P-2 and changes city; K-2 keeps its partner (no code given) and is unchanged.
    r = Importer(t.db).run(writeFile(t, "Code,City,Partner code\nK-1,Köln,P-2\nK-2,Ulm,\n", "u.csv"), o);
    QVERIFY2(
        r.ok() && r->problems.isEmpty(), qPrintable(r.ok() ? describe(r->problems) : r.error().toString()));
    QCOMPARE(r->rowsUpdated, 1);
    QCOMPARE(r->rowsUnchanged, 1);
    CustomerStore customers(t.db);
    auto k1 = customers.findByCode(u"K-1"_s);
    QCOMPARE(k1->city, u"Köln"_s);
    QCOMPARE(k1->name, u"Kay"_s);
    QCOMPARE(k1->partnerId, partners.findByCode(u"P-2"_s)->id);
    QCOMPARE(customers.findByCode(u"K-2"_s)->partnerId, partners.findByCode(u"P-1"_s)->id);
    auto moves = sql::scalar(
        t.db.sql(), QStringLiteral("SELECT count(*) FROM timeline WHERE action = 'reassigned'"));
    QCOMPARE(moves->toInt(), 1);
}

void TestImporter::dryRun_data()
{
    QTest::addColumn<bool>("allOrNothing");
    QTest::newRow("all or nothing") << true;
    QTest::newRow("good rows") << false;
}

void TestImporter::dryRun()
{
    QFETCH(bool, allOrNothing);
    TempDatabase t;
    QVERIFY(PartnerStore(t.db).create(partner("OLD-1", "Existing")).ok());
    const qint64 partnersBefore = count(t.db, "partners");
    const qint64 timelineBefore = count(t.db, "timeline");
    const qint64 areasBefore = count(t.db, "areas");
    const QByteArray csv = "Code,Name,Area,Country\n"
                           "OLD-1,Renamed,,\n"
                           "N-1,One,North,\n"
                           "N-2,Two,,Atlantis\n"
                           "N-3,Three,South,DE\n";
    ImportOptions o;
    o.allOrNothing = allOrNothing;
    o.existing = ExistingRows::Update;
    o.dryRun = true;
    auto r = Importer(t.db).run(writeFile(t, csv), o);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    // The counts a real good-rows run would give, whatever the all-or-nothing choice.
    QCOMPARE(r->rowsCreated, 2);
    QCOMPARE(r->rowsUpdated, 1);
    QCOMPARE(r->problems.size(), 1);
    QCOMPARE(r->problems[0].line, 4);
    QVERIFY(r->dryRun);
    QVERIFY(!r->written);
    QCOMPARE(count(t.db, "partners"), partnersBefore);
    QCOMPARE(count(t.db, "timeline"), timelineBefore);
    QCOMPARE(count(t.db, "areas"), areasBefore);
    QCOMPARE(PartnerStore(t.db).findByCode(u"OLD-1"_s)->name, u"Existing"_s);
}

void TestImporter::allOrNothingWritesNothing()
{
    TempDatabase t;
    QVERIFY(PartnerStore(t.db).create(partner("OLD-1", "Existing")).ok());
    const qint64 partnersBefore = count(t.db, "partners");
    const qint64 timelineBefore = count(t.db, "timeline");
    const qint64 areasBefore = count(t.db, "areas");
    const QByteArray csv = "Code,Name,Area,IBAN,Related company\n"
                           "N-1,One,North,,\n"
                           "N-2,Two,South,DE00 1234,\n"
                           "N-3,Three,East,,\n"
                           ",Pat,,,One\n";
    auto r = Importer(t.db).run(writeFile(t, csv), {});
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QVERIFY(!r->written);
    QCOMPARE(r->rowsRead, 4);
    QCOMPARE(r->rowsImported, 0);
    QCOMPARE(r->problems.size(), 1);
    QCOMPARE(r->problems[0].line, 3);
    QCOMPARE(r->problems[0].column, QStringLiteral("IBAN"));
    QCOMPARE(count(t.db, "partners"), partnersBefore);
    QCOMPARE(count(t.db, "contacts"), 0);
    QCOMPARE(count(t.db, "timeline"), timelineBefore);
    QCOMPARE(count(t.db, "areas"), areasBefore);
}

void TestImporter::goodRowsImportTheRest()
{
    TempDatabase t;
    const QByteArray csv = "Code,Name,Area,IBAN,Related company,Email\n"
                           "N-1,One,North,,,\n"
                           "N-2,Two,South,DE00 1234,,\n"
                           "N-3,Three,East,,,\n"
                           ",Pat,,,One,pat@example.com\n"
                           ",Quinn,,,Two,\n" // her company was refused
                           ",,,,,\n"; // blank rows are not data
    ImportOptions o;
    o.allOrNothing = false;
    auto r = Importer(t.db).run(writeFile(t, csv), o);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QVERIFY(r->written);
    QCOMPARE(r->rowsRead, 5);
    QCOMPARE(r->rowsImported, 3);
    QCOMPARE(r->problems.size(), 2);
    QCOMPARE(r->problems[0].line, 3);
    QCOMPARE(r->problems[1].line, 6);
    QCOMPARE(r->problems[1].column, QStringLiteral("Related company"));
    QVERIFY(r->problems[1].message.contains(QLatin1String("line 3")));
    QCOMPARE(count(t.db, "partners"), 2);
    QCOMPARE(count(t.db, "contacts"), 1);
    // The refused row's area was taken back with it.
    QCOMPARE(count(t.db, "areas"), 2);
    auto created
        = sql::scalar(t.db.sql(), QStringLiteral("SELECT count(*) FROM timeline WHERE action = 'created'"));
    QCOMPARE(created.value().toInt(), 2);
}

void TestImporter::cancelWritesNothing()
{
    TempDatabase t;
    QByteArray csv = "Name,City,Notes\n";
    for (int i = 0; i < 5000; ++i)
        csv += "Partner " + QByteArray::number(i)
            + ",Somewhere,Some words to make the file longer than a chunk\n";
    const QString file = writeFile(t, csv);
    std::atomic_bool cancel = false;
    qint64 progressCalls = 0;
    ImportOptions o;
    o.cancel = &cancel;
    o.progress = [&](qint64 done, qint64 total) {
        ++progressCalls;
        QVERIFY(done <= total);
        cancel = true; // after the first chunk has been written
    };
    auto r = Importer(t.db).run(file, o);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    QVERIFY(progressCalls >= 1);
    QCOMPARE(count(t.db, "partners"), 0);
    QCOMPARE(count(t.db, "timeline"), 0);

    // A cancelled run leaves the database usable.
    cancel = false;
    o.progress = {};
    auto again = Importer(t.db).run(file, o);
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(count(t.db, "partners"), 5000);
}

void TestImporter::invalidUtf8()
{
    TempDatabase t;
    const QByteArray latin1 = "Name,City\nAlpha,Berlin\nM\xFCller,K\xF6ln\n";
    const QString file = writeFile(t, latin1);
    // Chosen UTF-8: the bad line is named and nothing is written.
    auto p = Importer(t.db).preview(file, ImportKind::Partners, TextEncoding::Utf8);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, Error::Code::Parse);
    QCOMPARE(p.error().line, 3);
    ImportOptions utf8;
    utf8.encoding = TextEncoding::Utf8;
    auto r = Importer(t.db).run(file, utf8);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Parse);
    QCOMPARE(r.error().line, 3);
    QVERIFY(r.error().message.contains(QLatin1String("UTF-8")));
    QCOMPARE(count(t.db, "partners"), 0);

    // Detected (the default): the preview tells the encoding, and the import reads the names right.
    auto detected = Importer(t.db).preview(file, ImportKind::Partners);
    QVERIFY2(detected.ok(), qPrintable(detected.error().toString()));
    QCOMPARE(detected->encoding, TextEncoding::Windows1252);
    QCOMPARE(detected->sampleRows.at(1), QStringList({QStringLiteral("Müller"), QStringLiteral("Köln")}));
    auto imported = Importer(t.db).run(file, {});
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    QCOMPARE(count(t.db, "partners"), 2);
    auto name = sql::scalar(t.db.sql(), QStringLiteral("SELECT city FROM partners WHERE name = 'Müller'"));
    QCOMPARE(name.value().toString(), QStringLiteral("Köln"));
}

void TestImporter::emptyFile()
{
    TempDatabase t;
    const QString file = writeFile(t, {});
    auto p = Importer(t.db).preview(file, ImportKind::Partners);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code, Error::Code::Parse);
    auto r = Importer(t.db).run(file, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Parse);
}

void TestImporter::headerOnly()
{
    TempDatabase t;
    const QString file = writeFile(t, "Name,City\r\n");
    auto p = Importer(t.db).preview(file, ImportKind::Partners);
    QVERIFY2(p.ok(), qPrintable(p.error().toString()));
    QCOMPARE(p->headers.size(), 2);
    QVERIFY(p->sampleRows.isEmpty());
    auto r = Importer(t.db).run(file, {});
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->rowsRead, 0);
    QCOMPARE(r->rowsImported, 0);
    QVERIFY(r->problems.isEmpty());
    // The mapping is still checked.
    auto bad = Importer(t.db).run(writeFile(t, "City\n", "b.csv"), {});
    QVERIFY(!bad.ok());
}

void TestImporter::unknownHeaders()
{
    TempDatabase t;
    const QString file = writeFile(t, "Name,Lieblingsfarbe,Shoe size\nAlpha,blau,42\n");
    auto r = Importer(t.db).run(file, {});
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->rowsImported, 1);
    QCOMPARE(
        sql::scalar(t.db.sql(), QStringLiteral("SELECT notes FROM partners")).value().toString(), QString());

    // Mapped by hand, an unknown header imports.
    ImportOptions o;
    o.mapping = mapping({{"Name", "name"}, {"Lieblingsfarbe", "notes"}, {"Shoe size", ""}});
    auto mapped
        = Importer(t.db).run(writeFile(t, "Name,Lieblingsfarbe,Shoe size\nBeta,grün,42\n", "m.csv"), o);
    QVERIFY2(mapped.ok(), qPrintable(mapped.error().toString()));
    QCOMPARE(sql::scalar(t.db.sql(), QStringLiteral("SELECT notes FROM partners WHERE name = 'Beta'"))
                 .value()
                 .toString(),
        QStringLiteral("grün"));
}

void TestImporter::missingNameColumn()
{
    TempDatabase t;
    auto r = Importer(t.db).run(writeFile(t, "Code,City\nA-1,Berlin\n"), {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Validation);
    QCOMPARE(count(t.db, "partners"), 0);
    // Two columns on one field are refused before anything is read.
    ImportOptions o;
    o.mapping = mapping({{"Code", "name"}, {"City", "name"}});
    auto twice = Importer(t.db).run(writeFile(t, "Code,City\nA-1,Berlin\n", "b.csv"), o);
    QVERIFY(!twice.ok());
}

void TestImporter::tooManyFields()
{
    TempDatabase t;
    ImportOptions o;
    o.allOrNothing = false;
    auto r = Importer(t.db).run(writeFile(t, "Name,City\nA,Berlin\nB,Bonn,extra\nC\n"), o);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->problems.size(), 1);
    QCOMPARE(r->problems[0].line, 3);
    QCOMPARE(r->rowsImported, 2); // a short row is fine: the missing fields are empty
}

// 100,000 partners with a realistic set of columns; CHANNELDESK_IMPORT_ROWS changes the number.
void TestImporter::speed()
{
    const int rows = qEnvironmentVariableIsSet("CHANNELDESK_IMPORT_ROWS")
        ? qEnvironmentVariableIntValue("CHANNELDESK_IMPORT_ROWS")
        : 2000;
    TempDatabase t;
    QByteArray csv
        = "Code,Name,Kind,Street,City,Postcode,Country,Level,Area,Account manager,Tags,Notes,IBAN\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += "S-" + n + ",Partner " + n + ",dealer,Street " + n + ",City " + QByteArray::number(i % 500)
            + "," + QByteArray::number(10000 + i % 80000) + ",DE,Gold,Area " + QByteArray::number(i % 20)
            + ",user" + QByteArray::number(i % 10) + ",x,Some notes,DE89370400440532013000\n";
    }
    const QString file = writeFile(t, csv);
    QElapsedTimer timer;
    timer.start();
    auto r = Importer(t.db).run(file, {});
    const qint64 ms = timer.elapsed();
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QVERIFY2(r->problems.isEmpty(), qPrintable(describe(r->problems.mid(0, 5))));
    QCOMPARE(r->rowsImported, rows);
    qInfo("imported %d partners in %lld ms (%.0f rows/s)", rows, ms, rows * 1000.0 / qMax<qint64>(ms, 1));
}

void TestImporter::largeFileKeepsSchemaAndSearch_data()
{
    QTest::addColumn<bool>("dryRun");
    QTest::newRow("import") << false;
    QTest::newRow("dry run") << true;
}

// A file larger than its table takes the bulk path (search rows at the end, the table's indexes
// built after the rows): the schema afterwards is the one before, the search finds the new rows,
// and codes are still checked while the indexes are away.
void TestImporter::largeFileKeepsSchemaAndSearch()
{
    QFETCH(bool, dryRun);
    TempDatabase t;
    const auto schema = [&t] {
        QStringList out;
        auto q = sql::exec(t.db.sql(),
            QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' "
                           "ORDER BY name"));
        while (q && q.value().next())
            out << q.value().value(0).toString() + q.value().value(1).toString()
                    + q.value().value(2).toString();
        return out;
    };
    const QStringList before = schema();
    QByteArray csv = "Code,Name,City,Notes\n";
    const QByteArray notes(300, 'n');
    const int rows = 15000; // about 4.7 MB
    for (int i = 0; i < rows; ++i)
        csv += "L-" + QByteArray::number(i) + ",Lichtblick " + QByteArray::number(i) + ",Köln," + notes
            + "\n";
    csv += "L-7,Duplicate,Bonn,\n";
    ImportOptions o;
    o.allOrNothing = false;
    o.dryRun = dryRun;
    auto r = Importer(t.db).run(writeFile(t, csv), o);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->rowsCreated, rows);
    QCOMPARE(r->problems.size(), 1);
    QCOMPARE(r->problems.first().line, rows + 2);
    QCOMPARE(schema(), before);
    PartnerFilter f;
    f.search = QStringLiteral("lichtblick 14999");
    QCOMPARE(PartnerDirectory(t.db).count(f).value(), dryRun ? 0 : 1);
    f.search = QStringLiteral("koeln");
    QCOMPARE(PartnerDirectory(t.db).count(f).value(), dryRun ? 0 : rows);
    auto check = sql::scalar(t.db.sql(), QStringLiteral("PRAGMA integrity_check"));
    QCOMPARE(check->toString(), QStringLiteral("ok"));
}

void TestImporter::leads_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<bool>("goodRows");
    QTest::addColumn<qint64>("imported");
    QTest::addColumn<QStringList>("problems"); // "line [column]"
    const QByteArray header
        = "Company,Contact,E-mail,Country,Area,Estimated value,Currency,Partner code,Distributor code\n";
    QTest::newRow("all good") << header
            + "Acme,Eva,eva@acme.example,HU,North,1200.50,EUR,,\n"
              "Beta,Bo,,Germany,,,,4000000001,4000000002\n"
                              << false << qint64(2) << QStringList();
    QTest::newRow("bad rows, nothing written")
        << header
            + "Acme,Eva,eva@,HU,,,,,\n"
              ",Nobody,,DE,,,,,\n"
              "Gamma,,,Atlantis,,12.345,EUR,,\n"
              "Delta,,,DE,,100,,9999999999,\n"
        << false << qint64(0)
        << strings({"2 [E-mail]", "3 [Company]", "4 [Country]", "4 [Estimated value]", "5 [Estimated value]",
               "5 [Partner code]"});
    QTest::newRow("good rows only") << header
            + "Acme,Eva,,HU,,,,,\n"
              "Unlinked,,,DE,,,,4000000003,4000000002\n"
              "Zeta,,,DE,South,,,,\n"
                                    << true << qint64(2) << strings({"3 [Partner code]"});
}

void TestImporter::leads()
{
    QFETCH(QByteArray, csv);
    QFETCH(bool, goodRows);
    QFETCH(qint64, imported);
    QFETCH(QStringList, problems);
    TempDatabase t;
    // A reseller linked to a distributor, and one that is not.
    for (const auto &[code, kind] : {std::pair {"4000000001", "reseller"},
             std::pair {"4000000002", "distributor"}, std::pair {"4000000003", "reseller"}}) {
        QVERIFY(sql::run(t.db.sql(),
            QStringLiteral(
                "INSERT INTO partners (code, name, kind, created_at, updated_at) VALUES (?, ?, ?, '', '')"),
            {QString::fromLatin1(code), QString::fromLatin1(code), QString::fromLatin1(kind)})
                    .ok());
    }
    QVERIFY(sql::run(t.db.sql(),
        QStringLiteral("INSERT INTO distributor_links (distributor_id, reseller_id, created_at, created_by) "
                       "SELECT d.id, r.id, '', '' FROM partners d, partners r WHERE d.code = '4000000002' "
                       "AND r.code = '4000000001'"))
                .ok());
    ImportOptions o;
    o.kind = ImportKind::Leads;
    o.allOrNothing = !goodRows;
    auto r = Importer(t.db).run(writeFile(t, csv), o);
    QVERIFY2(r, qPrintable(r.error().toString()));
    QStringList where;
    for (const ImportProblem &p : r->problems)
        where << QStringLiteral("%1 [%2]").arg(p.line).arg(p.column);
    QCOMPARE(where, problems);
    QCOMPARE(r->rowsImported, imported);
    QCOMPARE(count(t.db, "leads"), imported);
    if (imported > 0 && !goodRows) {
        auto dual = sql::scalar(t.db.sql(),
            QStringLiteral("SELECT count(*) FROM leads WHERE submitted_by_distributor_id IS NOT NULL AND "
                           "status = 'assigned'"));
        QCOMPARE(dual->toLongLong(), 1);
    }
}

CHANNELDESK_TEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
