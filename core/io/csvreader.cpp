#include "csvreader.h"

#include "formulaguard.h"
#include "textencoding_p.h"

#include <QBuffer>
#include <QFile>
#include <QFileDevice>
#include <QStringDecoder>

#include <csv.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace cd {

using namespace textencoding;

namespace {

// Enough for any sane header line; past this the delimiter is decided from what was seen.
constexpr qsizetype DetectLimit = 1024 * 1024;
// In order of preference when the first record does not tell them apart (a single column).
constexpr char Candidates[] = {',', ';', '\t'};

bool isCandidateDelimiter(char c)
{
    return std::find(std::begin(Candidates), std::end(Candidates), c) != std::end(Candidates);
}

bool isLineBreak(char c)
{
    return c == '\r' || c == '\n';
}

// libcsv drops spaces and tabs around unquoted fields by default; we keep fields exactly as written
// (RFC 4180 says spaces are part of the field), and a tab delimiter must not count as space.
int noSpaces(unsigned char)
{
    return 0;
}

// Owns one libcsv parser, set up the same way for detection and for reading.
class Parser
{
public:
    explicit Parser(char delimiter)
    {
        // Strict: stray quotes are reported instead of being guessed at; STRICT_FINI: so is a
        // quoted field still open at the end of the input.
        csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI);
        csv_set_delim(&m_parser, static_cast<unsigned char>(delimiter));
        csv_set_space_func(&m_parser, noSpaces);
        // libcsv grows its field buffer linearly by this step; the default of 128 bytes would make
        // long fields quadratic.
        csv_set_blk_size(&m_parser, CsvReader::ChunkSize);
    }
    ~Parser() { csv_free(&m_parser); }
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;

    csv_parser *get() { return &m_parser; }

private:
    csv_parser m_parser;
};

// Parses the start of the input with one candidate delimiter and counts the fields of the first record;
// libcsv does the quote handling, so delimiters inside quotes do not count.
class DelimiterTrial
{
public:
    explicit DelimiterTrial(char delimiter)
        : m_delimiter(delimiter)
        , m_parser(delimiter)
    {}

    void feed(QByteArrayView text)
    {
        if (finished())
            return;
        const auto size = static_cast<size_t>(text.size());
        const size_t used = csv_parse(m_parser.get(), text.data(), size, onField, onRow, this);
        // Errors after the first record are the real parser's business.
        m_failed = !m_rowEnded && used != size;
    }
    void finish()
    {
        if (!finished() && csv_fini(m_parser.get(), onField, onRow, this) != 0)
            m_failed = true;
    }
    bool finished() const { return m_rowEnded || m_failed; }
    // A delimiter that makes the first record malformed (e.g. ',' for "a";"b") is ruled out.
    int score() const { return m_failed ? -1 : m_fields; }
    char delimiter() const { return m_delimiter; }

private:
    static void onField(void *, size_t, void *self)
    {
        auto *trial = static_cast<DelimiterTrial *>(self);
        if (!trial->m_rowEnded)
            ++trial->m_fields;
    }
    static void onRow(int, void *self) { static_cast<DelimiterTrial *>(self)->m_rowEnded = true; }

    char m_delimiter;
    Parser m_parser;
    int m_fields = 0;
    bool m_rowEnded = false;
    bool m_failed = false;
};

bool startsWith(QByteArrayView data, QByteArrayView prefix)
{
    return data.size() >= prefix.size() && data.first(prefix.size()) == prefix;
}

// One pass over one input: encoding → UTF-8 text → delimiter detection → libcsv → records.
// libcsv knows nothing of lines, so the text is fed one physical line at a time and the line
// count is kept here; a record starts at the first line with content after the previous record.
class ReadRun
{
public:
    ReadRun(char delimiter, bool hasHeader, TextEncoding encoding, QString source,
        const CsvReader::RecordHandler &onRecord)
        : m_hasHeader(hasHeader)
        , m_fieldEncoding(encoding)
        , m_source(std::move(source))
        , m_onRecord(onRecord)
    {
        if (delimiter != 0) {
            m_delimiter = delimiter;
            m_parser.emplace(delimiter);
        } else {
            for (char candidate : Candidates)
                m_trials.push_back(std::make_unique<DelimiterTrial>(candidate));
        }
    }

