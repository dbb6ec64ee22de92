#include "io/csvreader.h"
#include "testhelpers.h"
#include "testmain.h"

#include <QBuffer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>

using namespace cd;
using cd::test::strings;

namespace {

QList<QStringList> rows(std::initializer_list<std::initializer_list<const char *>> items)
{
    QList<QStringList> list;
    for (const auto &row : items)
        list.append(strings(row));
    return list;
}

QList<QStringList> fieldsOf(const QList<CsvRecord> &records)
{
    QList<QStringList> fields;
    for (const CsvRecord &record : records)
        fields.append(record.fields);
    return fields;
}

QList<qint64> linesOf(const QList<CsvRecord> &records)
{
    QList<qint64> lines;
    for (const CsvRecord &record : records)
        lines.append(record.line);
    return lines;
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
    return encoder.encode(text);
}

// Hands out a few bytes per read, like a slow pipe, so every boundary case in the reader is hit.
class TrickleDevice : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    int reads = 0;

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>({maxSize, 3, m_data.size() - m_pos});
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        ++reads;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void encodings_data();
    void encodings();
    void delimiter_data();
    void delimiter();
    void records_data();
    void records();
    void emptyInput_data();
    void emptyInput();
    void withoutHeader();
    void invalidText_data();
    void invalidText();
    void chosenEncodings_data();
    void chosenEncodings();
    void autoKeepsUtf8OnceSeen();
    void malformed_data();
    void malformed();
    void errorNamesTheFile();
    void rejectsUnsupportedDelimiter();
    void veryLongField();
    void runawayQuoteStopsEarly();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void streamingWithCancel();
    void streamingReportsProgress();
};

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("input");
    const QString text = QStringLiteral("Name,City\nÄrger GmbH,Zürich\n\"Ω \u20AC 😀\",x\n");
    QTest::newRow("utf8") << text.toUtf8();
    QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8());
    QTest::newRow("utf16le bom") << utf16(text, QStringConverter::Utf16LE);
    QTest::newRow("utf16be bom") << utf16(text, QStringConverter::Utf16BE);
    QTest::newRow("utf8 bom crlf") << QByteArray("\xEF\xBB\xBF" + text.toUtf8().replace("\n", "\r\n"));
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, input);
    CsvReader reader;
    auto records = reader.readAll(input);
    QVERIFY2(records.ok(), qPrintable(records.error().toString()));
    QCOMPARE(reader.header().fields, QStringList({QStringLiteral("Name"), QStringLiteral("City")}));
    QCOMPARE(reader.header().line, 1);
    QCOMPARE(fieldsOf(*records),
        QList<QStringList>({{QStringLiteral("Ärger GmbH"), QStringLiteral("Zürich")},
            {QStringLiteral("Ω \u20AC 😀"), QStringLiteral("x")}}));
    QCOMPARE(linesOf(*records), QList<qint64>({2, 3}));
}

void TestCsvReader::delimiter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("forced");
    QTest::addColumn<char>("expected");
    QTest::addColumn<QStringList>("firstRecord");

    QTest::newRow("comma") << QByteArray("a,b;c\n1,2;3\n") << '\0' << ',' << strings({"1", "2;3"});
    QTest::newRow("semicolon") << QByteArray("a;b;c,d\n1;2;3,5\n") << '\0' << ';'
                               << strings({"1", "2", "3,5"});
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2,5\t3;4\n") << '\0' << '\t'
                         << strings({"1", "2,5", "3;4"});
    QTest::newRow("commas inside quotes do not count")
        << QByteArray("\"last, first\";\"street, no\";city\nx;y;z\n") << '\0' << ';'
        << strings({"x", "y", "z"});
    QTest::newRow("quoted header rules out comma")
        << QByteArray("\"a\";\"b\"\n1;2\n") << '\0' << ';' << strings({"1", "2"});
    QTest::newRow("single column prefers comma")
        << QByteArray("name\nx;y\n") << '\0' << ',' << strings({"x;y"});
    QTest::newRow("header spanning lines")
        << QByteArray("\"a\nb\";c;d\n1;2;3\n") << '\0' << ';' << strings({"1", "2", "3"});
    QTest::newRow("empty lines before header")
        << QByteArray("\n\r\na;b\n1;2\n") << '\0' << ';' << strings({"1", "2"});
    QTest::newRow("forced overrides detection")
        << QByteArray("a;b,c\n1;2,3\n") << ',' << ',' << strings({"1;2", "3"});
}

