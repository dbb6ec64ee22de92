// Widget tests of the import wizard: file checks, the mapping table (suggested, edited by hand,
// refused when unusable), the run on a worker thread, the result page and "Import the good rows".

#include "../registryfixture.h"
#include "../widgethelpers.h"
#include "commissions/salestore.h"
#include "customers/customerstore.h"
#include "db/sql.h"
#include "io/importdialog.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace cd;
using cd::test::count;
using cd::test::Registry;
using cd::test::screenshot;
using namespace Qt::StringLiterals;

namespace {

QString writeFile(const Registry &r, const char *name, const QByteArray &bytes)
{
    const QString path = r.dir->filePath(QString::fromUtf8(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

QComboBox *fieldCombo(const ImportDialog &d, int row)
{
    auto *table = d.findChild<QTableWidget *>(u"mappingTable"_s);
    return table ? qobject_cast<QComboBox *>(table->cellWidget(row, 1)) : nullptr;
}

const QByteArray kPartnersFile = "Firma;Ort;Land;IBAN;Lieblingsfarbe\r\n"
                                 "Alpha GmbH;Berlin;Deutschland;;blau\r\n"
                                 "Beta AG;Wien;\xC3\x96sterreich;DE00 1234;gr\xC3\xBCn\r\n"
                                 "Gamma KG;K\xC3\xB6ln;DE;;\"rot\r\nund gelb\"\r\n"
                                 "Delta Ltd;Atlantis City;Atlantis;;\r\n";

} // namespace

class TestImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void fileProblemsStayOnFirstPage_data();
    void fileProblemsStayOnFirstPage();
    void mappingThenProblemsThenGoodRows();
    void unusableMappingIsRefused();
    void cleanImportEmitsImported();
    void contactsImport();
    void salesImport();
    void encodingIsDetectedAndCanBeChosen();
    void checkThenUpdateStored_data();
    void checkThenUpdateStored();
};

void TestImportDialog::fileProblemsStayOnFirstPage_data()
{
    QTest::addColumn<QByteArray>("bytes"); // empty name = no file at all
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << QByteArray() << u"could not be opened"_s;
    QTest::newRow("empty") << QByteArray("") << u"empty"_s;
    // Valid UTF-8 first, then a byte that is not: broken, not another encoding.
    QTest::newRow("broken UTF-8") << QByteArray("Name,City\nM\xC3\xBCller,K\xF6ln\n") << u"Line 2"_s;
}

void TestImportDialog::fileProblemsStayOnFirstPage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    Registry r;
    ImportDialog d(r.db);
    const QString path = QTest::currentDataTag() == QByteArray("missing") ? r.dir->filePath(u"nothing.csv"_s)
                                                                          : writeFile(r, "in.csv", bytes);
    d.setFile(path);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.next();
    QCOMPARE(d.currentId(), int(ImportDialog::FilePage));
    auto *error = d.findChild<QLabel *>(u"fileError"_s);
    QVERIFY(error && error->isVisible());
    QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    if (QTest::currentDataTag() == QByteArray("latin-1"))
        screenshot(d, "import-file-error.png");
}

void TestImportDialog::mappingThenProblemsThenGoodRows()
{
    Registry r;
    const qint64 partnersBefore = count(r.db, "partners");
    const qint64 timelineBefore = count(r.db, "timeline");
    ImportDialog d(r.db);
    QSignalSpy imported(&d, &ImportDialog::imported);
    d.setFile(writeFile(r, "partners.csv", kPartnersFile));
    d.setKind(ImportKind::Partners);
    QVERIFY(d.allOrNothing());
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.next();
    QCOMPARE(d.currentId(), int(ImportDialog::MappingPage));

    // The table: one row per column, the suggestion chosen, samples shown.
    auto *table = d.findChild<QTableWidget *>(u"mappingTable"_s);
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->item(0, 0)->text(), u"Firma"_s);
    QCOMPARE(fieldCombo(d, 0)->currentData().toString(), u"name"_s);
    QCOMPARE(fieldCombo(d, 1)->currentData().toString(), u"city"_s);
    QCOMPARE(fieldCombo(d, 2)->currentData().toString(), u"country"_s);
    QCOMPARE(fieldCombo(d, 3)->currentData().toString(), u"iban"_s);
    QCOMPARE(fieldCombo(d, 4)->currentData().toString(), QString()); // not a known header
    QVERIFY(table->item(0, 2)->text().contains(u"Alpha GmbH"_s));
    QVERIFY(table->item(0, 2)->text().contains(u"Beta AG"_s));
    // The unknown column is mapped by hand.
    fieldCombo(d, 4)->setCurrentIndex(fieldCombo(d, 4)->findData(u"notes"_s));
    QCOMPARE(d.mapping().value(u"Lieblingsfarbe"_s), u"notes"_s);
    screenshot(d, "import-mapping.png");