    // False on an error or a cancel; error() says which.
    bool feed(QByteArrayView raw)
    {
        if (m_failed)
            return false;
        if (m_encoding == Encoding::Unknown) {
            m_head.append(raw);
            // Four bytes tell every byte order mark apart.
            return m_head.size() < 4 || detectEncoding();
        }
        return decode(raw);
    }

    bool finish()
    {
        if (m_failed)
            return false;
        if (m_encoding == Encoding::Unknown && !detectEncoding())
            return false;
        if (m_encoding == Encoding::Utf16) {
            if (m_utf16Bytes % 2 != 0 || !m_heldSurrogate.isNull()) {
                if (!settleDelimiter(true))
                    return false;
                return failParse(CsvReader::tr("The file ends in the middle of a UTF-16 character."), m_line,
                    currentColumn());
            }
        }
        if (!settleDelimiter(true))
            return false;
        if (csv_fini(m_parser->get(), onField, onRow, this) != 0) {
            return failParse(
                CsvReader::tr("A quoted field is never closed; a closing quote (\") is missing."),
                m_fieldLine, currentColumn());
        }
        return !m_failed;
    }

    const Error &error() const { return m_error; }
    const CsvRecord &header() const { return m_header; }
    // The encoding fields were decoded in; Auto until the first non-ASCII byte decided it.
    TextEncoding fieldEncoding() const
    {
        if (m_encoding == Encoding::Utf16)
            return TextEncoding::Utf16;
        return m_fieldEncoding == TextEncoding::Auto ? TextEncoding::Utf8 : m_fieldEncoding;
    }
    char delimiter() const { return m_delimiter; }

private:
    enum class Encoding { Unknown, Utf8, Utf16 };

    bool detectEncoding()
    {
        const QByteArray head = std::exchange(m_head, {});
        qsizetype bomSize = 0;
        if (startsWith(head, QByteArrayView("\xFF\xFE\0\0", 4))
            || startsWith(head, QByteArrayView("\0\0\xFE\xFF", 4))) {
            return failParse(
                CsvReader::tr("The file is in UTF-32, which is not supported; save it as UTF-8."), 0, 0);
        } else if (startsWith(head, "\xEF\xBB\xBF")) {
            m_encoding = Encoding::Utf8;
            m_fieldEncoding = TextEncoding::Utf8; // the BOM wins over a chosen encoding
            bomSize = 3;
        } else if (startsWith(head, "\xFF\xFE") || startsWith(head, "\xFE\xFF")) {
            // Decoded here and passed on as UTF-8, so everything after this sees one encoding.
            m_encoding = Encoding::Utf16;
            m_utf16
                = QStringDecoder(head.startsWith('\xFF') ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                    QStringDecoder::Flag::ConvertInitialBom);
            bomSize = 2;
        } else if (startsWith(head, "PK\x03\x04") || startsWith(head, "\xD0\xCF\x11\xE0")) {
            // Picking the workbook instead of its CSV export is a common mistake; say so plainly
            // instead of reporting garbage bytes.
            return failParse(CsvReader::tr("This is a spreadsheet workbook, not a CSV file; save it as "
                                           "\"CSV UTF-8\" in the spreadsheet program first."),
                0, 0);
        } else if (m_fieldEncoding == TextEncoding::Utf16) {
            m_encoding = Encoding::Utf16; // chosen without a BOM: little endian, as Windows writes it
            m_utf16 = QStringDecoder(QStringDecoder::Utf16LE);
        } else {
            // UTF-8 and the single-byte encodings share ASCII, so delimiters, quotes and line breaks
            // are the same bytes; fields are decoded one by one in onField().
            m_encoding = Encoding::Utf8;
        }
        return decode(QByteArrayView(head).sliced(bomSize));
    }