void TestCsvReader::delimiter()
{
    QFETCH(QByteArray, input);
    QFETCH(char, forced);
    QFETCH(char, expected);
    QFETCH(QStringList, firstRecord);
    CsvReader reader;
    reader.setDelimiter(forced);
    auto records = reader.readAll(input);
    QVERIFY2(records.ok(), qPrintable(records.error().toString()));
    QCOMPARE(reader.delimiter(), expected);
    QVERIFY(!records->isEmpty());
    QCOMPARE(records->first().fields, firstRecord);
}

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("fields");
    QTest::addColumn<QList<qint64>>("lines");

    const QStringList ab = strings({"a", "b"});
    QTest::newRow("embedded LF") << QByteArray("a,b\n\"x\ny\",1\n2,3\n") << ab
                                 << rows({{"x\ny", "1"}, {"2", "3"}}) << QList<qint64> {2, 4};
    QTest::newRow("embedded CRLF, CRLF ends")
        << QByteArray("a,b\r\n1,\"p\r\nq\r\nr\"\r\n2,3\r\n") << ab << rows({{"1", "p\r\nq\r\nr"}, {"2", "3"}})
        << QList<qint64> {2, 5};
    QTest::newRow("embedded newline in last field, no final newline")
        << QByteArray("a,b\n1,\"x\n\"") << ab << rows({{"1", "x\n"}}) << QList<qint64> {2};
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << ab
                                    << rows({{"say \"hi\"", "\""}}) << QList<qint64> {2};
    QTest::newRow("delimiters and quotes inside quotes") << QByteArray("a,b\n\"1,2\",\"x;\"\"y\"\"\"\n") << ab
                                                         << rows({{"1,2", "x;\"y\""}}) << QList<qint64> {2};
    QTest::newRow("last line without newline")
        << QByteArray("a,b\n1,2\n3,4") << ab << rows({{"1", "2"}, {"3", "4"}}) << QList<qint64> {2, 3};
    QTest::newRow("empty lines skipped, numbers still physical")
        << QByteArray("\na,b\n\n\r\n1,2\n\n\n3,4\n\n") << ab << rows({{"1", "2"}, {"3", "4"}})
        << QList<qint64> {5, 8};
    QTest::newRow("CR only line ends")
        << QByteArray("a,b\r1,2\r\r3,4\r") << ab << rows({{"1", "2"}, {"3", "4"}}) << QList<qint64> {2, 4};
    QTest::newRow("whitespace kept in fields, trimmed in header")
        << QByteArray(" a , b\t\n 1 ,2  \n\" q \",\t\n") << ab << rows({{" 1 ", "2  "}, {" q ", "\t"}})
        << QList<qint64> {2, 3};
    QTest::newRow("empty fields") << QByteArray("a,b\n,\n\"\",\"\"\n,x\n") << ab
                                  << rows({{"", ""}, {"", ""}, {"", "x"}}) << QList<qint64> {2, 3, 4};
    QTest::newRow("ragged records are passed on as they are")
        << QByteArray("a,b\n1\n1,2,3\n") << ab << rows({{"1"}, {"1", "2", "3"}}) << QList<qint64> {2, 3};
    QTest::newRow("header only") << QByteArray("a,b\n") << ab << QList<QStringList>() << QList<qint64> {};
    QTest::newRow("header only without newline")
        << QByteArray(" a,b ") << ab << QList<QStringList>() << QList<qint64> {};
    QTest::newRow("BOM stays out of the first name")
        << QByteArray("\xEF\xBB\xBF\"a\",b\n1,2\n") << ab << rows({{"1", "2"}}) << QList<qint64> {2};
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, fields);
    QFETCH(QList<qint64>, lines);
    CsvReader reader;
    auto records = reader.readAll(input);
    QVERIFY2(records.ok(), qPrintable(records.error().toString()));
    QCOMPARE(reader.header().fields, header);
    QCOMPARE(fieldsOf(*records), fields);
    QCOMPARE(linesOf(*records), lines);
}