    // All or nothing: two bad rows, nothing written.
    d.next();
    QCOMPARE(d.currentId(), int(ImportDialog::ResultPage));
    QVERIFY(d.report().has_value());
    QVERIFY(!d.report()->written);
    QCOMPARE(count(r.db, "partners"), partnersBefore);
    QCOMPARE(count(r.db, "timeline"), timelineBefore);
    QCOMPARE(imported.count(), 0);
    auto *problems = d.findChild<QTableWidget *>(u"problems"_s);
    QVERIFY(problems && problems->isVisible());
    QCOMPARE(problems->rowCount(), 2);
    QCOMPARE(problems->item(0, 0)->text(), u"3"_s);
    QCOMPARE(problems->item(0, 1)->text(), u"IBAN"_s);
    QCOMPARE(problems->item(1, 0)->text(), u"6"_s); // after a record over two lines
    QCOMPARE(problems->item(1, 1)->text(), u"Land"_s);
    auto *summary = d.findChild<QLabel *>(u"summary"_s);
    QVERIFY(summary->text().contains(u"Nothing was imported"_s));
    auto *goodRows = d.findChild<QPushButton *>(u"importGoodRows"_s);
    QVERIFY(goodRows && goodRows->isVisible());
    QVERIFY(d.button(QWizard::BackButton)->isEnabled()); // nothing written: the mapping may be changed
    screenshot(d, "import-result.png");

    // The good rows.
    QTest::mouseClick(goodRows, Qt::LeftButton);
    QVERIFY(d.report()->written);
    QCOMPARE(d.report()->rowsImported, 2);
    QCOMPARE(count(r.db, "partners"), partnersBefore + 2);
    QCOMPARE(imported.count(), 1);
    QVERIFY(!goodRows->isVisible());
    QCOMPARE(problems->rowCount(), 2); // still listed: they were left out
    QVERIFY2(summary->text().startsWith(u"2 row"_s), qPrintable(summary->text()));
    QVERIFY(!d.button(QWizard::BackButton)->isEnabled());
    auto notes
        = sql::scalar(r.db.sql(), QStringLiteral("SELECT notes FROM partners WHERE name = 'Gamma KG'"));
    QCOMPARE(notes.value().toString(), u"rot\nund gelb"_s);
    screenshot(d, "import-result-good-rows.png");
}

void TestImportDialog::unusableMappingIsRefused()
{
    Registry r;
    ImportDialog d(r.db);
    d.setFile(writeFile(r, "partners.csv", kPartnersFile));
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.next();
    QCOMPARE(d.currentId(), int(ImportDialog::MappingPage));
    auto *error = d.findChild<QLabel *>(u"mappingError"_s);
    QVERIFY(error->isHidden());
    // Two columns on one field: the message shows at once; Import does not run.
    fieldCombo(d, 1)->setCurrentIndex(fieldCombo(d, 1)->findData(u"name"_s));
    QVERIFY(error->isVisible());
    d.next();
    QCOMPARE(d.currentId(), int(ImportDialog::MappingPage));
    // No name at all.
    fieldCombo(d, 0)->setCurrentIndex(0);
    fieldCombo(d, 1)->setCurrentIndex(0);
    QVERIFY(error->text().contains(u"Name"_s));
    d.next();
    QCOMPARE(d.currentId(), int(ImportDialog::MappingPage));
    fieldCombo(d, 0)->setCurrentIndex(fieldCombo(d, 0)->findData(u"name"_s));
    QVERIFY(error->isHidden());
}

void TestImportDialog::cleanImportEmitsImported()
{
    Registry r;
    ImportDialog d(r.db);
    QSignalSpy imported(&d, &ImportDialog::imported);
    QByteArray csv = "Name,City,Country\n";
    for (int i = 0; i < 500; ++i)
        csv += "Partner " + QByteArray::number(i) + ",Berlin,Germany\n";
    d.setFile(writeFile(r, "clean.csv", csv));
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.next();
    d.next();
    QCOMPARE(d.currentId(), int(ImportDialog::ResultPage));
    QVERIFY(d.report().has_value());
    QCOMPARE(d.report()->rowsImported, 500);
    QCOMPARE(imported.count(), 1);
    QVERIFY(d.findChild<QTableWidget *>(u"problems"_s)->isHidden());
    QVERIFY(!d.findChild<QPushButton *>(u"importGoodRows"_s)->isVisible());
    QCOMPARE(count(r.db, "partners"), 500);
}

