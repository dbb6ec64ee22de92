#include "csvwriter.h"

#include "formulaguard.h"

#include <QFileDevice>
#include <QIODevice>

#include <csv.h>

namespace cd {

namespace {

bool isWritableDelimiter(char c)
{
    return c == ',' || c == ';' || c == '\t';
}

bool needsQuotes(const QString &field, char delimiter)
{
    if (field.isEmpty())
        return false;
    const QChar delim = QLatin1Char(delimiter);
    for (QChar c : field) {
        if (c == u'"' || c == u'\r' || c == u'\n' || c == delim)
            return true;
    }
    // RFC 4180 keeps spaces, but many readers (and Excel for some locales) trim unquoted ones.
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    // An unquoted U+FEFF at the start of the file would be taken for a byte order mark and dropped.
    return field.front() == QChar::ByteOrderMark;
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{}

QByteArray CsvWriter::encodeField(const QString &value) const
{
    const QString field = m_guardFormulas ? formulaguard::guarded(value) : value;
    QByteArray utf8 = field.toUtf8();
    if (!needsQuotes(field, m_delimiter))
        return utf8;
    // csv_write quotes and doubles inner quotes; the first call only measures.
    const auto sourceSize = static_cast<size_t>(utf8.size());
    const size_t size = csv_write(nullptr, 0, utf8.constData(), sourceSize);
    QByteArray quoted(static_cast<qsizetype>(size), Qt::Uninitialized);
    csv_write(quoted.data(), size, utf8.constData(), sourceSize);
    return quoted;
}

Status CsvWriter::writeRecord(const QStringList &fields)
{
    QString file;
    if (const auto *fileDevice = qobject_cast<const QFileDevice *>(&m_device))
        file = fileDevice->fileName();
    if (!isWritableDelimiter(m_delimiter)) {
        return Error::make(Error::Code::Usage,
            tr("The CSV delimiter must be a comma, a semicolon or a tab.", "programming error"));
    }

    QByteArray line;
    if (!m_started && m_writeBom)
        line += "\xEF\xBB\xBF";
    if (fields.size() == 1 && fields.first().isEmpty()) {
        // Written bare it would be an empty line, which readers skip.
        line += "\"\"";
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += m_delimiter;
            line += encodeField(fields.at(i));
        }
    }
    line += m_lineEnding == LineEnding::CrLf ? "\r\n" : "\n";

    if (m_device.write(line) != line.size()) {
        Error error = Error::make(
            Error::Code::Io, tr("The file could not be written: %1").arg(m_device.errorString()));
        error.file = file;
        return error;
    }
    m_started = true;
    return {};
}

} // namespace cd
