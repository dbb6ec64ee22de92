#pragma once

// Internal helpers for validation messages that point at one character: users count characters,
// not UTF-16 units, and an invisible character must still be named.

#include <QString>
#include <QStringView>

namespace cd::characters {

// 1-based position of the character at UTF-16 index `index`, counting a surrogate pair as one.
inline qsizetype position(QStringView text, qsizetype index)
{
    qsizetype pos = 1;
    for (qsizetype i = 0; i < index && i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++pos;
    }
    return pos;
}

// The whole character at `index` (both halves of a surrogate pair).
inline QString at(QStringView text, qsizetype index)
{
    if (text[index].isHighSurrogate() && index + 1 < text.size() && text[index + 1].isLowSurrogate())
        return text.mid(index, 2).toString();
    return QString(text[index]);
}

// The character quoted for a message, or its code point (U+0009) when it would not show.
inline QString describe(QStringView text, qsizetype index)
{
    const QString ch = at(text, index);
    const char32_t code = ch.size() == 2 ? QChar::surrogateToUcs4(ch[0], ch[1]) : ch[0].unicode();
    if (QChar::isPrint(code) && !QChar::isSpace(code))
        return QStringLiteral("“%1”").arg(ch);
    return QStringLiteral("U+%1").arg(static_cast<uint>(code), 4, 16, QLatin1Char('0')).toUpper();
}

inline bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

inline bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

inline bool isAsciiLower(QChar c)
{
    return c >= QLatin1Char('a') && c <= QLatin1Char('z');
}

inline bool isAsciiLetter(QChar c)
{
    return isAsciiUpper(c) || isAsciiLower(c);
}

inline bool isAsciiAlnum(QChar c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

// The text without white space, its ASCII letters upper-cased and nothing else changed: a full
// Unicode upper-casing turns "ß" or "ﬁ" into two ASCII letters and would let a character that is not
// allowed slip through as a valid one. IBANs and BICs are compared in this form.
inline QString compactAsciiUpper(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        out.append(isAsciiLower(c) ? QChar(c.unicode() - 'a' + 'A') : c);
    }
    return out;
}

// Index of the first character that is neither white space nor an ASCII letter or digit, or -1.
inline qsizetype firstNotAsciiAlnum(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text[i].isSpace() && !isAsciiAlnum(text[i]))
            return i;
    }
    return -1;
}

} // namespace cd::characters