void TestCsvReader::emptyInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("UTF-16 BOM only") << QByteArray("\xFF\xFE");
    QTest::newRow("line breaks only") << QByteArray("\n\r\n\r");
}

void TestCsvReader::emptyInput()
{
    QFETCH(QByteArray, input);
    CsvReader reader;
    auto records = reader.readAll(input);
    QVERIFY2(records.ok(), qPrintable(records.error().toString()));
    QVERIFY(records->isEmpty());
    QVERIFY(reader.header().fields.isEmpty());
}

void TestCsvReader::withoutHeader()
{
    CsvReader reader;
    reader.setHasHeader(false);
    auto records = reader.readAll(" a ;b\n1;2\n");
    QVERIFY2(records.ok(), qPrintable(records.error().toString()));
    QCOMPARE(fieldsOf(*records), rows({{" a ", "b"}, {"1", "2"}}));
    QCOMPARE(linesOf(*records), QList<qint64>({1, 2}));
    QVERIFY(reader.header().fields.isEmpty());
}

void TestCsvReader::invalidText_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("latin-1 byte in data")
        << QByteArray("a,b\n1,2\n3,M\xFCller\n") << qint64(3) << 2 << "UTF-8";
    QTest::newRow("latin-1 byte in header") << QByteArray("Stra\xDF\x65,b\n") << qint64(1) << 1 << "UTF-8";
    QTest::newRow("cut-off sequence at field end")
        << QByteArray("a,b\nx\xC3,y\n") << qint64(2) << 1 << "UTF-8";
    QTest::newRow("overlong encoding") << QByteArray("a,b\nx,\xC0\xAF\n") << qint64(2) << 2 << "UTF-8";
    QTest::newRow("in a quoted field spanning lines names its first line")
        << QByteArray("a,b\n1,\"x\ny\nz\xFF\"\n") << qint64(2) << 2 << "UTF-8";
    QTest::newRow("after a multi-line record")
        << QByteArray("a,b\n1,\"x\ny\"\n2,\xFE\n") << qint64(4) << 2 << "UTF-8";
    QTest::newRow("UTF-16 unpaired surrogate") << QByteArray("\xFF\xFE"
                                                             "a\0,\0b\0\n\0"
                                                             "1\0,\0\x00\xD8x\0\n\0",
        20) << qint64(2) << 2 << "UTF-16";
    QTest::newRow("UTF-16 odd length") << QByteArray("\xFF\xFE"
                                                     "a\0\n\0"
                                                     "b",
        7) << qint64(2) << 1 << "UTF-16";
    QTest::newRow("UTF-16 without BOM") << QByteArray("a\0,\0b\0\n\0", 8) << qint64(1) << 1 << "NUL";
    QTest::newRow("UTF-32") << QByteArray("\xFF\xFE\0\0a\0\0\0", 8) << qint64(0) << 0 << "UTF-32";
    QTest::newRow("xlsx workbook") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << qint64(0) << 0 << "workbook";
    QTest::newRow("xls workbook") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") << qint64(0) << 0
                                  << "workbook";
}

void TestCsvReader::invalidText()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, mentions);
    CsvReader reader;
    reader.setEncoding(TextEncoding::Utf8); // chosen: no fallback to Windows-1252
    auto records = reader.readAll(input);
    QVERIFY(!records.ok());
    QCOMPARE(records.error().code, Error::Code::Parse);
    QCOMPARE(records.error().line, line);
    QCOMPARE(records.error().column, column);
    QVERIFY2(records.error().message.contains(mentions), qPrintable(records.error().message));
}