// Invoices and credit notes through the same steps: German headers suggest the fields, a bad
// row is reported with its line and column, and importing the file again updates the invoice.
void TestImportDialog::salesImport()
{
    Registry r;
    Customer c;
    c.code = u"K-1"_s;
    c.name = u"Kunde"_s;
    QVERIFY(CustomerStore(r.db).create(c).ok());
    const QByteArray csv = "Rechnungsnummer,Datum,Kundennummer,Betrag,Währung,Bezahlt am\n"
                           "R-1,2026-11-03,K-1,100.00,EUR,\n"
                           "R-2,2026-11-04,K-9,50.00,EUR,\n";
    ImportDialog d(r.db);
    d.setKind(ImportKind::Sales);
    d.setFile(writeFile(r, "sales.csv", csv));
    d.setAllOrNothing(false);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.next();
    QCOMPARE(fieldCombo(d, 0)->currentData().toString(), u"number"_s);
    QCOMPARE(fieldCombo(d, 2)->currentData().toString(), u"customer"_s);
    QCOMPARE(fieldCombo(d, 5)->currentData().toString(), u"paidOn"_s);
    d.next();
    QCOMPARE(d.currentId(), int(ImportDialog::ResultPage));
    QCOMPARE(d.report()->rowsCreated, 1);
    auto *problems = d.findChild<QTableWidget *>(u"problems"_s);
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), u"3"_s);
    QCOMPARE(problems->item(0, 1)->text(), u"Kundennummer"_s);

    ImportDialog again(r.db);
    again.setKind(ImportKind::Sales);
    again.setFile(writeFile(r, "paid.csv",
        "Rechnungsnummer,Datum,Kundennummer,Betrag,Währung,Bezahlt "
        "am\nR-1,2026-11-03,K-1,100.00,EUR,2026-11-20\n"));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    again.next();
    again.next();
    QCOMPARE(again.currentId(), int(ImportDialog::ResultPage));
    QCOMPARE(again.report()->rowsUpdated, 1);
    QCOMPARE(SaleStore(r.db).findByNumber(u"R-1"_s)->paidOn, QDate(2026, 11, 20));
}

void TestImportDialog::contactsImport()
{
    Registry r;
    PartnerStore store(r.db);
    Partner p;
    p.code = u"A-1"_s;
    p.name = u"Alpha"_s;
    QVERIFY(store.create(p).ok());
    ImportDialog d(r.db);
    d.setKind(ImportKind::Contacts);
    d.setFile(writeFile(
        r, "contacts.csv", "Kundennummer,Ansprechpartner,E-Mail\nA-1,Ann,ann@example.com\nB-2,Bob,\n"));
    d.setAllOrNothing(false);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.next();
    QCOMPARE(fieldCombo(d, 0)->currentData().toString(), u"partnerCode"_s);
    QCOMPARE(fieldCombo(d, 1)->currentData().toString(), u"name"_s);
    d.next();
    QCOMPARE(d.currentId(), int(ImportDialog::ResultPage));
    QCOMPARE(d.report()->rowsImported, 1);
    auto *problems = d.findChild<QTableWidget *>(u"problems"_s);
    QCOMPARE(problems->rowCount(), 1);
    QCOMPARE(problems->item(0, 0)->text(), u"3"_s);
    QCOMPARE(problems->item(0, 1)->text(), u"Kundennummer"_s);
    QVERIFY(!d.findChild<QPushButton *>(u"importGoodRows"_s)->isVisible()); // they were already imported
}

void TestImportDialog::checkThenUpdateStored_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("choiceEnabled");
    QTest::newRow("partners") << int(ImportKind::Partners) << true;
    QTest::newRow("customers") << int(ImportKind::Customers) << true;
    QTest::newRow("contacts") << int(ImportKind::Contacts) << false;
}

