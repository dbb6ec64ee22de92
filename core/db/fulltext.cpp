#include "fulltext.h"

#include "dialect.h"
#include "sql.h"

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

Result<bool> isBroad(
    const QSqlDatabase &db, const QString &entity, const QString &table, const QString &match)
{
    if (match.isEmpty())
        return false;
    // The largest id stands for the table's size without counting it.
    auto size = sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table));
    if (!size)
        return size.error();
    const qint64 enough = std::max(kWalkMatches, size->toLongLong() / 200);
    auto matches = matchesUpTo(db, entity, match, enough);
    if (!matches)
        return matches.error();
    return matches.value() >= enough;
}

Result<std::pair<qint64, bool>> quickCount(const QSqlDatabase &db, const QString &entity,
    const QString &match, const std::function<Result<qint64>(qint64 cap)> &countUpTo)
{
    if (match.isEmpty()) {
        // No search: the filter's index counts, up to "10,000+" at once (an exact count of a
        // million entries took 60 ms before the first row; 150 ms for every customer at 5 M).
        auto n = countUpTo(kBroadMatches);
        if (!n)
            return n.error();
        return std::pair {n.value(), n.value() < kBroadMatches};
    }
    // Counting matches means a row read per match (is it archived?): the search index answers for
    // a broad search, and a narrower one is counted only up to a thousand at once.
    auto matches = matchesUpTo(db, entity, match, kBroadMatches);
    if (!matches)
        return matches.error();
    if (matches.value() >= kBroadMatches)
        return std::pair {kBroadMatches, false};
    auto n = countUpTo(kQuickCountCap);
    if (!n)
        return n.error();
    if (n.value() >= kQuickCountCap)
        return std::pair {kQuickCountCap, false};
    return std::pair {n.value(), true};
}

Result<qint64> matchesUpTo(const QSqlDatabase &db, const QString &entity, const QString &match, qint64 limit)
{
    if (match.isEmpty())
        return qint64(0);
    auto matches = sql::scalar(db,
        QStringLiteral("SELECT count(*) FROM (%1 LIMIT ?)").arg(sql::dialect(db).searchIds(entity)),
        {match, limit});
    if (!matches)
        return matches.error();
    return matches->toLongLong();
}

} // namespace cd::fulltext