void TestCsvReader::chosenEncodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding"); // as the command line takes it
    QTest::addColumn<QStringList>("expected"); // the data row
    QTest::addColumn<QString>("detected");

    QTest::newRow("auto: UTF-8") << QByteArray("name,city\nM\xC3\xBCller,K\xC3\xB6ln\n") << "auto"
                                 << QStringList {QStringLiteral("Müller"), QStringLiteral("Köln")} << "utf-8";
    QTest::newRow("auto: Excel on Windows (1252)")
        << QByteArray("name,city\nM\xFCller \x80 \x93q\x94,K\xF6ln\n") << "auto"
        << QStringList {QStringLiteral("Müller € “q”"), QStringLiteral("Köln")} << "windows-1252";
    QTest::newRow("auto: 1252 in the header")
        << QByteArray("Stra\xDF\x65,b\nx,y\n") << "AUTO"
        << QStringList {QStringLiteral("x"), QStringLiteral("y")} << "windows-1252";
    QTest::newRow("auto: ASCII only") << QByteArray("a,b\nx,y\n") << "auto"
                                      << QStringList {QStringLiteral("x"), QStringLiteral("y")} << "utf-8";
    QTest::newRow("auto: UTF-16 BOM") << QByteArray("\xFF\xFE"
                                                    "a\0,\0b\0\n\0\xFC\0,\0y\0\n\0",
        18) << "auto" << QStringList {QStringLiteral("ü"), QStringLiteral("y")}
                                      << "utf-16";
    QTest::newRow("chosen: ISO-8859-1")
        << QByteArray("a,b\n\xA4,\xBD\n") << "latin1"
        << QStringList {QStringLiteral("¤"), QStringLiteral("½")} << "iso-8859-1";
    QTest::newRow("chosen: ISO-8859-15")
        << QByteArray("a,b\n\xA4,\xBD\n") << "iso-8859-15"
        << QStringList {QStringLiteral("€"), QStringLiteral("œ")} << "iso-8859-15";
    QTest::newRow("chosen: cp1252 alias")
        << QByteArray("a,b\n\x8A,\x9F\n") << "cp1252"
        << QStringList {QStringLiteral("Š"), QStringLiteral("Ÿ")} << "windows-1252";
    QTest::newRow("chosen: UTF-16 without BOM")
        << QByteArray("a\0,\0b\0\n\0\xFC\0,\0y\0\n\0", 16) << "utf-16"
        << QStringList {QStringLiteral("ü"), QStringLiteral("y")} << "utf-16";
    QTest::newRow("a UTF-8 BOM wins over a chosen encoding")
        << QByteArray("\xEF\xBB\xBF"
                      "a,b\n\xC3\xBC,y\n")
        << "windows-1252" << QStringList {QStringLiteral("ü"), QStringLiteral("y")} << "utf-8";
}

void TestCsvReader::chosenEncodings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    QFETCH(QStringList, expected);
    QFETCH(QString, detected);
    const auto chosen = CsvReader::encodingFromName(encoding);
    QVERIFY(chosen.has_value());
    CsvReader reader;
    reader.setEncoding(*chosen);
    auto records = reader.readAll(input);
    QVERIFY2(records.ok(), qPrintable(records.error().toString()));
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().fields, expected);
    QCOMPARE(CsvReader::encodingName(reader.detectedEncoding()), detected);
}

void TestCsvReader::autoKeepsUtf8OnceSeen()
{
    // Valid UTF-8 first, then a byte that is not: the file is broken, not Windows-1252.
    CsvReader reader;
    auto records = reader.readAll("a,b\n\xC3\xBC,y\n\xFC,z\n");
    QVERIFY(!records.ok());
    QCOMPARE(records.error().line, 3);
    QVERIFY2(
        records.error().message.contains(QLatin1String("Windows-1252")), qPrintable(records.error().message));
    QVERIFY(!CsvReader::encodingFromName(QStringLiteral("ebcdic")).has_value());
    for (const TextEncoding e : CsvReader::encodings())
        QCOMPARE(CsvReader::encodingFromName(CsvReader::encodingName(e)), e);
}

void TestCsvReader::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unterminated quote at end names where it opened")
        << QByteArray("a,b\n1,2\n3,\"open\nmore\nlines") << qint64(3) << 2 << "never closed";
    QTest::newRow("unterminated quote at end of header")
        << QByteArray("a,\"b") << qint64(1) << 2 << "never closed";
    QTest::newRow("quote inside unquoted field")
        << QByteArray("a,b\n1,2\"3\n") << qint64(2) << 2 << "double the quote";
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n\"1\"x,2\n") << qint64(2) << 1 << "closing quote";
    QTest::newRow("space after closing quote")
        << QByteArray("a,b\n1,\"2\" \n") << qint64(2) << 2 << "closing quote";
    QTest::newRow("undoubled quote in multi-line field, reported where it is")
        << QByteArray("a,b\n1,\"x\ny \"z\"\n") << qint64(3) << 2 << "closing quote";
}

