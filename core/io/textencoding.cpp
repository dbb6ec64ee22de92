// The text encodings CSV files come in: their names, and decoding the single-byte ones.

#include "csvreader.h"
#include "textencoding_p.h"

namespace cd {

namespace textencoding {

// Index of the first unpaired surrogate, or -1.
qsizetype firstInvalidUtf16(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return i;
    }
    return -1;
}

// Windows-1252 bytes 0x80-0x9F (unassigned ones as in Windows' own mapping: the C1 control).
constexpr char16_t kWindows1252High[32] = {u'\u20AC', u'\u0081', u'\u201A', u'\u0192', u'\u201E', u'\u2026',
    u'\u2020', u'\u2021', u'\u02C6', u'\u2030', u'\u0160', u'\u2039', u'\u0152', u'\u008D', u'\u017D',
    u'\u008F', u'\u0090', u'\u2018', u'\u2019', u'\u201C', u'\u201D', u'\u2022', u'\u2013', u'\u2014',
    u'\u02DC', u'\u2122', u'\u0161', u'\u203A', u'\u0153', u'\u009D', u'\u017E', u'\u0178'};

// Decodes a single-byte encoding; every byte is a character, so nothing can be invalid.
QString decodeSingleByte(QByteArrayView bytes, TextEncoding encoding)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        char16_t c = b;
        if (encoding == TextEncoding::Windows1252 && b >= 0x80 && b <= 0x9F) {
            c = kWindows1252High[b - 0x80];
        } else if (encoding == TextEncoding::Latin9) {
            switch (b) {
            case 0xA4:
                c = u'\u20AC';
                break;
            case 0xA6:
                c = u'\u0160';
                break;
            case 0xA8:
                c = u'\u0161';
                break;
            case 0xB4:
                c = u'\u017D';
                break;
            case 0xB8:
                c = u'\u017E';
                break;
            case 0xBC:
                c = u'\u0152';
                break;
            case 0xBD:
                c = u'\u0153';
                break;
            case 0xBE:
                c = u'\u0178';
                break;
            default:
                break;
            }
        }
        *out++ = QChar(c);
    }
    return text;
}

bool hasNonAscii(QByteArrayView bytes)
{
    for (const char byte : bytes) {
        if (static_cast<unsigned char>(byte) >= 0x80)
            return true;
    }
    return false;
}

} // namespace textencoding

QString CsvReader::encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf16:
        return QStringLiteral("utf-16");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    case TextEncoding::Latin1:
        return QStringLiteral("iso-8859-1");
    case TextEncoding::Latin9:
        return QStringLiteral("iso-8859-15");
    }
    return {};
}

std::optional<TextEncoding> CsvReader::encodingFromName(const QString &name)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    static const QList<QPair<QString, TextEncoding>> names = {{QStringLiteral("auto"), TextEncoding::Auto},
        {QStringLiteral("utf8"), TextEncoding::Utf8}, {QStringLiteral("utf16"), TextEncoding::Utf16},
        {QStringLiteral("utf16le"), TextEncoding::Utf16},
        {QStringLiteral("windows1252"), TextEncoding::Windows1252},
        {QStringLiteral("cp1252"), TextEncoding::Windows1252},
        {QStringLiteral("ansi"), TextEncoding::Windows1252},
        {QStringLiteral("iso88591"), TextEncoding::Latin1}, {QStringLiteral("latin1"), TextEncoding::Latin1},
        {QStringLiteral("iso885915"), TextEncoding::Latin9},
        {QStringLiteral("latin9"), TextEncoding::Latin9}};
    for (const auto &[n, e] : names) {
        if (n == key)
            return e;
    }
    return std::nullopt;
}

QList<TextEncoding> CsvReader::encodings()
{
    return {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Utf16, TextEncoding::Windows1252,
        TextEncoding::Latin1, TextEncoding::Latin9};
}

} // namespace cd
