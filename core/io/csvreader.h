#pragma once

// CsvReader turns CSV text into records, whole or streamed. Encodings: UTF-8 (with or without BOM),
// UTF-16 (BOM), and the single-byte encodings Western European spreadsheets write: Windows-1252 (what
// Excel saves as "CSV" on most Western Windows machines), ISO-8859-1 and ISO-8859-15.

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class QIODevice;

namespace cd {

// One CSV record. Records can span lines (quoted fields with line breaks), so `line` is where it starts.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0; // 1-based physical line

    friend bool operator==(const CsvRecord &, const CsvRecord &) = default;
};

// The text encoding of a CSV file. A byte order mark always wins (it cannot be mistaken).
enum class TextEncoding {
    // UTF-8 unless a BOM says UTF-16; a file whose first non-ASCII bytes are not UTF-8 is read as
    // Windows-1252 (a superset of ISO-8859-1's printable characters). detectedEncoding() tells.
    Auto,
    Utf8,
    Utf16, // little endian when there is no BOM
    Windows1252,
    Latin1, // ISO-8859-1
    Latin9, // ISO-8859-15 (with the euro sign)
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // Names for users and the command line: "auto", "utf-8", "utf-16", "windows-1252", "iso-8859-1",
    // "iso-8859-15".
    static QString encodingName(TextEncoding encoding);
    // Accepts the names above in any case and the usual aliases (utf8, cp1252, latin1, latin9, ...).
    static std::optional<TextEncoding> encodingFromName(const QString &name);
    static QList<TextEncoding> encodings();

    // Return false to stop; read() then fails with Error::Code::Cancelled.
    using RecordHandler = std::function<bool(const CsvRecord &record)>;
    // bytesTotal is -1 when the device cannot tell its size (pipes, sockets).
    using ProgressHandler = std::function<void(qint64 bytesRead, qint64 bytesTotal)>;

    // read() takes the device in pieces of this size, so memory does not grow with the file.
    static constexpr qint64 ChunkSize = 64 * 1024;
    // No real cell is this long (Excel stops at 32767 characters); a field that grows past it almost
    // always means a missing closing quote swallowing the rest of the file, so reading stops early.
    static constexpr qint64 MaxFieldBytes = 32 * 1024 * 1024;

    // ',', ';' or '\t'; '\0' (the default) detects it from the first record.
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }
    // The forced delimiter, or after a read the detected one.
    char delimiter() const { return m_delimiter != 0 ? m_delimiter : m_detected; }

    // True by default: the first record is the header, its names are trimmed and it is not passed on
    // as data but kept in header().
    void setHasHeader(bool hasHeader) { m_hasHeader = hasHeader; }
    bool hasHeader() const { return m_hasHeader; }
    // The header of the last read; no fields when the input was empty or hasHeader() is false.
    const CsvRecord &header() const { return m_header; }

    // Auto (the default) detects; anything else reads the file in that encoding.
    void setEncoding(TextEncoding encoding) { m_encoding = encoding; }
    TextEncoding encoding() const { return m_encoding; }
    // After a read: the encoding the text was read in (never Auto).
    TextEncoding detectedEncoding() const { return m_detectedEncoding; }

    // True by default: a data cell with the apostrophe CsvWriter puts before formula-like text
    // ("'=SUM(A1)") is read without it (formulaguard.h). Header names are never changed.
    void setRestoreGuardedFormulas(bool restore) { m_restoreGuardedFormulas = restore; }
    bool restoreGuardedFormulas() const { return m_restoreGuardedFormulas; }

    // Names the input in errors; when empty, read() uses the file name of a QFileDevice.
    void setFileName(const QString &fileName) { m_fileName = fileName; }
    QString fileName() const { return m_fileName; }

    // Called after every chunk.
    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }

    // Streams the records of an open, readable device to onRecord, one chunk at a time.
    Status read(QIODevice &device, const RecordHandler &onRecord);
    // Whole-input helpers for small files and tests; big files belong to read().
    Result<QList<CsvRecord>> readAll(const QByteArray &data);
    Result<QList<CsvRecord>> readFile(const QString &path);

private:
    Result<QList<CsvRecord>> collect(QIODevice &device);

    char m_delimiter = 0;
    char m_detected = 0;
    TextEncoding m_encoding = TextEncoding::Auto;
    TextEncoding m_detectedEncoding = TextEncoding::Utf8;
    bool m_hasHeader = true;
    bool m_restoreGuardedFormulas = true;
    CsvRecord m_header;
    QString m_fileName;
    ProgressHandler m_progress;
};

} // namespace cd
