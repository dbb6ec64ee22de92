#pragma once

// Full-text search: how a user's words become an FTS5 query, and how German spellings are folded.
// The search index folds accents (unicode61 remove_diacritics), so "muller" finds "Müller". German
// also writes ä, ö, ü and ß out as ae, oe, ue and ss; every search row carries that spelling in a
// column `spelled` (filled by the schema's triggers with spelledOutSql()), and the query asks for
// both spellings of a word that has these letters, so "Soehne" finds "Söhne" and "Müller" finds
// "Mueller".

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace cd::fulltext {

// Each word becomes a quoted prefix term ("acme"*), so operators and quotes typed by the user are
// plain text; a word with ä/ö/ü/ß becomes ("müller"* OR "mueller"*); all words are required
// (AND). Empty for blank text.
QString matchQuery(const QString &text);

// The text with ä, ö, ü, ß (and capitals) written out; the text unchanged when it has none.
QString spelledOut(const QString &text);
bool hasSpelledOutLetters(const QString &text);

// SQL for the `spelled` column of a search row: the written-out text of `textExpression`, or ''
// when it has none of the letters. Plain SQL (no functions of ours), so the triggers run in any
// SQLite tool. The same expression is written out in migration 0005.
QString spelledOutSql(const QString &textExpression);

// Whether a search matches so many rows of `table` that walking a sort index and looking each row
// up in the set of matches finds the first rows sooner than sorting all matches: every match
// sorted costs a row read in random order, every index entry walked a step through a covering
// index, so the walk wins from about sqrt(32 * rows) matches on (kWalkMatches at least, a two-
// hundredth of the table at most). Answered from the search index alone, stopping early.
// `entity` names the search index of `table` (see Dialect::searchIds); `match` is a value of
// Dialect::searchQuery().
constexpr qint64 kBroadMatches = 10000; // shown as "10,000+" until counted
constexpr qint64 kWalkMatches = 2000;
constexpr qint64 kQuickCountCap = 1000; // counted at once below this; "1,000+" until counted
Result<bool> isBroad(
    const QSqlDatabase &db, const QString &entity, const QString &table, const QString &match);
// The count of a list when it comes quickly. Without a search, countUpTo(kBroadMatches), exact
// below it and {kBroadMatches, false} ("10,000+") at it. With one,
// {kBroadMatches, false} ("at least that many") when `match` has that many matches in `entity`'s search
// index; else countUpTo(kQuickCountCap), which is exact below the cap and {kQuickCountCap, false} at it. The
// model counts exactly later on its worker.
Result<std::pair<qint64, bool>> quickCount(const QSqlDatabase &db, const QString &entity,
    const QString &match, const std::function<Result<qint64>(qint64 cap)> &countUpTo);
// How many rows of `entity`'s search index match, counting no further than `limit` (quick: the
// index alone).
Result<qint64> matchesUpTo(const QSqlDatabase &db, const QString &entity, const QString &match, qint64 limit);

} // namespace cd::fulltext
