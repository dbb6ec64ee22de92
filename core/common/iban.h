#pragma once

// Iban: checks International Bank Account Numbers (ISO 13616) before they reach a payment file,
// where a typo would only show up as a returned transfer weeks later.

#include "result.h"

#include <QString>
#include <QStringList>

namespace cd {

class Iban
{
public:
    // Electronic format: whitespace removed, ASCII letters in upper case ("de89 3704…" → "DE893704…").
    static QString normalized(const QString &text);
    // Print format: normalized, in groups of four ("DE89 3704 0044 0532 0130 00").
    static QString formatted(const QString &text);

    // Accepts electronic or print format; store normalized(). Checks the characters, the country,
    // the length the registry gives for that country, the structure of the national part (BBAN:
    // which positions are digits, which letters) and the mod-97 check digits.
    static Status validate(const QString &iban, const QString &field = QStringLiteral("iban"));

    // Length of an IBAN from `countryCode` per the IBAN registry; 0 when the country has no IBAN.
    static int lengthFor(const QString &countryCode);
    // The registry's BBAN structure for `countryCode` without the "!" ("4a10n" for NL); empty when
    // the country has no IBAN.
    static QString bbanStructure(const QString &countryCode);
    // Countries of the IBAN registry, in code order.
    static QStringList countries();

    // ISO 7064 mod 97-10 remainder of a normalized IBAN (1 when the check digits match); -1 when it
    // is shorter than 5 characters or has a character other than A-Z and 0-9.
    static int mod97(const QString &normalizedIban);
    // The two check digits that make countryCode + digits + bban valid; empty for bad input.
    static QString checkDigits(const QString &countryCode, const QString &bban);
};

} // namespace cd
