#pragma once

// Formula injection guard for CSV cells (OWASP "CSV Injection"). Excel and LibreOffice run a cell
// that starts with = + - @ (or a tab or carriage return before one) as a formula, so a partner
// named =HYPERLINK("http://…","click") would become a live link in a clerk's spreadsheet. Export
// puts an apostrophe before such a cell, which spreadsheets show as a plain text cell; import takes
// exactly that apostrophe away again, so export → import gives back the same text.
//
// Plain numbers ("-12.50", "+3") are never formulas and stay as they are. The mapping is one to one:
// a cell that already starts with apostrophes before such a character gets one more, so a value
// that really begins with "'=" survives the round trip too.

#include <QString>

namespace cd::formulaguard {

// True when a spreadsheet could take `cell` for a formula (after any leading apostrophes).
bool needsGuard(const QString &cell);
// The cell as it goes into a CSV file.
QString guarded(const QString &cell);
// The cell as read from a CSV file: undoes guarded(), leaves everything else alone.
QString unguarded(const QString &cell);

} // namespace cd::formulaguard
