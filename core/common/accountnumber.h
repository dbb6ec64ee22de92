#pragma once

// AccountNumber: the code that identifies a partner or customer account. As in ASTPP it is a unique
// string of up to 32 characters: a phone number, a custom code, or a generated ten-digit number whose
// last digit is a Luhn check digit, so a mistyped generated number is noticed before it is looked up.

#include "result.h"

#include <QString>
#include <QStringView>

class QRandomGenerator;

namespace cd {

class AccountNumber
{
public:
    static constexpr int generatedLength = 10;
    static constexpr int maxLength = 32;

    // Ten digits, the first not 0 (so spreadsheets do not drop it), the last the Luhn check digit of
    // the first nine. Uniqueness is the store's business: it retries on a duplicate.
    static QString generate(QRandomGenerator &random);
    // True when `number` is ten ASCII digits and the last is the Luhn check digit of the first nine.
    static bool hasValidCheckDigit(const QString &number);
    // The Luhn (mod 10) check digit to append to `digits`; -1 when it is empty or not all ASCII digits.
    static int luhnCheckDigit(QStringView digits);

    // Any code a user may choose: 1 to 32 characters, only letters A-Z and a-z, digits, "-", "_",
    // "." and "/", no space at either end.
    static Status validate(const QString &code, const QString &field = QStringLiteral("code"));
};

} // namespace cd