// "Check the File" counts without writing; then the import updates the stored rows by code.
void TestImportDialog::checkThenUpdateStored()
{
    QFETCH(int, kind);
    QFETCH(bool, choiceEnabled);
    Registry r;
    ImportDialog d(r.db);
    d.setKind(ImportKind(kind));
    auto *choice = d.findChild<QComboBox *>(u"existing"_s);
    QVERIFY(choice);
    QCOMPARE(choice->isEnabled(), choiceEnabled);
    if (!choiceEnabled) {
        d.setExisting(ExistingRows::Update);
        QCOMPARE(d.existing(), ExistingRows::Fail); // contacts have no codes to meet
        return;
    }
    const bool partners = ImportKind(kind) == ImportKind::Partners;
    const char *table = partners ? "partners" : "customers";
    if (partners) {
        Partner p;
        p.code = u"A-1"_s;
        p.name = u"Alpha"_s;
        QVERIFY(PartnerStore(r.db).create(p).ok());
    } else {
        QVERIFY(CustomerStore(r.db).create(Customer {.code = u"A-1"_s, .name = u"Alpha"_s}).ok());
    }
    const qint64 before = count(r.db, table);
    const qint64 timelineBefore = count(r.db, "timeline");
    d.setExisting(ExistingRows::Update);
    d.setFile(writeFile(r, "update.csv", "Code,City,Name\nA-1,Bonn,\nB-2,Ulm,Beta\nC-3,Kiel,\n"));
    d.setAllOrNothing(false);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    screenshot(d, "import-file.png");
    d.next();
    QCOMPARE(d.currentId(), int(ImportDialog::MappingPage));
    auto *check = d.findChild<QPushButton *>(u"check"_s);
    QVERIFY(check && check->isEnabled());
    check->click();
    const QString counts = d.findChild<QLabel *>(u"checkResult"_s)->text();
    QVERIFY2(counts.contains(u"1 new"_s) && counts.contains(u"1 updated"_s), qPrintable(counts));
    QVERIFY2(counts.contains(u"line 4"_s), qPrintable(counts));
    screenshot(d, "import-check.png");
    QCOMPARE(count(r.db, table), before);
    QCOMPARE(count(r.db, "timeline"), timelineBefore);
    d.next();
    QCOMPARE(d.currentId(), int(ImportDialog::ResultPage));
    QCOMPARE(d.report()->rowsCreated, 1);
    QCOMPARE(d.report()->rowsUpdated, 1);
    QCOMPARE(count(r.db, table), before + 1);
    const QString city = partners ? PartnerStore(r.db).findByCode(u"A-1"_s)->city
                                  : CustomerStore(r.db).findByCode(u"A-1"_s)->city;
    QCOMPARE(city, u"Bonn"_s);
    const QString summary = d.findChild<QLabel *>(u"summary"_s)->text();
    QVERIFY2(summary.contains(u"1 updated"_s), qPrintable(summary));
}

// A file from Excel on Windows: detected as Windows-1252; choosing another encoding reads the samples
// again at once; one that cannot read the file says so and blocks the import.
void TestImportDialog::encodingIsDetectedAndCanBeChosen()
{
    Registry r;
    const qint64 before = count(r.db, "partners");
    ImportDialog d(r.db);
    d.setFile(writeFile(r, "excel.csv", "Firma;Ort\r\nM\xFCller \x80;K\xF6ln\r\n"));
    d.setKind(ImportKind::Partners);
    d.show();
    QVERIFY(QTest::qWaitForWindowExposed(&d));
    d.next();
    QCOMPARE(d.currentId(), int(ImportDialog::MappingPage));
    auto *table = d.findChild<QTableWidget *>(u"mappingTable"_s);
    auto *encoding = d.findChild<QComboBox *>(u"encoding"_s);
    QVERIFY(encoding);
    QCOMPARE(table->item(0, 2)->text(), u"Müller €"_s);
    screenshot(d, "import-encoding.png");

    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Latin1)));
    QCOMPARE(table->item(0, 2)->text(), u"Müller \u0080"_s); // ISO-8859-1 has a control character there
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Latin9)));
    QCOMPARE(
        table->item(0, 2)->text(), u"Müller €"_s.replace(u"€"_s, u"\u0080"_s)); // 0x80 is not € in Latin-9
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Utf8)));
    auto *error = d.findChild<QLabel *>(u"mappingError"_s);
    QVERIFY2(error->text().contains(u"UTF-8"_s), qPrintable(error->text()));
    QVERIFY(!table->isEnabled());
    d.next();
    QCOMPARE(d.currentId(), int(ImportDialog::MappingPage)); // refused
    QCOMPARE(count(r.db, "partners"), before);

    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Windows1252)));
    QVERIFY(table->isEnabled());
    d.next();
    QCOMPARE(d.currentId(), int(ImportDialog::ResultPage));
    QTRY_COMPARE(count(r.db, "partners"), before + 1);
    auto city = sql::scalar(r.db.sql(), u"SELECT city FROM partners WHERE name = 'Müller €'"_s);
    QCOMPARE(city.value().toString(), u"Köln"_s);
}

CHANNELDESK_TEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
