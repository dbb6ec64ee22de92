#pragma once

// Bic: checks the form of a Business Identifier Code (ISO 9362, "SWIFT code") such as DEUTDEFF500.
// Whether the bank exists only the SWIFT directory knows; this catches typos and swapped fields.

#include "result.h"

#include <QString>

namespace cd {

class Bic
{
public:
    // Whitespace removed, ASCII letters in upper case.
    static QString normalized(const QString &text);

    // Accepts what normalized() would turn into a BIC: 4 letters (bank), 2 letters that are an
    // ISO 3166-1 country code, 2 letters or digits (location) and optionally 3 letters or digits
    // (branch). Store normalized().
    static Status validate(const QString &bic, const QString &field = QStringLiteral("bic"));
};

} // namespace cd
