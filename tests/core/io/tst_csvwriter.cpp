#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QBuffer>
#include <QTest>

using namespace cd;
using cd::test::strings;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private slots:
    void quoting_data();
    void quoting();
    void layout_data();
    void layout();
    void roundTrip_data();
    void roundTrip();
    void guardCanBeSwitchedOff();
    void leadingByteOrderMarkSurvives();
    void reportsWriteErrors();
    void rejectsUnsupportedDelimiter();
};

void TestCsvWriter::quoting_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << ',' << strings({"a", "b c"}) << QByteArray("a,b c\r\n");
    QTest::newRow("delimiter") << ',' << strings({"a,b", "c"}) << QByteArray("\"a,b\",c\r\n");
    QTest::newRow("other delimiter is plain")
        << ';' << strings({"a,b", "c;d"}) << QByteArray("a,b;\"c;d\"\r\n");
    QTest::newRow("tab") << '\t' << strings({"a\tb", "c,d"}) << QByteArray("\"a\tb\"\tc,d\r\n");
    QTest::newRow("quotes doubled") << ',' << strings({"say \"hi\"", "\""})
                                    << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\r\n");
    QTest::newRow("line breaks") << ',' << strings({"a\nb", "c\r\nd", "e\r"})
                                 << QByteArray("\"a\nb\",\"c\r\nd\",\"e\r\"\r\n");
    QTest::newRow("outer spaces") << ',' << strings({" a", "b ", "in side"})
                                  << QByteArray("\" a\",\"b \",in side\r\n");
    QTest::newRow("empty fields bare") << ',' << strings({"", "x", ""}) << QByteArray(",x,\r\n");
    QTest::newRow("lone empty field quoted") << ',' << strings({""}) << QByteArray("\"\"\r\n");
    QTest::newRow("formulas guarded, numbers kept")
        << ',' << strings({"=SUM(A1:A2)", "+49 30 123", "-5", "@x", "-12.50"})
        << QByteArray("'=SUM(A1:A2),'+49 30 123,-5,'@x,-12.50\r\n");
    QTest::newRow("tab before a formula guarded, then quoted for the tab")
        << '\t' << strings({"\t=1", "a"}) << QByteArray("\"'\t=1\"\ta\r\n");
    QTest::newRow("apostrophe already there gets one more")
        << ',' << strings({"'=x", "'plain"}) << QByteArray("''=x,'plain\r\n");
    QTest::newRow("unicode as UTF-8")
        << ',' << strings({"Zürich", "Ω😀"}) << QByteArray("Z\xC3\xBCrich,\xCE\xA9\xF0\x9F\x98\x80\r\n");
    // Built from QChar: QString::fromUtf8() drops a leading EF BB BF as a byte order mark.
    QTest::newRow("leading U+FEFF quoted")
        << ',' << QStringList {QChar(QChar::ByteOrderMark) + QStringLiteral("x")}
        << QByteArray("\"\xEF\xBB\xBFx\"\r\n");
    QTest::newRow("no fields") << ',' << QStringList() << QByteArray("\r\n");
}

void TestCsvWriter::quoting()
{
    QFETCH(char, delimiter);
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, expected);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    writer.setDelimiter(delimiter);
    const Status status = writer.writeRecord(fields);
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(buffer.data(), expected);
}

void TestCsvWriter::layout_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("crlf");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("default: no BOM, CRLF") << false << true << QByteArray("a,b\r\n1,2\r\n");
    QTest::newRow("LF") << false << false << QByteArray("a,b\n1,2\n");
    QTest::newRow("BOM once") << true << true
                              << QByteArray("\xEF\xBB\xBF"
                                            "a,b\r\n1,2\r\n");
    QTest::newRow("BOM and LF") << true << false
                                << QByteArray("\xEF\xBB\xBF"
                                              "a,b\n1,2\n");
}

void TestCsvWriter::layout()
{
    QFETCH(bool, bom);
    QFETCH(bool, crlf);
    QFETCH(QByteArray, expected);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    QCOMPARE(writer.lineEnding(), CsvWriter::LineEnding::CrLf);
    QCOMPARE(writer.writeBom(), false);
    writer.setWriteBom(bom);
    writer.setLineEnding(crlf ? CsvWriter::LineEnding::CrLf : CsvWriter::LineEnding::Lf);
    QVERIFY(writer.writeRecord(strings({"a", "b"})).ok());
    QVERIFY(writer.writeRecord(strings({"1", "2"})).ok());
    QCOMPARE(buffer.data(), expected);
}