void TestCsvReader::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, mentions);
    CsvReader reader;
    auto records = reader.readAll(input);
    QVERIFY(!records.ok());
    QCOMPARE(records.error().code, Error::Code::Parse);
    QCOMPARE(records.error().line, line);
    QCOMPARE(records.error().column, column);
    QVERIFY2(records.error().message.contains(mentions), qPrintable(records.error().message));
}

void TestCsvReader::errorNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("partners.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id;name\n1;ok\n2;M\xFCller\n");
    file.close();

    CsvReader reader;
    reader.setEncoding(TextEncoding::Utf8);
    auto records = reader.readFile(path);
    QVERIFY(!records.ok());
    QCOMPARE(records.error().file, path);
    QVERIFY2(records.error().toString().startsWith(path + QStringLiteral(":3:2: ")),
        qPrintable(records.error().toString()));
    QVERIFY(records.error().message.contains(QLatin1String("save the file as UTF-8")));

    auto missing = reader.readFile(dir.filePath(QStringLiteral("missing.csv")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::Io);
    QCOMPARE(missing.error().file, dir.filePath(QStringLiteral("missing.csv")));

    reader.setFileName(QStringLiteral("upload.csv"));
    auto named = reader.readAll("a\n\"x");
    QVERIFY(!named.ok());
    QCOMPARE(named.error().file, QStringLiteral("upload.csv"));
}

void TestCsvReader::rejectsUnsupportedDelimiter()
{
    CsvReader reader;
    reader.setDelimiter('"');
    auto records = reader.readAll("a\n");
    QVERIFY(!records.ok());
    QCOMPARE(records.error().code, Error::Code::Usage);
}

void TestCsvReader::veryLongField()
{
    QByteArray big(1024 * 1024, 'x');
    big[1000] = '\n';
    big[2000] = '"';
    QByteArray quoted = big;
    quoted.replace("\"", "\"\"");
    const QByteArray input = "a,b\n1,\"" + quoted + "\"\n" + QByteArray(70000, 'y') + ",2\n3,4\n";
    CsvReader reader;
    auto records = reader.readAll(input);
    QVERIFY2(records.ok(), qPrintable(records.error().toString()));
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(0).fields.at(1).size(), big.size());
    QCOMPARE(records->at(0).fields.at(1).toLatin1(), big);
    QCOMPARE(records->at(1).fields.at(0).size(), 70000);
    // The embedded line break moves the following records down one line.
    QCOMPARE(linesOf(*records), QList<qint64>({2, 4, 5}));
}

void TestCsvReader::runawayQuoteStopsEarly()
{
    // A missing closing quote near the top must not buffer the whole file before failing.
    QByteArray input = "a,b\n1,\"oops\n";
    const QByteArray row = "2,plain row\n";
    while (input.size() < CsvReader::MaxFieldBytes + 4 * CsvReader::ChunkSize)
        input += row;
    input += QByteArray(CsvReader::MaxFieldBytes, 'z');
    qint64 bytesRead = 0;
    CsvReader reader;
    reader.setProgressHandler([&](qint64 done, qint64) { bytesRead = done; });
    auto records = reader.readAll(input);
    QVERIFY(!records.ok());
    QCOMPARE(records.error().line, 2);
    QCOMPARE(records.error().column, 2);
    QVERIFY(records.error().message.contains(QLatin1String("quote")));
    QVERIFY(bytesRead < CsvReader::MaxFieldBytes + 4 * CsvReader::ChunkSize);
}