    bool decode(QByteArrayView raw)
    {
        if (m_encoding == Encoding::Utf8)
            return feedText(raw);
        m_utf16Bytes += raw.size();
        QString text = m_utf16.decode(raw);
        // A surrogate pair can straddle two chunks; keep the first half for the next one.
        if (!m_heldSurrogate.isNull())
            text.prepend(std::exchange(m_heldSurrogate, QChar()));
        if (!text.isEmpty() && text.back().isHighSurrogate()) {
            m_heldSurrogate = text.back();
            text.chop(1);
        }
        const qsizetype bad = firstInvalidUtf16(text);
        if (bad < 0)
            return feedText(text.toUtf8());
        // Parse up to the bad character so the error can name its line.
        if (!feedText(QStringView(text).first(bad).toUtf8()) || !settleDelimiter(false))
            return false;
        return failParse(
            CsvReader::tr("The text is not valid UTF-16; save the file as UTF-8."), m_line, currentColumn());
    }

    bool feedText(QByteArrayView text)
    {
        if (m_parser)
            return parse(text);
        m_pending.append(text);
        bool allFinished = true;
        for (const auto &trial : m_trials) {
            trial->feed(text);
            allFinished = allFinished && trial->finished();
        }
        if (!allFinished && m_pending.size() < DetectLimit)
            return true;
        return settleDelimiter(false);
    }

    // Decides the delimiter if that is still open and parses what was held back for detection.
    bool settleDelimiter(bool atEnd)
    {
        if (m_parser)
            return true;
        const DelimiterTrial *best = nullptr;
        for (const auto &trial : m_trials) {
            if (atEnd)
                trial->finish();
            if (!best || trial->score() > best->score())
                best = trial.get();
        }
        m_delimiter = best->delimiter();
        m_trials.clear();
        m_parser.emplace(m_delimiter);
        return parse(std::exchange(m_pending, {}));
    }

    bool parse(QByteArrayView text)
    {
        const char *pos = text.data();
        const char *const end = pos + text.size();
        while (pos < end) {
            const char *lineBreak = std::find_if(pos, end, isLineBreak);
            const bool hasContent = lineBreak > pos;
            const char *segmentEnd = lineBreak < end ? lineBreak + 1 : end;
            // Only line breaks can come between records (fields keep their spaces), so the first
            // content after a record is the next record.
            if (m_rowPending && hasContent) {
                m_rowPending = false;
                m_recordLine = m_fieldLine = m_line;
            }
            const auto size = static_cast<size_t>(segmentEnd - pos);
            const size_t used = csv_parse(m_parser->get(), pos, size, onField, onRow, this);
            if (m_failed)
                return false;
            if (used != size)
                return failParser(pos[used]);
            if (csv_get_buffer_size(m_parser->get()) > static_cast<size_t>(CsvReader::MaxFieldBytes)) {
                return failParse(
                    CsvReader::tr("A field is longer than %1 MiB; probably a closing quote (\") is "
                                  "missing.")
                        .arg(CsvReader::MaxFieldBytes / (1024 * 1024)),
                    m_fieldLine, currentColumn());
            }
            if (lineBreak < end) {
                // CR LF is one line break, CR alone (old Mac files) and LF alone are one each.
                if (*lineBreak == '\r')
                    ++m_line;
                else if (!(m_afterCr && !hasContent))
                    ++m_line;
                m_afterCr = *lineBreak == '\r';
            } else {
                m_afterCr = false;
            }
            pos = segmentEnd;
        }
        return true;
    }

