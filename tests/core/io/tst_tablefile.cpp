// TableFile: CSV and XLSX exports with typed workbook cells, frozen header, autofilter, the row
// limit of a worksheet, and no file on failure or cancel. The workbook is read back with unzip.
#include "io/tablefile.h"
#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

// One part of the zip archive that an .xlsx is.
QString part(const QString &xlsx, const char *name)
{
    QProcess unzip;
    unzip.start(u"unzip"_s, {u"-p"_s, xlsx, QString::fromLatin1(name)});
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

// The XML of cell `ref` ("B2") in the first worksheet.
QString cell(const QString &sheet, const QString &ref)
{
    const QRegularExpression re(u"<c r=\"%1\"[^>]*(/>|>.*?</c>)"_s.arg(ref));
    return re.match(sheet).captured(0);
}

const QList<TableColumn> kColumns = {{u"Name"_s}, {u"Count"_s, ColumnType::Integer},
    {u"Lat"_s, ColumnType::Number}, {u"Since"_s, ColumnType::Date}, {u"Updated"_s, ColumnType::DateTime},
    {u"Amount"_s, ColumnType::Money, 6}, {u"Currency"_s}};

} // namespace

class TestTableFile : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void formatOf_data();
    void formatOf();
    void xlsxCells_data();
    void xlsxCells();
    void xlsxLayout();
    void csvIsTheImportText();
    void tooManyRowsForAWorksheet();
    void cancelLeavesOlderFileUnchanged_data();
    void cancelLeavesOlderFileUnchanged();
    void unwritableFolder();
};

void TestTableFile::initTestCase()
{
    if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
        QFAIL("unzip is needed to read the workbooks back (Debian: apt-get install unzip; .ci/setup installs "
              "it)");
}

void TestTableFile::formatOf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << u"a.csv"_s << int(TableFile::Format::Csv);
    QTest::newRow("xlsx") << u"/tmp/a.xlsx"_s << int(TableFile::Format::Xlsx);
    QTest::newRow("upper case") << u"A.XLSX"_s << int(TableFile::Format::Xlsx);
    QTest::newRow("no suffix") << u"export"_s << int(TableFile::Format::Csv);
    QTest::newRow("xls is not xlsx") << u"a.xls"_s << int(TableFile::Format::Csv);
}

void TestTableFile::formatOf()
{
    QFETCH(QString, path);
    QTEST(int(TableFile::formatOf(path)), "format");
}

void TestTableFile::xlsxCells_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QString>("ref");
    QTest::addColumn<QString>("expected"); // a pattern the cell's XML must match
    const QStringList base = {
        u"Alpha"_s, u"42"_s, u"52.52"_s, u"2026-12-03"_s, u"2026-12-03T07:30:00Z"_s, u"1234.5"_s, u"EUR"_s};
    const auto with = [&base](int column, const QString &value) {
        QStringList r = base;
        r[column] = value;
        return r;
    };
    QTest::newRow("text") << base << u"A2"_s << u"t=\"inlineStr\"><is><t>Alpha</t>"_s;
    QTest::newRow("formula stays text")
        << with(0, u"=HYPERLINK(\"x\")"_s) << u"A2"_s << u"inlineStr\"><is><t>=HYPERLINK"_s;
    QTest::newRow("integer") << base << u"B2"_s << u"<v>42</v>"_s;
    QTest::newRow("account number stays text")
        << with(1, u"12345678901234567890"_s) << u"B2"_s << u"inlineStr"_s;
    QTest::newRow("not a number") << with(1, u"many"_s) << u"B2"_s << u"<t>many</t>"_s;
    QTest::newRow("number") << base << u"C2"_s << u"<v>52.52</v>"_s;
    // Days since 1899-12-30: 2026-12-03 is 46359.
    QTest::newRow("date") << base << u"D2"_s << u"s=\"\\d+\"><v>46359</v>"_s;
    QTest::newRow("bad date stays text") << with(3, u"soon"_s) << u"D2"_s << u"<t>soon</t>"_s;
    QTest::newRow("date time") << base << u"E2"_s << u"<v>46359\\.\\d+</v>"_s;
    QTest::newRow("money") << base << u"F2"_s << u"s=\"\\d+\"><v>1234.5</v>"_s;
    QTest::newRow("yen has no cents")
        << with(6, u"JPY"_s) << u"F2"_s << u"<v>1234.5</v>"_s.replace(u"1234.5"_s, u"1234"_s);
    QTest::newRow("money without currency") << with(6, QString()) << u"F2"_s << u"<t>1234.5</t>"_s;
    QTest::newRow("empty cell is blank") << with(0, QString()) << u"A2"_s << QString();
}

