// The demo generator's text helpers: digits, patterns, slugs and dates written straight into UTF-8
// byte strings, without a QString per row.

#include "demorun_p.h"

namespace cd::demorun {

Error sqliteError(sqlite3 *db)
{
    return Error::make(Error::Code::Database, QString::fromUtf8(sqlite3_errmsg(db)));
}

void appendDigits(std::string &out, quint64 value, int width)
{
    char buffer[24];
    int n = 0;
    do {
        buffer[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 || n < width);
    while (n > 0)
        out += buffer[--n];
}

// "#" a digit, "%" a digit 1-9, "@" a letter; other characters are copied.
void appendPattern(std::string &out, const char *pattern, Random &random)
{
    for (const char *p = pattern; *p; ++p) {
        switch (*p) {
        case '#':
            out += char('0' + random.below(10));
            break;
        case '%':
            out += char('1' + random.below(9));
            break;
        case '@':
            out += char('A' + random.below(26));
            break;
        default:
            out += *p;
        }
    }
}

// Decodes one UTF-8 code point at `i`, advancing it.
char32_t decode(std::string_view s, size_t &i)
{
    const auto c = static_cast<unsigned char>(s[i++]);
    if (c < 0x80)
        return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    char32_t cp = c & (0x3F >> extra);
    while (extra-- > 0 && i < s.size())
        cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    return cp;
}

// ASCII spelling of a lower-case Latin letter with a diacritic; empty when there is none.
const char *transliterate(char32_t c, bool german)
{
    switch (c) {
    case U'ä':
        return german ? "ae" : "a";
    case U'ö':
        return german ? "oe" : "o";
    case U'ü':
        return german ? "ue" : "u";
    case U'ß':
        return "ss";
    case U'æ':
        return "ae";
    case U'œ':
        return "oe";
    case U'à':
    case U'á':
    case U'â':
    case U'ã':
    case U'å':
    case U'ā':
    case U'ą':
        return "a";
    case U'ç':
    case U'ć':
    case U'č':
        return "c";
    case U'ď':
    case U'đ':
        return "d";
    case U'è':
    case U'é':
    case U'ê':
    case U'ë':
    case U'ē':
    case U'ę':
    case U'ě':
        return "e";
    case U'ì':
    case U'í':
    case U'î':
    case U'ï':
    case U'ī':
    case U'ı':
        return "i";
    case U'ł':
    case U'ľ':
    case U'ĺ':
        return "l";
    case U'ñ':
    case U'ń':
    case U'ň':
        return "n";
    case U'ò':
    case U'ó':
    case U'ô':
    case U'õ':
    case U'ø':
    case U'ō':
    case U'ő':
        return "o";
    case U'ř':
    case U'ŕ':
        return "r";
    case U'ś':
    case U'š':
    case U'ş':
        return "s";
    case U'ť':
    case U'ţ':
        return "t";
    case U'ù':
    case U'ú':
    case U'û':
    case U'ů':
    case U'ū':
    case U'ű':
        return "u";
    case U'ý':
    case U'ÿ':
        return "y";
    case U'ź':
    case U'ż':
    case U'ž':
        return "z";
    default:
        return "";
    }
}

// Lower-case ASCII letters and digits, words joined by single hyphens: "Müller & Co." → "mueller-co".
// Apostrophes vanish ("O'Brien" → "obrien"). At most `maxLength` characters, never ending in "-".
void appendSlug(std::string &out, std::string_view text, bool german, size_t maxLength)
{
    const size_t start = out.size();
    bool pendingSeparator = false;
    for (size_t i = 0; i < text.size() && out.size() - start < maxLength;) {
        char32_t c = decode(text, i);
        if (c == U'\'' || c == U'’')
            continue;
        c = QChar::toLower(c);
        if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9')) {
            if (pendingSeparator && out.size() > start)
                out += '-';
            pendingSeparator = false;
            out += char(c);
        } else if (c < 0x80) {
            pendingSeparator = true;
        } else if (const char *ascii = transliterate(c, german); *ascii) {
            if (pendingSeparator && out.size() > start)
                out += '-';
            pendingSeparator = false;
            out += ascii;
        } else {
            pendingSeparator = true;
        }
    }
    while (out.size() > start && out.back() == '-')
        out.pop_back();
}

// Replaces "%c" with `city`, "%l" with `last` and "%n" with `number`.
void appendFormat(
    std::string &out, const char *format, std::string_view city, std::string_view last, quint32 number)
{
    for (const char *p = format; *p; ++p) {
        if (p[0] == '%' && p[1] == 'c') {
            out += city;
            ++p;
        } else if (p[0] == '%' && p[1] == 'n') {
            appendDigits(out, number, 1);
            ++p;
        } else if (p[0] == '%' && p[1] == 'l') {
            out += last;
            ++p;
        } else {
            out += *p;
        }
    }
}

// "2024-05-01T10:20:30.000Z", as sql::isoUtc() writes it, without a QDateTime per row.
void appendIsoUtc(std::string &out, qint64 msecs)
{
    qint64 days = msecs >= 0 ? msecs / 86400000 : (msecs - 86399999) / 86400000;
    qint64 ms = msecs - days * 86400000;
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    qint64 y = yoe + era * 400;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 d = doy - (153 * mp + 2) / 5 + 1;
    const qint64 m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        ++y;
    appendDigits(out, quint64(y), 4);
    out += '-';
    appendDigits(out, quint64(m), 2);
    out += '-';
    appendDigits(out, quint64(d), 2);
    out += 'T';
    appendDigits(out, quint64(ms / 3600000), 2);
    out += ':';
    appendDigits(out, quint64(ms / 60000 % 60), 2);
    out += ':';
    appendDigits(out, quint64(ms / 1000 % 60), 2);
    out += '.';
    appendDigits(out, quint64(ms % 1000), 3);
    out += 'Z';
}

} // namespace cd::demorun