    bool failParser(char offending)
    {
        if (csv_error(m_parser->get()) != CSV_EPARSE)
            return failParse(
                CsvReader::tr("Out of memory while reading a field."), m_fieldLine, currentColumn());
        // With spaces not trimmed, libcsv's strict mode fails in exactly two places: a quote in a
        // field that did not start with one, and anything but a delimiter or line break after a
        // closing quote.
        if (offending == '"') {
            return failParse(CsvReader::tr("A quote (\") inside a field that does not start with a quote; "
                                           "enclose the field in quotes and double the quote (\"\")."),
                m_line, currentColumn());
        }
        return failParse(CsvReader::tr("Unexpected text after a closing quote (\"); a quote inside a quoted "
                                       "field must be doubled (\"\")."),
            m_line, currentColumn());
    }

    int currentColumn() const { return static_cast<int>(m_fields.size()) + 1; }

    bool failParse(const QString &message, qint64 line, int column)
    {
        Error error = Error::make(Error::Code::Parse, message);
        error.line = line;
        error.column = column;
        return fail(std::move(error));
    }

    bool fail(Error error)
    {
        m_error = std::move(error);
        m_error.file = m_source;
        m_failed = true;
        return false;
    }

    static void onField(void *data, size_t size, void *self)
    {
        auto *run = static_cast<ReadRun *>(self);
        if (run->m_failed)
            return;
        if (size > 0 && std::memchr(data, 0, size)) {
            run->failParse(CsvReader::tr("The text contains a NUL character; it is not a text file, or it is "
                                         "UTF-16 without a byte order mark. Save the file as UTF-8."),
                run->m_fieldLine, run->currentColumn());
            return;
        }
        const QByteArrayView bytes(static_cast<const char *>(data), static_cast<qsizetype>(size));
        QString field;
        if (!run->decodeField(bytes, field))
            return;
        run->m_fields.append(std::move(field));
        // The next field starts after the delimiter just read, on the current line.
        run->m_fieldLine = run->m_line;
    }

    bool decodeField(QByteArrayView bytes, QString &field)
    {
        // UTF-16 input was turned into UTF-8 before parsing.
        const TextEncoding encoding = m_encoding == Encoding::Utf16 ? TextEncoding::Utf8 : m_fieldEncoding;
        if (encoding == TextEncoding::Windows1252 || encoding == TextEncoding::Latin1
            || encoding == TextEncoding::Latin9) {
            field = decodeSingleByte(bytes, encoding);
            return true;
        }
        // Stateless: a sequence cut off at the end of the field is an error, not something to carry
        // over; ConvertInitialBom: a U+FEFF at the start of a field is content.
        QStringDecoder decoder(
            QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
        field = decoder.decode(bytes);
        if (!decoder.hasError()) {
            if (encoding == TextEncoding::Auto && hasNonAscii(bytes))
                m_fieldEncoding = TextEncoding::Utf8; // the first non-ASCII text was UTF-8: so is the file
            return true;
        }
        if (encoding == TextEncoding::Auto) {
            // Everything before was ASCII, which reads the same either way: the file is in the
            // encoding Western European Excel writes.
            m_fieldEncoding = TextEncoding::Windows1252;
            field = decodeSingleByte(bytes, TextEncoding::Windows1252);
            return true;
        }
        failParse(CsvReader::tr("The text is not valid UTF-8. Choose the file's encoding (for a CSV file "
                                "from Excel on Windows usually Windows-1252), or save the file as UTF-8."),
            m_fieldLine, currentColumn());
        return false;
    }

    static void onRow(int, void *self)
    {
        auto *run = static_cast<ReadRun *>(self);
        if (run->m_failed)
            return;
        CsvRecord record {std::exchange(run->m_fields, {}), run->m_recordLine};
        run->m_rowPending = true;
        if (run->m_hasHeader && !run->m_headerSeen) {
            // People pad header names when they edit by hand; the names are keys, the padding is noise.
            for (QString &name : record.fields)
                name = name.trimmed();
            run->m_header = std::move(record);
            run->m_headerSeen = true;
            return;
        }
        if (!run->m_onRecord(record))
            run->fail(Error::make(Error::Code::Cancelled, CsvReader::tr("Reading was cancelled.")));
    }

    bool m_hasHeader;
    TextEncoding m_fieldEncoding;
    QString m_source;
    const CsvReader::RecordHandler &m_onRecord;

    Encoding m_encoding = Encoding::Unknown;
    QByteArray m_head;
    QStringDecoder m_utf16;
    qint64 m_utf16Bytes = 0;
    QChar m_heldSurrogate;

    char m_delimiter = 0;
    std::vector<std::unique_ptr<DelimiterTrial>> m_trials;
    QByteArray m_pending;
    std::optional<Parser> m_parser;

    qint64 m_line = 1;
    bool m_afterCr = false;
    bool m_rowPending = true;
    qint64 m_recordLine = 0;
    qint64 m_fieldLine = 0;
    QStringList m_fields;
    bool m_headerSeen = false;
    CsvRecord m_header;

    bool m_failed = false;
    Error m_error;
};

Error ioError(const QString &message, const QString &file)
{
    Error error = Error::make(Error::Code::Io, message);
    error.file = file;
    return error;
}

} // namespace