void TestTableFile::xlsxCells()
{
    QFETCH(QStringList, row);
    QFETCH(QString, ref);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.xlsx"_s);
    TableFile file(path);
    QVERIFY(file.open(kColumns, 1).ok());
    if (row.at(6) == u"JPY"_s)
        row[5] = u"1234"_s; // yen have no minor unit
    QVERIFY(file.write(row));
    auto written = file.finish();
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    QCOMPARE(written.value(), 1);
    const QString sheet = part(path, "xl/worksheets/sheet1.xml");
    QVERIFY(!sheet.isEmpty());
    const QString xml = cell(sheet, ref);
    if (expected.isEmpty()) {
        QVERIFY2(xml.isEmpty(), qPrintable(xml));
        return;
    }
    QVERIFY2(QRegularExpression(expected).match(xml).hasMatch(), qPrintable(xml));
}

void TestTableFile::xlsxLayout()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"layout.xlsx"_s);
    TableFile file(path);
    QVERIFY(file.open(kColumns, 3).ok());
    for (int i = 0; i < 3; ++i)
        QVERIFY(file.write({u"Row %1"_s.arg(i), QString::number(i), {}, {}, {}, u"1.00"_s, u"EUR"_s}));
    QVERIFY(file.finish().ok());
    const QString sheet = part(path, "xl/worksheets/sheet1.xml");
    QVERIFY2(sheet.contains(u"state=\"frozen\""_s), "the header row is frozen");
    QVERIFY2(sheet.contains(u"<autoFilter ref=\"A1:G4\"/>"_s), qPrintable(sheet.right(300)));
    QVERIFY(cell(sheet, u"A1"_s).contains(u"<t>Name</t>"_s));
    const QString styles = part(path, "xl/styles.xml");
    QVERIFY2(styles.contains(u"formatCode=\"#,##0.00 &quot;EUR&quot;\""_s), qPrintable(styles));
    // Only the workbook is left in the folder: no temporary part.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {u"layout.xlsx"_s});
}

void TestTableFile::csvIsTheImportText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.csv"_s);
    TableFile file(path);
    QVERIFY(file.open(kColumns, 1).ok());
    QVERIFY(file.write({u"=1+2"_s, u"42"_s, u"52.52"_s, u"2026-12-03"_s, {}, u"1234.50"_s, u"EUR"_s}));
    QVERIFY(file.finish().ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(),
        QByteArray(
            "Name,Count,Lat,Since,Updated,Amount,Currency\r\n'=1+2,42,52.52,2026-12-03,,1234.50,EUR\r\n"));
}

void TestTableFile::tooManyRowsForAWorksheet()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.xlsx"_s);
    TableFile file(path);
    const Status s = file.open(kColumns, TableFile::kXlsxMaxRows + 1);
    QVERIFY(!s);
    QVERIFY2(s.error().message.contains(u"CSV"_s), qPrintable(s.error().message));
    QCOMPARE(s.error().file, path);
    QVERIFY(!QFile::exists(path));
    TableFile fits(dir.filePath(u"fits.xlsx"_s));
    QVERIFY(fits.open(kColumns, TableFile::kXlsxMaxRows).ok());
}

void TestTableFile::cancelLeavesOlderFileUnchanged_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << u"old.csv"_s;
    QTest::newRow("xlsx") << u"old.xlsx"_s;
}

void TestTableFile::cancelLeavesOlderFileUnchanged()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("older export");
    }
    std::atomic_bool cancel = false;
    qint64 lastDone = -1;
    TableFile file(
        path, [&lastDone](qint64 done, qint64) { lastDone = done; }, &cancel);
    QVERIFY(file.open(kColumns, 5000).ok());
    for (int i = 0; i < 2500; ++i)
        QVERIFY(file.write({u"Row"_s, QString::number(i), {}, {}, {}, {}, {}}));
    QCOMPARE(lastDone, 2000); // progress every thousand rows
    cancel = true;
    QVERIFY(!file.write({u"Row"_s}));
    auto result = file.finish();
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Cancelled);
    QFile old(path);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("older export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList {name});
}

void TestTableFile::unwritableFolder()
{
    for (const char *name : {"no/such/folder/a.csv", "no/such/folder/a.xlsx"}) {
        TableFile file(QDir::temp().filePath(QString::fromLatin1(name)));
        const Status s = file.open(kColumns, 1);
        QVERIFY2(!s, name);
        QCOMPARE(s.error().code, Error::Code::Io);
        QVERIFY(!s.error().file.isEmpty());
    }
}

CHANNELDESK_TEST_GUILESS_MAIN(TestTableFile)
#include "tst_tablefile.moc"