void TestCsvWriter::roundTrip_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<bool>("crlf");

    QTest::newRow("comma, CRLF") << ',' << false << true;
    QTest::newRow("semicolon, BOM, LF") << ';' << true << false;
    QTest::newRow("tab, BOM, CRLF") << '\t' << true << true;
}

void TestCsvWriter::roundTrip()
{
    QFETCH(char, delimiter);
    QFETCH(bool, bom);
    QFETCH(bool, crlf);

    const QStringList header = strings({"code", "name", "note"});
    const QList<QStringList> records = {
        strings({"1", "Plain", "text"}),
        strings({"2", "Say \"hi\"", "\"\""}),
        strings({"3", "a,b;c\td", ",;\t"}),
        strings({"4", "two\nlines", "three\r\nwindows\r\nlines"}),
        strings({"5", "  leading", "trailing  "}),
        strings({"6", " ", "\t"}),
        {QChar(QChar::ByteOrderMark) + QStringLiteral("7"), QStringLiteral("Zürich Ω 😀 \u200B"),
            QStringLiteral("mid\uFEFFdle")},
        strings({"", "", ""}),
        strings({"=1+2", "+49 30 1234", "@cmd"}),
        strings({"'=1+2", "''-x", "'"}),
        strings({"=HYPERLINK(\"http://example.com\",\"click\")", "-1", "\t-2+3"}),
        strings({"\r", "\n", "ends with CR\r"}),
        {QString(100000, u'x'), QStringLiteral("\""), QString()},
    };

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    writer.setDelimiter(delimiter);
    writer.setWriteBom(bom);
    writer.setLineEnding(crlf ? CsvWriter::LineEnding::CrLf : CsvWriter::LineEnding::Lf);
    QVERIFY(writer.writeRecord(header).ok());
    for (const QStringList &record : records)
        QVERIFY(writer.writeRecord(record).ok());
    buffer.close();

    CsvReader reader;
    auto read = reader.readAll(buffer.data());
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    QCOMPARE(reader.delimiter(), delimiter);
    QCOMPARE(reader.header().fields, header);
    QCOMPARE(read->size(), records.size());
    for (qsizetype i = 0; i < records.size(); ++i)
        QCOMPARE(read->at(i).fields, records.at(i));
}

void TestCsvWriter::guardCanBeSwitchedOff()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    QVERIFY(writer.guardFormulas());
    writer.setGuardFormulas(false);
    QVERIFY(writer.writeRecord(strings({"=1+2", "@x"})).ok());
    QCOMPARE(buffer.data(), QByteArray("=1+2,@x\r\n"));
    CsvReader reader;
    reader.setHasHeader(false);
    reader.setRestoreGuardedFormulas(false);
    auto read = reader.readAll("'=1+2,x\n");
    QVERIFY(read.ok());
    QCOMPARE(read->at(0).fields, strings({"'=1+2", "x"}));
}

void TestCsvWriter::leadingByteOrderMarkSurvives()
{
    // Without a BOM of its own, a file starting with U+FEFF content must not lose it as a BOM.
    const QStringList record {QChar(QChar::ByteOrderMark) + QStringLiteral("x"), QStringLiteral("y")};
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    QVERIFY(writer.writeRecord(record).ok());
    CsvReader reader;
    reader.setHasHeader(false);
    auto read = reader.readAll(buffer.data());
    QVERIFY2(read.ok(), qPrintable(read.error().toString()));
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->first().fields, record);
}

void TestCsvWriter::reportsWriteErrors()
{
    QByteArray data;
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvWriter writer(buffer);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    const Status status = writer.writeRecord(strings({"a"}));
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::Io);
}

void TestCsvWriter::rejectsUnsupportedDelimiter()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    writer.setDelimiter('"');
    const Status status = writer.writeRecord(strings({"a"}));
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::Usage);
    QVERIFY(buffer.data().isEmpty());
}

CHANNELDESK_TEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