void TestCsvReader::chunkBoundaries_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("fields");
    QTest::addColumn<QList<qint64>>("lines");

    const qsizetype chunk = CsvReader::ChunkSize;
    // A quoted field padded so that its closing quote and the delimiter are the last bytes before
    // `chunk - 1`; the byte at `chunk - 1` is the last one of the first chunk.
    const QByteArray header = "a,b\n";
    const qsizetype padLength = chunk - 1 - header.size() - 3;
    const QByteArray padded = header + '"' + QByteArray(padLength, 'p') + "\",";
    const QString pad(padLength, u'p');
    QTest::newRow("CR | LF") << padded + "\r\nx,y\r\n"
                             << QList<QStringList> {{pad, QString()}, strings({"x", "y"})}
                             << QList<qint64> {2, 3};
    QTest::newRow("UTF-8 sequence split")
        << padded + "\xC3\xBC\nx,y\n"
        << QList<QStringList> {{pad, QStringLiteral("ü")}, strings({"x", "y"})} << QList<qint64> {2, 3};

    const QString head = QStringLiteral("a,b\n\"");
    // BOM and head come first; then the high surrogate is the last unit of the first chunk.
    const qsizetype units = chunk / 2 - 1 - head.size() - 1;
    const QString emojiText = head + QString(units, u'q') + QStringLiteral("😀\",\"\n\"\nx,y\n");
    QTest::newRow("UTF-16 surrogate pair split")
        << utf16(emojiText, QStringConverter::Utf16LE)
        << QList<QStringList> {{QString(units, u'q') + QStringLiteral("😀"), QStringLiteral("\n")},
               strings({"x", "y"})}
        << QList<qint64> {2, 4};
    // Chunks are even, so only the trickling device splits a code unit.
    const QString longText = head + QString(chunk, u'r') + QStringLiteral("\",1\nx,y\n");
    QTest::newRow("UTF-16 long field")
        << utf16(longText, QStringConverter::Utf16BE)
        << QList<QStringList> {{QString(chunk, u'r'), QStringLiteral("1")}, strings({"x", "y"})}
        << QList<qint64> {2, 3};
}

void TestCsvReader::chunkBoundaries()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, fields);
    QFETCH(QList<qint64>, lines);

    CsvReader reader;
    auto records = reader.readAll(input);
    QVERIFY2(records.ok(), qPrintable(records.error().toString()));
    QCOMPARE(fieldsOf(*records), fields);
    QCOMPARE(linesOf(*records), lines);

    // The same through a device that hands out three bytes at a time.
    TrickleDevice device(input);
    QList<CsvRecord> streamed;
    const Status status = reader.read(device, [&](const CsvRecord &record) {
        streamed.append(record);
        return true;
    });
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(streamed, *records);
    QVERIFY(device.reads > input.size() / 3);
}

void TestCsvReader::streamingWithCancel()
{
    QByteArray input = "id;name\n";
    for (int i = 1; i <= 100000; ++i)
        input += QByteArray::number(i) + ";\"name " + QByteArray::number(i) + "\"\n";
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));

    CsvReader reader;
    qint64 bytesRead = 0;
    reader.setProgressHandler([&](qint64 done, qint64) { bytesRead = done; });
    QList<CsvRecord> seen;
    const Status status = reader.read(buffer, [&](const CsvRecord &record) {
        seen.append(record);
        return seen.size() < 5;
    });
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, Error::Code::Cancelled);
    QCOMPARE(seen.size(), 5);
    QCOMPARE(seen.last().fields, strings({"5", "name 5"}));
    QCOMPARE(seen.last().line, 6);
    QCOMPARE(reader.header().fields, strings({"id", "name"}));
    QCOMPARE(reader.delimiter(), ';');
    // Stopped within the first chunk instead of reading on; progress is reported after a chunk is done.
    QCOMPARE(bytesRead, 0);
    QVERIFY(buffer.pos() <= CsvReader::ChunkSize);
}

void TestCsvReader::streamingReportsProgress()
{
    QByteArray input = "id,name\n";
    for (int i = 1; i <= 20000; ++i)
        input += QByteArray::number(i) + ",\"multi\nline " + QByteArray::number(i) + "\"\n";
    QBuffer buffer(&input);
    QVERIFY(buffer.open(QIODevice::ReadOnly));

    CsvReader reader;
    QList<qint64> progress;
    reader.setProgressHandler([&](qint64 done, qint64 total) {
        QCOMPARE(total, input.size());
        progress.append(done);
    });
    qint64 count = 0;
    qint64 expectedLine = 2;
    bool linesOk = true;
    const Status status = reader.read(buffer, [&](const CsvRecord &record) {
        ++count;
        linesOk = linesOk && record.line == expectedLine
            && record.fields.at(1) == QStringLiteral("multi\nline %1").arg(count);
        expectedLine += 2;
        return true;
    });
    QVERIFY2(status.ok(), qPrintable(status.error().toString()));
    QCOMPARE(count, 20000);
    QVERIFY(linesOk);
    QVERIFY(progress.size() > 2);
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QCOMPARE(progress.last(), input.size());
}

CHANNELDESK_TEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
