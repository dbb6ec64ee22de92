#include "fulltext.h"

#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <utility>

namespace cd::fulltext {

namespace {

constexpr std::array<std::pair<char16_t, const char *>, 8> kSpellings {{
    {u'ä', "ae"},
    {u'ö', "oe"},
    {u'ü', "ue"},
    {u'ß', "ss"},
    {u'Ä', "Ae"},
    {u'Ö', "Oe"},
    {u'Ü', "Ue"},
    {u'ẞ', "SS"},
}};

QString quotedPrefix(const QString &word)
{
    return QLatin1Char('"') + word + QStringLiteral("\"*");
}

} // namespace

bool hasSpelledOutLetters(const QString &text)
{
    for (const QChar c : text) {
        for (const auto &[letter, spelling] : kSpellings) {
            if (c.unicode() == letter)
                return true;
        }
    }
    return false;
}

QString spelledOut(const QString &text)
{
    if (!hasSpelledOutLetters(text))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char *replacement = nullptr;
        for (const auto &[letter, spelling] : kSpellings) {
            if (c.unicode() == letter)
                replacement = spelling;
        }
        if (replacement)
            out += QLatin1String(replacement);
        else
            out += c;
    }
    return out;
}

QString matchQuery(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts)) {
        if (hasSpelledOutLetters(word))
            terms.append(
                QStringLiteral("(%1 OR %2)").arg(quotedPrefix(word), quotedPrefix(spelledOut(word))));
        else
            terms.append(quotedPrefix(word));
    }
    return terms.join(QStringLiteral(" AND "));
}

QString spelledOutSql(const QString &textExpression)
{
    QString folded = textExpression;
    QString letters;
    for (const auto &[letter, spelling] : kSpellings) {
        folded = QStringLiteral("replace(%1, '%2', '%3')")
                     .arg(folded, QString(QChar(letter)), QLatin1String(spelling));
        letters += QChar(letter);
    }
    return QStringLiteral("CASE WHEN %1 GLOB '*[%2]*' THEN %3 ELSE '' END")
        .arg(textExpression, letters, folded);
}

} // namespace cd::fulltext