Status CsvReader::read(QIODevice &device, const RecordHandler &onRecord)
{
    m_header = {};
    m_detected = 0;
    QString source = m_fileName;
    if (source.isEmpty()) {
        if (const auto *file = qobject_cast<const QFileDevice *>(&device))
            source = file->fileName();
    }
    if (m_delimiter != 0 && !isCandidateDelimiter(m_delimiter)) {
        return Error::make(Error::Code::Usage,
            tr("The CSV delimiter must be a comma, a semicolon or a tab.", "programming error"));
    }
    if (!device.isReadable())
        return ioError(tr("The file is not open for reading."), source);

    // Cells guarded against formula injection on export come back as they were.
    const RecordHandler restoring = [&](const CsvRecord &record) {
        qsizetype first = 0;
        while (first < record.fields.size() && !record.fields.at(first).startsWith(QLatin1Char('\'')))
            ++first;
        if (first == record.fields.size())
            return onRecord(record);
        CsvRecord restored = record;
        for (qsizetype i = first; i < restored.fields.size(); ++i) {
            if (restored.fields.at(i).startsWith(QLatin1Char('\'')))
                restored.fields[i] = formulaguard::unguarded(restored.fields.at(i));
        }
        return onRecord(restored);
    };
    ReadRun run(
        m_delimiter, m_hasHeader, m_encoding, source, m_restoreGuardedFormulas ? restoring : onRecord);
    const auto finished = [&](bool ok) -> Status {
        m_header = run.header();
        m_detected = run.delimiter();
        m_detectedEncoding = run.fieldEncoding();
        if (!ok)
            return run.error();
        return {};
    };

    const qint64 total = device.isSequential() ? -1 : device.size() - device.pos();
    qint64 done = 0;
    QByteArray chunk(ChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 got = device.read(chunk.data(), ChunkSize);
        if (got < 0)
            return ioError(tr("The file could not be read: %1").arg(device.errorString()), source);
        if (got == 0) {
            // Pipes and processes may have nothing yet without being at the end.
            if (device.isSequential() && device.waitForReadyRead(-1))
                continue;
            break;
        }
        done += got;
        if (!run.feed(QByteArrayView(chunk.constData(), got)))
            return finished(false);
        if (m_progress)
            m_progress(done, total);
    }
    return finished(run.finish());
}

Result<QList<CsvRecord>> CsvReader::readAll(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return collect(buffer);
}

Result<QList<CsvRecord>> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return ioError(tr("The file could not be opened: %1").arg(file.errorString()),
            m_fileName.isEmpty() ? path : m_fileName);
    }
    return collect(file);
}

Result<QList<CsvRecord>> CsvReader::collect(QIODevice &device)
{
    QList<CsvRecord> records;
    const Status status = read(device, [&records](const CsvRecord &record) {
        records.append(record);
        return true;
    });
    if (!status)
        return status.error();
    return records;
}

} // namespace cd
