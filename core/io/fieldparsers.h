#pragma once

// Readers for the values spreadsheets and other programs write into import files, in English and
// German: yes/no, decimal numbers with a dot or a comma, dates in ISO or German order.

#include <QDate>
#include <QString>

#include <optional>

namespace cd {

// "yes", "true", "1", "x", "ja", "wahr", "company"… and "no", "false", "0", "nein", "person", ""…;
// nullopt for anything else.
std::optional<bool> parseYesNo(const QString &text);
// A dot or, as German spreadsheets write it, a comma before the decimals. For measures such as
// coordinates; money goes through Money::parse.
std::optional<double> parseNumber(const QString &text);
// YYYY-MM-DD, DD.MM.YYYY or D.M.YYYY; invalid when none fits.
QDate parseDate(const QString &text);

} // namespace cd
