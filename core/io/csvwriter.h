#pragma once

// CsvWriter writes records as RFC 4180 CSV in UTF-8 to a device, quoting only the fields that need it.

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace cd {

// Values are written as given, except that a cell a spreadsheet would run as a formula (= + - @ …)
// gets a leading apostrophe (see formulaguard.h); CsvReader takes it away again, so the export →
// import round trip gives back the same text. Plain numbers ("-12.50") are left alone.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    enum class LineEnding { CrLf, Lf };

    // The device must stay open for writing while the writer is used.
    explicit CsvWriter(QIODevice &device);

    // ',' (the default), ';' or '\t'.
    void setDelimiter(char delimiter) { m_delimiter = delimiter; }
    char delimiter() const { return m_delimiter; }
    // CRLF (the default) is what RFC 4180 and Excel expect.
    void setLineEnding(LineEnding lineEnding) { m_lineEnding = lineEnding; }
    LineEnding lineEnding() const { return m_lineEnding; }
    // A byte order mark makes Excel read the file as UTF-8 instead of the ANSI code page; other tools
    // may show it as a stray character, so it is off by default. Written before the first record.
    void setWriteBom(bool writeBom) { m_writeBom = writeBom; }
    bool writeBom() const { return m_writeBom; }

    // On by default: cells that start like a formula get a leading apostrophe (formulaguard.h).
    void setGuardFormulas(bool guard) { m_guardFormulas = guard; }
    bool guardFormulas() const { return m_guardFormulas; }

    // A record without fields comes out as an empty line, which readers skip.
    Status writeRecord(const QStringList &fields);

private:
    QByteArray encodeField(const QString &field) const;

    QIODevice &m_device;
    char m_delimiter = ',';
    LineEnding m_lineEnding = LineEnding::CrLf;
    bool m_writeBom = false;
    bool m_guardFormulas = true;
    bool m_started = false;
};

} // namespace cd
